# Generates r-oracle-random.csv's rows (Rscript r-oracle-random.R; writes fixture-body.csv, whose NA values the fixture names by reason).
suppressPackageStartupMessages({library(psych); library(multilevel)})
options(digits = 17)
f17 <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), formatC(x, digits = 17, format = "g")))
enc <- function(M) paste(apply(M, 1, function(r) paste(ifelse(is.na(r), "NA", format(r, scientific = FALSE, trim = TRUE)), collapse = ",")), collapse = ";")

alpha_k <- function(M, level) {
  M <- M[rowSums(!is.na(M)) >= 2, , drop = FALSE]
  if (nrow(M) == 0) return(NA)
  vals <- sort(unique(as.vector(M[!is.na(M)])))
  if (level == "ratio" && any(vals < 0)) return(NA)
  K <- length(vals)
  O <- matrix(0, K, K)
  for (u in seq_len(nrow(M))) {
    x <- M[u, !is.na(M[u, ])]
    m <- length(x)
    cnt <- tabulate(match(x, vals), K)
    O <- O + (outer(cnt, cnt) - diag(cnt, K)) / (m - 1)
  }
  nc <- rowSums(O); n <- sum(nc)
  D <- switch(level,
    nominal = 1 - diag(K),
    interval = outer(vals, vals, "-")^2,
    ratio = { d <- outer(vals, vals, "-")^2 / outer(vals, vals, "+")^2; d[is.nan(d)] <- 0; d },
    ordinal = { cs <- cumsum(nc); D <- matrix(0, K, K)
      for (a in 1:K) for (b in 1:K) { lo <- min(a, b); hi <- max(a, b)
        D[a, b] <- if (a == b) 0 else (sum(nc[lo:hi]) - (nc[a] + nc[b]) / 2)^2 }
      D })
  Do <- sum(O * D) / n
  De <- sum(outer(nc, nc) * D) / (n * (n - 1))
  1 - Do / De
}

fleiss_k <- function(M) {
  cnt <- rowSums(!is.na(M))
  if (length(cnt) == 0 || length(unique(cnt)) != 1 || cnt[1] < 2) return(NA)
  n <- cnt[1]; N <- nrow(M)
  vals <- sort(unique(as.vector(M[!is.na(M)])))
  T <- t(apply(M, 1, function(r) tabulate(match(r[!is.na(r)], vals), length(vals))))
  if (length(vals) == 1) T <- matrix(T, ncol = 1)
  Pi <- (rowSums(T^2) - n) / (n * (n - 1))
  P <- mean(Pi); pj <- colSums(T) / (N * n); Pe <- sum(pj^2)
  (P - Pe) / (1 - Pe)
}

cohen_k <- function(M, w) {
  M <- M[!is.na(M[, 1]) & !is.na(M[, 2]), , drop = FALSE]
  if (nrow(M) == 0) return(NA)
  vals <- sort(unique(as.vector(M)))
  K <- length(vals)
  if (K == 1) return(NA)
  P <- table(factor(M[, 1], vals), factor(M[, 2], vals)) / nrow(M)
  W <- switch(w, none = 1 - diag(K), linear = abs(outer(vals, vals, "-")), quadratic = outer(vals, vals, "-")^2)
  qo <- sum(W * P); qe <- sum(W * outer(rowSums(P), colSums(P)))
  1 - qo / qe
}

