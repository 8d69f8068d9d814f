package dev.rubric.scoring.audit;

import dev.rubric.scoring.agreement.Coefficient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Audits a selection step for adverse impact. Stateless and thread-safe.
 *
 * <p>For each dimension, and for each combination of two or more dimensions (the intersections),
 * every category gets: applicants, selected, selection rate (selected / applicants) and impact
 * ratio (its rate over the reference's, the reference being the highest rate among the categories
 * in the ratios; ties go to the larger category, then category order); scoring rate (the share of
 * its scored candidates scoring strictly above the exact median of every score given, as 6 RCNY
 * 5-300 defines it) and its impact ratio over the highest scoring rate; and against the reference:
 * the two-sided Fisher exact p-value ({@link FisherExact}), the pooled z, the shortfall and the
 * Katz interval of the impact ratio ({@link Proportions}). The drill-down gives, for each
 * competency, each evaluation stage and each seat, Hedges' g of each category against the reference
 * ({@link HedgesG}).
 *
 * <p>Unknown category (no entry in the membership): counted in {@link GroupingResult#unknown()}, in
 * no row and no ratio. A category under {@link AuditOptions#minShare()} of all audited candidates
 * is excluded from the ratios, tests and drill-down, and still reported. A category with fewer than
 * {@link AuditOptions#suppressBelow()} candidates is in no row, no ratio and no drill-down, and its
 * candidates are counted with the unknown ones (see {@link GroupingResult#unknown()}); this is
 * suppression per grouping, not disclosure control across the groupings of one report. Candidates
 * are processed in candidate id order, so the report does not depend on the order of the inputs.
 */
public final class AdverseImpact {
  private AdverseImpact() {}

  /** Undefined: the category is under the minimum share. */
  public static final String EXCLUDED_SMALL_SHARE = "EXCLUDED_SMALL_SHARE";

  /** Undefined: the figure compares a category with itself. */
  public static final String REFERENCE = "REFERENCE";

  /** Undefined: the reference rate is 0, so no ratio exists. */
  public static final String REFERENCE_RATE_ZERO = "REFERENCE_RATE_ZERO";

  /** Undefined: nobody or everybody in the two categories was selected. */
  public static final String NO_VARIATION = "NO_VARIATION";

  /** Undefined: a zero count makes the log interval infinite. */
  public static final String ZERO_COUNT = "ZERO_COUNT";

  /** Undefined: the category has no scored candidate. */
  public static final String NO_SCORES = "NO_SCORES";

  /** Undefined: too few scores or no spread for a standardized difference. */
  public static final String TOO_FEW_SCORES = "TOO_FEW_SCORES";

  /**
   * Audits with {@link AuditOptions#defaults()}.
   *
   * @param outcomes one outcome per candidate
   * @param membership the candidates' categories
   * @return the report
   * @throws IllegalArgumentException when a candidate has two outcomes, or the membership names a
   *     candidate without an outcome (each message names the candidate)
   */
  public static AuditReport audit(List<CandidateOutcome> outcomes, GroupMembership membership) {
    return audit(outcomes, membership, AuditOptions.defaults());
  }

  /**
   * Audits the outcomes.
   *
   * @param outcomes one outcome per candidate
   * @param membership the candidates' categories
   * @param options the minimum share, significance level, suppression and small-count thresholds
   * @return the report
   * @throws IllegalArgumentException when a candidate has two outcomes, or the membership names a
   *     candidate without an outcome (each message names the candidate)
   */
  public static AuditReport audit(
      List<CandidateOutcome> outcomes, GroupMembership membership, AuditOptions options) {
    Checks.checkNotNull(outcomes, "outcomes");
    Checks.checkNotNull(membership, "membership");
    Checks.checkNotNull(options, "options");
    List<CandidateOutcome> sorted = new ArrayList<>(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      sorted.add(Checks.checkNotNull(outcomes.get(i), "outcomes[" + i + "]"));
    }
    sorted.sort(Comparator.comparing(CandidateOutcome::candidateId));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      String id = sorted.get(i).candidateId();
      Checks.checkArgument(ids.add(id), "candidate %s has more than one outcome", id);
    }
    for (String id : membership.categories().keySet()) {
      Checks.checkArgument(
          ids.contains(id), "candidate %s has a group membership but no outcome", id);
    }
    ScoreMedian.SecondPass scores = scores(sorted);
    Candidates candidates = new Candidates(sorted, membership, scores.scoringLine());
    List<GroupingResult> dims = new ArrayList<>();
    for (String d : membership.dimensions()) {
      dims.add(grouping(List.of(d), candidates, options));
    }
    List<GroupingResult> inters = new ArrayList<>();
    for (List<String> combo : combinations(membership.dimensions())) {
      inters.add(grouping(combo, candidates, options));
    }
    return new AuditReport(sorted.size(), scores.median(), dims, inters);
  }

  /**
   * The candidates in id order with what every grouping reads of them, looked up once: each
   * dimension's category as a number (its index among the dimension's categories; -1 when unknown),
   * whether selected, scored and scored above the line, and whether any has a drill-down score. A
   * grouping then tells its cells apart by these numbers, with no string compared or list built per
   * candidate: an audit of 12 dimensions (4,095 groupings) of 2,000 candidates reads them in about
   * a second instead of most of a minute.
   */
  private static final class Candidates {
    final List<CandidateOutcome> outcomes;
    final List<String> dimensions;
    final int[][] codes;
    final List<List<String>> names = new ArrayList<>();
    final boolean[] selected;
    final boolean[] scored;
    final boolean[] above;
    final boolean drillDown;
    final CellNumbers cellNumbers;

    Candidates(List<CandidateOutcome> sorted, GroupMembership membership, Coefficient line) {
      outcomes = sorted;
      dimensions = membership.dimensions();
      int n = sorted.size();
      codes = new int[dimensions.size()][n];
      for (int d = 0; d < dimensions.size(); d++) {
        Map<String, Integer> index = new HashMap<>();
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Optional<String> c =
              membership.categoryOf(sorted.get(i).candidateId(), dimensions.get(d));
          if (c.isEmpty()) {
            codes[d][i] = -1;
            continue;
          }
          Integer code = index.get(c.get());
          if (code == null) {
            code = categories.size();
            index.put(c.get(), code);
            categories.add(c.get());
          }
          codes[d][i] = code;
        }
        names.add(categories);
      }
      selected = new boolean[n];
      scored = new boolean[n];
      above = new boolean[n];
      boolean anyDrillDown = false;
      for (int i = 0; i < n; i++) {
        CandidateOutcome o = sorted.get(i);
        selected[i] = o.selected();
        scored[i] = o.score().isPresent();
        above[i] = scored[i] && line.isDefined() && o.score().getAsDouble() > line.value();
        anyDrillDown |=
            !(o.competencyScores().isEmpty()
                && o.stageScores().isEmpty()
                && o.seatScores().isEmpty());
      }
      drillDown = anyDrillDown;
      cellNumbers = new CellNumbers(n);
    }
  }

  /**
   * Numbers distinct keys (each at least 0) in order of appearance, in an open-addressing table of
   * primitives with room for {@code n} keys at most half full; {@link #clear} empties it for the
   * next dimension of a grouping by resetting only the slots used. Single-thread, like the audit
   * that makes it.
   */
  private static final class CellNumbers {
    private final long[] keys;
    private final int[] numbers;
    private final int[] used;
    private final int shift;
    private int size;

    CellNumbers(int n) {
      int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(2L * Math.max(n, 1) - 1));
      keys = new long[1 << bits];
      java.util.Arrays.fill(keys, -1);
      numbers = new int[1 << bits];
      used = new int[Math.max(n, 1)];
      shift = 64 - bits;
    }

    /** {@return the key's number: the count of distinct keys seen before it first appeared} */
    int number(long key) {
      int mask = keys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (keys[slot] != key) {
        if (keys[slot] < 0) {
          keys[slot] = key;
          numbers[slot] = size;
          used[size] = slot;
          return size++;
        }
        slot = (slot + 1) & mask;
      }
      return numbers[slot];
    }

    /**
     * Forgets the keys seen, for the next dimension.
     *
     * @return how many distinct keys were seen
     */
    int clear() {
      int seen = size;
      for (int i = 0; i < size; i++) {
        keys[used[i]] = -1;
      }
      size = 0;
      return seen;
    }
  }

  /**
   * The audit from counts made elsewhere (a distributed aggregation, a database query): the same
   * rows, rates, ratios, tests, intervals, flags and suppression as {@link #audit(List,
   * GroupMembership, AuditOptions)} computes from the candidates whose counts these are, by the
   * same code. The drill-down (Hedges' g per competency, stage and seat) needs every candidate's
   * scores, so here it is empty.
   *
   * @param candidates candidates audited (each grouping's applicants plus its unknown candidates)
   * @param medianScore the exact median of every score given, as reported; undefined when no
   *     candidate has a score ({@link ScoreMedian} computes it over parts). The {@code scoredAbove}
   *     counts must be taken against {@link ScoreMedian.SecondPass#scoringLine()}, which decides
   *     "strictly above the median" exactly
   * @param dimensions the dimensions, in report order (as {@link GroupMembership#dimensions()})
   * @param tallies one tally per dimension and per combination of two or more dimensions, keyed by
   *     the grouping's dimensions in dimension order (for example {@code [sex]}, {@code [sex,
   *     site]}); each category a list of one category per dimension of its grouping
   * @param options the minimum share, significance level, suppression and small-count thresholds
   * @return the report, with empty drill-downs
   * @throws IllegalArgumentException when a grouping has no tally or a tally names no grouping, a
   *     category's length is not its grouping's, or a grouping's applicants and unknown candidates
   *     do not add up to {@code candidates} (each message names the grouping)
   */
  public static AuditReport fromCounts(
      long candidates,
      Coefficient medianScore,
      List<String> dimensions,
      Map<List<String>, SelectionTally> tallies,
      AuditOptions options) {
    Checks.checkNotNull(medianScore, "medianScore");
    Checks.checkNotNull(tallies, "tallies");
    Checks.checkNotNull(options, "options");
    Checks.checkArgument(candidates >= 0, "candidates (%s) must be at least 0", candidates);
    List<String> dims = new GroupMembership(dimensions, Map.of()).dimensions();
    List<List<String>> singles = new ArrayList<>();
    for (String d : dims) {
      singles.add(List.of(d));
    }
    List<List<String>> combos = combinations(dims);
    Set<List<String>> expected = new HashSet<>(singles);
    expected.addAll(combos);
    for (List<String> k : tallies.keySet()) {
      Checks.checkArgument(
          expected.contains(k), "tallies name %s, which is no grouping of %s", k, dims);
    }
    List<GroupingResult> byDimension = new ArrayList<>();
    for (List<String> g : singles) {
      byDimension.add(countedGrouping(g, tallies, candidates, options));
    }
    List<GroupingResult> inters = new ArrayList<>();
    for (List<String> g : combos) {
      inters.add(countedGrouping(g, tallies, candidates, options));
    }
    return new AuditReport(candidates, medianScore, byDimension, inters);
  }

  private static GroupingResult countedGrouping(
      List<String> dims,
      Map<List<String>, SelectionTally> tallies,
      long candidates,
      AuditOptions options) {
    SelectionTally tally = tallies.get(dims);
    if (tally == null) {
      throw Checks.illegal("tallies have no tally for grouping %s", dims);
    }
    long total = tally.unknown();
    for (List<String> c : tally.categories()) {
      Checks.checkArgument(
          c.size() == dims.size(),
          "grouping %s has category %s, which names %s dimensions",
          dims,
          c,
          c.size());
      total = Checks.countSum(total, tally.countsOf(c)[0], "grouping " + dims);
    }
    Checks.checkArgument(
        total == candidates,
        "grouping %s counts %s candidates (applicants and unknown), not %s",
        dims,
        total,
        candidates);
    return fromTally(dims, tally, candidates, options, Map.of());
  }

  /**
   * Both passes of {@link ScoreMedian} over the scores: the exact median (the middle score, or the
   * two middle ones' exact mean rounded once) and the line of the scoring rates.
   */
  static ScoreMedian.SecondPass scores(List<CandidateOutcome> outcomes) {
    double[] scores =
        outcomes.stream()
            .filter(o -> o.score().isPresent())
            .mapToDouble(o -> o.score().getAsDouble())
            .toArray();
    return ScoreMedian.bothPasses(scores);
  }

  /** Every combination of two or more dimensions, smaller first, each in dimension order. */
  static List<List<String>> combinations(List<String> dims) {
    List<List<String>> out = new ArrayList<>();
    int n = dims.size();
    for (int size = 2; size <= n; size++) {
      for (int mask = 0; mask < (1 << n); mask++) {
        if (Integer.bitCount(mask) == size) {
          List<String> c = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
              c.add(dims.get(i));
            }
          }
          out.add(List.copyOf(c));
        }
      }
    }
    out.sort(
        Comparator.<List<String>>comparingInt(List::size)
            .thenComparing((a, b) -> compareByPosition(a, b, dims)));
    return out;
  }

  private static int compareByPosition(List<String> a, List<String> b, List<String> dims) {
    for (int i = 0; i < a.size(); i++) {
      int c = Integer.compare(dims.indexOf(a.get(i)), dims.indexOf(b.get(i)));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * One grouping's tally (and its members, when there is a drill-down): each candidate's cell is
   * found dimension by dimension, a cell of the grouping so far and a category of the next
   * dimension making a cell of the next, numbered in order of appearance; a candidate of unknown
   * category in any of the dimensions is unknown. The counts are those of {@link
   * SelectionTally#add} called per candidate, and the members are in candidate id order.
   */
  private static GroupingResult grouping(
      List<String> dims, Candidates candidates, AuditOptions options) {
    int n = candidates.outcomes.size();
    int[] at = new int[dims.size()];
    for (int j = 0; j < dims.size(); j++) {
      at[j] = candidates.dimensions.indexOf(dims.get(j));
    }
    int[] cell = candidates.codes[at[0]].clone();
    int cells = candidates.names.get(at[0]).size();
    for (int j = 1; j < at.length; j++) {
      int[] codes = candidates.codes[at[j]];
      CellNumbers next = candidates.cellNumbers;
      for (int i = 0; i < n; i++) {
        cell[i] = cell[i] < 0 || codes[i] < 0 ? -1 : next.number((long) cell[i] * n + codes[i]);
      }
      cells = next.clear();
    }
    long[][] counts = new long[cells][4];
    int[] first = new int[cells];
    long unknown = 0;
    for (int i = n - 1; i >= 0; i--) {
      int c = cell[i];
      if (c < 0) {
        unknown++;
        continue;
      }
      first[c] = i;
      counts[c][0]++;
      counts[c][1] += candidates.selected[i] ? 1 : 0;
      counts[c][2] += candidates.scored[i] ? 1 : 0;
      counts[c][3] += candidates.above[i] ? 1 : 0;
    }
    SelectionTally tally = new SelectionTally().addUnknown(unknown);
    List<List<String>> category = new ArrayList<>(cells);
    for (int c = 0; c < cells; c++) { // every cell holds a candidate, the first one first[c]
      List<String> parts = new ArrayList<>(at.length);
      for (int d : at) {
        parts.add(candidates.names.get(d).get(candidates.codes[d][first[c]]));
      }
      category.add(List.copyOf(parts));
      tally.addCounts(category.get(c), counts[c][0], counts[c][1], counts[c][2], counts[c][3]);
    }
    Map<List<String>, List<CandidateOutcome>> members = new HashMap<>();
    if (candidates.drillDown) {
      for (int i = 0; i < n; i++) {
        if (cell[i] >= 0) {
          members
              .computeIfAbsent(category.get(cell[i]), k -> new ArrayList<>())
              .add(candidates.outcomes.get(i));
        }
      }
    }
    return fromTally(dims, tally, n, options, members);
  }

  /**
   * A grouping's rows from its counts; the drill-down from the members of each eligible category,
   * when they are given (none when {@code members} is empty).
   */
  private static GroupingResult fromTally(
      List<String> dims,
      SelectionTally tally,
      long total,
      AuditOptions options,
      Map<List<String>, List<CandidateOutcome>> members) {
    Map<List<String>, long[]> shown = new LinkedHashMap<>();
    Set<List<String>> eligible = new TreeSet<>(SelectionTally::compare);
    int suppressed = 0;
    long hidden = 0;
    for (List<String> c : tally.categories()) {
      long[] n = tally.countsOf(c);
      if (n[0] < options.suppressBelow()) {
        suppressed++;
        hidden += n[0];
        continue;
      }
      shown.put(c, n);
      if (!isExcluded(n[0], total, options)) {
        eligible.add(c);
      }
    }
    Optional<List<String>> ref = highest(eligible, shown, 1, 0);
    Optional<List<String>> scoringRef = highest(eligible, shown, 3, 2);
    List<CategoryResult> rows = new ArrayList<>();
    for (Map.Entry<List<String>, long[]> e : shown.entrySet()) {
      rows.add(row(e.getKey(), e.getValue(), total, shown, ref, scoringRef, options));
    }
    List<CompetencyDifference> drill = new ArrayList<>();
    List<ScoreDifference> stages = new ArrayList<>();
    List<ScoreDifference> seats = new ArrayList<>();
    if (ref.isPresent() && !members.isEmpty()) {
      for (Difference d :
          drillDown(ref.get(), eligible, members, CandidateOutcome::competencyScores, options)) {
        drill.add(
            new CompetencyDifference(
                d.id, d.category, d.reference, d.n, d.referenceN, d.g, d.lower, d.upper, d.reason));
      }
      for (Difference d :
          drillDown(ref.get(), eligible, members, CandidateOutcome::stageScores, options)) {
        stages.add(d.toScoreDifference());
      }
      for (Difference d :
          drillDown(ref.get(), eligible, members, CandidateOutcome::seatScores, options)) {
        seats.add(d.toScoreDifference());
      }
    }
    // Suppressed candidates are counted with the unknown ones, so this grouping's total less its
    // rows gives them only together (other groupings' rows can still separate them: see
    // AuditOptions#suppressBelow).
    return new GroupingResult(
        dims, rows, tally.unknown() + hidden, suppressed, drill, stages, seats);
  }

  /**
   * Whether {@code applicants / total} is under the minimum share, decided exactly with the share
   * as written in decimal: with a share of 0.07, 7 of 100 candidates are not under it, although
   * {@code 0.07 * 100} is 7.000000000000001 in floating point.
   */
  private static boolean isExcluded(long applicants, long total, AuditOptions options) {
    return java.math.BigDecimal.valueOf(applicants)
            .compareTo(
                java.math.BigDecimal.valueOf(options.minShare())
                    .multiply(java.math.BigDecimal.valueOf(total)))
        < 0;
  }

  /** The eligible category with the highest num/den rate (den > 0); ties to the larger den. */
  private static Optional<List<String>> highest(
      Set<List<String>> eligible, Map<List<String>, long[]> shown, int num, int den) {
    List<String> best = null;
    for (List<String> c : eligible) {
      long[] n = Objects.requireNonNull(shown.get(c));
      if (n[den] == 0) {
        continue;
      }
      if (best == null) {
        best = c;
        continue;
      }
      long[] b = Objects.requireNonNull(shown.get(best));
      int cmp = Proportions.compareProducts(n[num], b[den], b[num], n[den]);
      if (cmp > 0 || (cmp == 0 && n[den] > b[den])) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static CategoryResult row(
      List<String> c,
      long[] n,
      long total,
      Map<List<String>, long[]> shown,
      Optional<List<String>> ref,
      Optional<List<String>> scoringRef,
      AuditOptions options) {
    Map<String, String> undefined = new TreeMap<>();
    Set<AuditFlag> flags = new TreeSet<>();
    OptionalDouble selectionRate = OptionalDouble.of((double) n[1] / n[0]);
    OptionalDouble scoringRate =
        n[2] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n[3] / n[2]);
    if (n[2] == 0) {
      undefined.put("scoringRate", NO_SCORES);
    }
    OptionalDouble impact = OptionalDouble.empty();
    OptionalDouble scoringImpact = OptionalDouble.empty();
    OptionalDouble fisher = OptionalDouble.empty();
    OptionalDouble z = OptionalDouble.empty();
    OptionalLong shortfall = OptionalLong.empty();
    OptionalDouble lower = OptionalDouble.empty();
    OptionalDouble upper = OptionalDouble.empty();
    Optional<String> excluded = Optional.empty();
    if (isExcluded(n[0], total, options) || ref.isEmpty()) {
      excluded =
          Optional.of(
              String.format(
                  java.util.Locale.ROOT,
                  "%d of %d candidates is under the minimum share %s",
                  n[0],
                  total,
                  options.minShare()));
      flags.add(AuditFlag.EXCLUDED_SMALL_SHARE);
      for (String f :
          List.of("impactRatio", "scoringImpactRatio", "fisherP", "z", "shortfall", "ciLower")) {
        undefined.put(f, EXCLUDED_SMALL_SHARE);
      }
      undefined.put("ciUpper", EXCLUDED_SMALL_SHARE);
    } else {
      long[] r = Objects.requireNonNull(shown.get(ref.get()));
      boolean isRef = ref.get().equals(c);
      if (isRef) {
        flags.add(AuditFlag.REFERENCE);
      }
      if (r[1] == 0) {
        undefined.put("impactRatio", REFERENCE_RATE_ZERO);
      } else {
        impact = OptionalDouble.of(Proportions.ratio(n[1], n[0], r[1], r[0]));
        shortfall = OptionalLong.of(Proportions.shortfall(n[1], n[0], r[1], r[0]));
      }
      if (r[1] == 0) {
        undefined.put("shortfall", REFERENCE_RATE_ZERO);
      }
      if (isRef) {
        for (String f : List.of("fisherP", "z", "ciLower", "ciUpper")) {
          undefined.put(f, REFERENCE);
        }
      } else {
        FisherExact.Result test =
            FisherExact.test(n[1], n[0] - n[1], r[1], r[0] - r[1], options.significanceLevel());
        fisher = OptionalDouble.of(test.p());
        z = Proportions.pooledZ(n[1], n[0], r[1], r[0]);
        if (z.isEmpty()) {
          undefined.put("z", NO_VARIATION);
        }
        double[] ci = Proportions.katz(n[1], n[0], r[1], r[0], options.significanceLevel());
        if (ci == null) {
          undefined.put("ciLower", ZERO_COUNT);
          undefined.put("ciUpper", ZERO_COUNT);
        } else {
          lower = OptionalDouble.of(ci[0]);
          upper = OptionalDouble.of(ci[1]);
        }
        if (test.significant()) {
          flags.add(AuditFlag.SIGNIFICANT);
        }
        if (n[0] < options.smallCount() || r[0] < options.smallCount()) {
          flags.add(AuditFlag.SMALL_COUNTS);
        }
      }
      if (impact.isPresent() && Proportions.belowFourFifths(n[1], n[0], r[1], r[0])) {
        flags.add(AuditFlag.BELOW_FOUR_FIFTHS);
      }
      if (n[2] == 0) {
        undefined.put("scoringImpactRatio", NO_SCORES);
      } else if (scoringRef.isEmpty()
          || Objects.requireNonNull(shown.get(scoringRef.get()))[3] == 0) {
        undefined.put("scoringImpactRatio", REFERENCE_RATE_ZERO);
      } else {
        long[] s = Objects.requireNonNull(shown.get(scoringRef.get()));
        scoringImpact = OptionalDouble.of(Proportions.ratio(n[3], n[2], s[3], s[2]));
        if (Proportions.belowFourFifths(n[3], n[2], s[3], s[2])) {
          flags.add(AuditFlag.SCORING_BELOW_FOUR_FIFTHS);
        }
      }
    }
    return new CategoryResult(
        c,
        n[0],
        n[1],
        n[2],
        n[3],
        Figures.of(selectionRate, "selectionRate", undefined),
        Figures.of(impact, "impactRatio", undefined),
        Figures.of(scoringRate, "scoringRate", undefined),
        Figures.of(scoringImpact, "scoringImpactRatio", undefined),
        Figures.of(fisher, "fisherP", undefined),
        Figures.of(z, "z", undefined),
        shortfall,
        Figures.of(lower, "ciLower", undefined),
        Figures.of(upper, "ciUpper", undefined),
        excluded,
        new ArrayList<>(flags),
        undefined);
  }

  /** One drill-down figure before it becomes a public record. */
  private record Difference(
      String id,
      List<String> category,
      List<String> reference,
      long n,
      long referenceN,
      Coefficient g,
      Coefficient lower,
      Coefficient upper,
      Optional<String> reason) {
    ScoreDifference toScoreDifference() {
      return new ScoreDifference(id, category, reference, n, referenceN, g, lower, upper, reason);
    }
  }

  /**
   * Hedges' g of every eligible category against the reference, for each score id that an eligible
   * category's candidate has (a suppressed or excluded category's scores name nothing here).
   */
  private static List<Difference> drillDown(
      List<String> ref,
      Set<List<String>> eligible,
      Map<List<String>, List<CandidateOutcome>> members,
      Function<CandidateOutcome, Map<String, Double>> scores,
      AuditOptions options) {
    Set<String> ids = new TreeSet<>();
    for (List<String> c : eligible) {
      for (CandidateOutcome o : Objects.requireNonNull(members.get(c))) {
        ids.addAll(scores.apply(o).keySet());
      }
    }
    List<Difference> out = new ArrayList<>();
    for (String id : ids) {
      List<CandidateOutcome> refMembers = Objects.requireNonNull(members.get(ref));
      double scale = scale(eligible, members, scores, id);
      double origin = origin(refMembers, scores, id) * scale;
      Moments r = moments(refMembers, scores, id, origin, scale);
      BigDecimal exactScale = new BigDecimal(scale);
      for (List<String> c : eligible) {
        if (c.equals(ref)) {
          continue;
        }
        Moments m = moments(Objects.requireNonNull(members.get(c)), scores, id, origin, scale);
        BigDecimal sumDifference =
            m.sum()
                .multiply(BigDecimal.valueOf(r.n()))
                .subtract(r.sum().multiply(BigDecimal.valueOf(m.n())))
                .multiply(exactScale);
        double[] g =
            HedgesG.of(
                m.n(),
                r.n(),
                sumDifference,
                m.squares(),
                m.exponent(),
                r.squares(),
                r.exponent(),
                options.significanceLevel());
        out.add(
            new Difference(
                id,
                c,
                ref,
                m.n(),
                r.n(),
                g == null ? Figures.undefined(TOO_FEW_SCORES) : Coefficient.of(g[0]),
                g == null ? Figures.undefined(TOO_FEW_SCORES) : Coefficient.of(g[1]),
                g == null ? Figures.undefined(TOO_FEW_SCORES) : Coefficient.of(g[2]),
                g == null ? Optional.of(TOO_FEW_SCORES) : Optional.empty()));
      }
    }
    return out;
  }

  /**
   * A score's moments in one category: its count; the exact sum of its values (unscaled, each
   * double as the binary fraction it holds), from which the difference of two means is taken
   * exactly; and the sum of squared deviations as {@code squares * 2^(2 exponent)}.
   */
  private record Moments(long n, BigDecimal sum, double squares, int exponent) {}

  /**
   * The moments of a score's values in {@code list} (see {@link Moments}). The deviations are taken
   * about the mean, found about {@code origin} (the same for both sides of a difference) with
   * Neumaier's compensated sums and corrected by a second pass ({@code mean += sum(y - mean) / n},
   * as R's {@code mean} does); the squares by the corrected two-pass formula (Chan, Golub and
   * LeVeque 1983, The American Statistician 37(3), 242-247, doi:10.2307/2683386), after scaling the
   * deviations by a power of two that brings the largest to [1, 2), so that deviations of 1e-300 or
   * less do not square to 0 (exact: ordinary scores get the same squares, bit for bit). Scores near
   * 1e9 that differ by units keep the digits of their spread. Equal values have exactly no spread.
   */
  private static Moments moments(
      List<CandidateOutcome> list,
      Function<CandidateOutcome, Map<String, Double>> scores,
      String id,
      double origin,
      double scale) {
    long n = 0;
    Sum sum = new Sum();
    BigDecimal exact = BigDecimal.ZERO;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (CandidateOutcome o : list) {
      Double raw = scores.apply(o).get(id);
      if (raw != null) {
        double v = raw * scale;
        n++;
        exact = exact.add(new BigDecimal(raw));
        sum.add(v - origin);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (n < 2 || min == max) { // no spread, exactly: 0.1 three times is not 0.1 +- 1e-17
      return new Moments(n, exact, 0, 0);
    }
    double first = sum.value() / n;
    Sum residual = new Sum();
    for (CandidateOutcome o : list) {
      Double v = scaled(scores.apply(o).get(id), scale);
      if (v != null) {
        residual.add((v - origin) - first);
      }
    }
    double mean = first + residual.value() / n;
    double largest = 0;
    for (CandidateOutcome o : list) {
      Double v = scaled(scores.apply(o).get(id), scale);
      if (v != null) {
        largest = Math.max(largest, Math.abs((v - origin) - mean));
      }
    }
    if (largest == 0) {
      return new Moments(n, exact, 0, 0);
    }
    int exponent = Math.getExponent(largest);
    Sum squares = new Sum();
    Sum deviations = new Sum();
    for (CandidateOutcome o : list) {
      Double v = scaled(scores.apply(o).get(id), scale);
      if (v != null) {
        double e = Math.scalb((v - origin) - mean, -exponent);
        squares.add(e * e);
        deviations.add(e);
      }
    }
    double d = deviations.value();
    double ss = Math.max(0, squares.value() - d * d / n);
    return new Moments(n, exact, ss, exponent);
  }

  /**
   * A power of two that brings the largest magnitude of score {@code id} among the eligible
   * categories under 1/2 when it is 2^500 or more, else 1: g is the same for scaled scores, and
   * scaling by a power of two is exact, so scores such as +-1e308 give their g instead of
   * deviations that overflow; ordinary scores are not touched, bit for bit.
   */
  private static double scale(
      Set<List<String>> eligible,
      Map<List<String>, List<CandidateOutcome>> members,
      Function<CandidateOutcome, Map<String, Double>> scores,
      String id) {
    double largest = 0;
    for (List<String> c : eligible) {
      for (CandidateOutcome o : Objects.requireNonNull(members.get(c))) {
        Double v = scores.apply(o).get(id);
        if (v != null) {
          largest = Math.max(largest, Math.abs(v));
        }
      }
    }
    return largest < 0x1p500 ? 1 : Math.scalb(1.0, -Math.getExponent(largest) - 2);
  }

  private static @org.jspecify.annotations.Nullable Double scaled(
      @org.jspecify.annotations.Nullable Double v, double scale) {
    return v == null || scale == 1 ? v : Double.valueOf(v * scale);
  }

  /** The first value of a score among {@code list}, the origin of both sides' moments; else 0. */
  private static double origin(
      List<CandidateOutcome> list,
      Function<CandidateOutcome, Map<String, Double>> scores,
      String id) {
    for (CandidateOutcome o : list) {
      Double v = scores.apply(o).get(id);
      if (v != null) {
        return v;
      }
    }
    return 0;
  }

  /** A sum with Neumaier's compensation (Neumaier 1974, ZAMM 54(1), 39-51). */
  private static final class Sum {
    private double sum;
    private double compensation;

    void add(double x) {
      double t = sum + x;
      if (Math.abs(sum) >= Math.abs(x)) {
        compensation += (sum - t) + x;
      } else {
        compensation += (x - t) + sum;
      }
      sum = t;
    }

    double value() {
      return sum + compensation;
    }
  }
}
