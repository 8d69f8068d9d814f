# Writes lm-oracle.txt from the designs LeniencyLmOracleTest.dump() wrote into DIR:
#   Rscript lm-oracle.R DIR > lm-oracle.txt
# Prints the largest deviations from Java's figures on stderr when DIR holds java.csv and
# halo-java.csv (design,interviewer,offset,se[,df]).
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "."
keepPlain <- 60; keepHalo <- 30
cat("# R's lm(level ~ unit + iv), contr.sum interviewer contrasts; see LeniencyLmOracleTest\n")
cat("# plain|design|interviewer|offset|se|df and halo|design|interviewerId|offset|se\n")
d <- read.csv(file.path(dir, "data.csv"))
n <- 0
for (des in unique(d$design)) {
  x <- d[d$design == des, ]
  x$unit <- factor(x$unit)
  k <- max(x$interviewer) + 1
  x$iv <- factor(x$interviewer, levels = 0:(k - 1))
  contrasts(x$iv) <- contr.sum(k)
  m <- lm(level ~ unit + iv, data = x)
  nm <- paste0("iv", 1:(k - 1))
  L <- rbind(diag(k - 1), rep(-1, k - 1))
  off <- as.vector(L %*% coef(m)[nm])
  se <- sqrt(diag(L %*% vcov(m)[nm, nm] %*% t(L)))
  n <- n + 1
  if (n <= keepPlain) {
    for (i in 1:k) cat(sprintf("plain|%d|%d|%.17g|%.17g|%d\n", des, i - 1, off[i], se[i], m$df.residual))
  }
}
h <- read.csv(file.path(dir, "halo-data.csv"))
n <- 0
for (des in unique(h$design)) {
  x <- h[h$design == des, ]
  ids <- sort(unique(x$interviewer)); k <- length(ids)
  x$unit <- factor(paste(x$candidate, x$competency))
  x$iv <- factor(x$interviewer, levels = ids)
  contrasts(x$iv) <- contr.sum(k)
  m <- lm(level ~ unit + iv, data = x)
  X <- model.matrix(m)[, !is.na(coef(m))]
  e <- residuals(m)
  XtXi <- solve(crossprod(X))
  M <- diag(nrow(X)) - X %*% XtXi %*% t(X)
  Z <- model.matrix(~ factor(paste(x$interviewer, x$candidate)) - 1)
  ZMZ <- t(Z) %*% M %*% Z
  t1 <- m$df.residual; tz <- sum(diag(ZMZ)); f <- sum(ZMZ^2)
  S <- sum(e^2); Q <- sum((t(Z) %*% e)^2)
  det <- t1 * f - tz^2
  halo <- 0; err <- S / t1
  if (det > 1e-9 * t1 * f) {
    halo <- (t1 * Q - tz * S) / det; err <- (f * S - tz * Q) / det
    if (!(halo > 0)) { halo <- 0; err <- S / t1 } else if (err < 0) { err <- 0; halo <- S / tz }
  }
  V <- XtXi %*% t(X) %*% (err * diag(nrow(X)) + halo * Z %*% t(Z)) %*% X %*% XtXi
  nm <- paste0("iv", 1:(k - 1))
  L <- rbind(diag(k - 1), rep(-1, k - 1))
  off <- as.vector(L %*% coef(m)[nm]); se <- sqrt(diag(L %*% V[nm, nm] %*% t(L)))
  n <- n + 1
  if (n <= keepHalo) {
    for (i in 1:k) cat(sprintf("halo|%d|%s|%.17g|%.17g\n", des, ids[i], off[i], se[i]))
  }
}