set.seed(20261202)
options(digits = 17)
rs <- function(x, size, replace = FALSE, prob = NULL) x[sample.int(length(x), size, replace, prob)]
num <- function(x) if (is.na(x) || is.infinite(x)) "NA" else formatC(x, digits = 17, format = "g")
rows <- character(0)
emit <- function(stat, variant, B, reps, v, f = "", p = "", lo = "", hi = "") {
  d <- paste(apply(B, 1, function(r) paste(ifelse(is.na(r), "NA", format(r, scientific = FALSE, trim = TRUE)), collapse = ",")), collapse = ";")
  rows <<- c(rows, paste(stat, variant, reps, paste0('"', d, '"'), gsub(" ", "", num(v)), f, p, lo, hi, sep = ","))
}
# exact two-way ANOVA numerators (integers, exact in doubles here): zero tests for psych's noise
exact_zero <- function(C) {
  n <- nrow(C); k <- ncol(C); G <- sum(C)
  T <- n * sum(rowSums(C)^2) - G^2; E <- n * k * sum(C^2) - n * sum(rowSums(C)^2) - k * sum(colSums(C)^2) + G^2
  W <- k * sum(C^2) - sum(rowSums(C)^2); J <- k * sum(colSums(C)^2) - G^2
  A2 <- n * (k - 1) * T + (n - 1) * J - E
  S2 <- n * (k - 1) * T + (n * k - n - k) * E + k * (n - 1) * J
  T == 0 || E == 0 || W == 0 || A2 == 0 || S2 == 0
}
design <- function(n, k, vals, mode, miss, fixedmiss = 0) {
  K <- length(vals)
  M <- switch(mode,
    unif = matrix(rs(vals, n * k, TRUE), n, k),
    true = { t <- sample(1:K, n, TRUE); b <- sample(-1:1, k, TRUE)
      idx <- outer(t, b, "+") + matrix(sample(-1:1, n * k, TRUE, prob = c(1, 3, 1)), n, k)
      matrix(vals[pmin(pmax(idx, 1), K)], n, k) },
    bias = { t <- sample(1:K, n, TRUE); b <- sample(0:(K - 1), k, TRUE)
      idx <- outer(t, b, "+") + matrix(sample(-1:1, n * k, TRUE, prob = c(1, 20, 1)), n, k)
      matrix(vals[pmin(pmax(idx, 1), K)], n, k) })
  M <- matrix(M, n, k)
  if (miss > 0) M[matrix(runif(n * k) < miss, n, k)] <- NA
  if (fixedmiss > 0) for (u in seq_len(n)) M[u, sample(k, fixedmiss)] <- NA
  storage.mode(M) <- "double"
  M
}
all_stats <- function(B, reps, cohen = FALSE, icc = TRUE) {
  M <- B[rep(seq_len(nrow(B)), reps), , drop = FALSE]
  for (lv in c("nominal", "ordinal", "interval", "ratio")) emit("alpha", toupper(lv), B, reps, alpha_k(M, lv))
  emit("fleiss", "", B, reps, fleiss_k(M))
  if (cohen) for (w in c("none", "linear", "quadratic")) emit("cohen", toupper(w), B, reps, cohen_k(M, w))
  C <- M[rowSums(is.na(M)) == 0, , drop = FALSE]
  if (icc && nrow(C) >= 2 && !exact_zero(C - min(C))) {
    r <- suppressWarnings(suppressMessages(ICC(C - min(C), lmer = FALSE)$results))
    forms <- c("ICC_1_1", "ICC_2_1", "ICC_3_1", "ICC_1_K", "ICC_2_K", "ICC_3_K")
    for (j in 1:6) {
      lo <- r[j, "lower bound"]; hi <- r[j, "upper bound"]
      if (lo > hi) { lo <- NA; hi <- NA } # psych's inverted ICC(2,k) step-up: Rubric gives none
      emit("icc", forms[j], B, reps, r[j, "ICC"], num(r[j, "F"]), num(r[j, "p"]), num(lo), num(hi))
    }
  }
}
# A: wide panels, 20 to 60 units by 7 to 12 raters, rater bias and scattered missing ratings
for (i in 1:12) all_stats(design(sample(20:60, 1), sample(7:12, 1), 1:sample(4:7, 1), rs(c("true", "bias", "unif"), 1), rs(c(0, 0.05, 0.2), 1)), 1)
# B: every unit misses the same number of ratings (Fleiss' complete-in-his-sense designs)
for (i in 1:8) { k <- sample(4:8, 1); all_stats(design(sample(6:40, 1), k, sort(rs(-3:12, sample(2:5, 1))), rs(c("true", "unif"), 1), 0, sample(1:(k - 2), 1)), 1, icc = FALSE) }
# C: huge counts, a block of 3 to 6 units repeated 300 to 800 times
for (i in 1:6) { k <- sample(2:4, 1); all_stats(design(sample(3:6, 1), k, 1:5, "true", rs(c(0, 0.2), 1)), sample(300:800, 1), cohen = k == 2) }
# D: Cohen's kappa on sparse, negative and non-consecutive category values
for (i in 1:12) all_stats(design(sample(8:60, 1), 2, sort(rs(c(-60:200), sample(3:7, 1))), rs(c("true", "unif", "bias"), 1), rs(c(0, 0.1, 0.3), 1)), 1, cohen = TRUE)
# E: values near 1,000,000 within 256 levels, and negative scales
for (i in 1:6) all_stats(design(sample(5:40, 1), sample(2:6, 1), sort(rs(999745:1000000, sample(2:6, 1))), rs(c("true", "bias"), 1), rs(c(0, 0.2), 1)), 1)
for (i in 1:4) all_stats(design(sample(5:40, 1), sample(2:6, 1), sort(rs(-200:-1, sample(2:6, 1))), rs(c("true", "bias"), 1), rs(c(0, 0.2), 1)), 1)
writeLines(rows, "fixture-body.csv")
cat(R.version.string, "psych", as.character(packageVersion("psych")), "multilevel", as.character(packageVersion("multilevel")), "\n")
