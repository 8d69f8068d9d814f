package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.RatingMatrix;
import dev.rubric.scoring.agreement.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/** Panel sizing of one competency; see {@link InterviewerCalibration} for the formulas. */
final class PanelSizing {
  /** The largest panel whose mean reliability is listed. */
  static final int LARGEST_PANEL = 6;

  private PanelSizing() {}

  static CompetencyReliability of(String competencyId, List<Scorecard> used, List<Double> targets) {
    TreeSet<String> raters = new TreeSet<>();
    TreeMap<String, TreeMap<String, Integer>> units = new TreeMap<>();
    for (Scorecard card : used) {
      for (Rating r : card.ratings()) {
        if (r.competencyId().equals(competencyId)) {
          raters.add(card.interviewerId());
          // an interviewer who rated the unit from two seats: the first of their ratings counts
          units
              .computeIfAbsent(card.candidateId(), c -> new TreeMap<>())
              .putIfAbsent(card.interviewerId(), r.level());
        }
      }
    }
    List<String> raterIds = new ArrayList<>(raters);
    int[][] rows = new int[units.size()][];
    int u = 0;
    for (TreeMap<String, Integer> unit : units.values()) {
      int[] row = new int[raterIds.size()];
      Arrays.fill(row, Ratings.MISSING);
      unit.forEach((rater, level) -> row[raterIds.indexOf(rater)] = level);
      rows[u++] = row;
    }
    RatingMatrix matrix = RatingMatrix.of(new ArrayList<>(units.keySet()), raterIds, rows);
    int[][] pairs = matrix.firstRatings(2);
    IccResult icc = IntraclassCorrelation.of().compute(pairs);
    double rho = icc.get(IccForm.ICC_1_1).value().orElse(Double.NaN);
    ImmutableList.Builder<Double> mean = ImmutableList.builder();
    // The step-up holds for a reliability in [0, 1]: for a negative rho its denominator
    // 1 + (k - 1) rho crosses 0 at k = 1 - 1 / rho, so it would list an infinity and
    // "reliabilities" below -1 or above 1. A negative ICC(1,1) lists none, as an undefined one.
    if (rho >= 0) {
      for (int k = 1; k <= LARGEST_PANEL; k++) {
        mean.add(spearmanBrown(rho, k));
      }
    }
    ImmutableList.Builder<CompetencyReliability.Target> needed = ImmutableList.builder();
    for (double target : targets) {
      needed.add(new CompetencyReliability.Target(target, needed(rho, target)));
    }
    return new CompetencyReliability(
        competencyId,
        pairs.length,
        icc.get(IccForm.ICC_1_1),
        icc.get(IccForm.ICC_2_1),
        mean.build(),
        needed.build());
  }

  /** {@code k rho / (1 + (k - 1) rho)}, for {@code rho} in [0, 1]. */
  static double spearmanBrown(double rho, int k) {
    return k * rho / (1 + (k - 1) * rho);
  }

  /** The smallest k with {@code spearmanBrown(rho, k) >= target}; empty if none. */
  static OptionalInt needed(double rho, double target) {
    if (!(rho > 0)) {
      return OptionalInt.empty();
    }
    if (rho >= target) {
      return OptionalInt.of(1);
    }
    double k = target * (1 - rho) / (rho * (1 - target));
    int n = (int) Math.ceil(k - 1e-9);
    if (k > Integer.MAX_VALUE / 2.0) {
      return OptionalInt.empty();
    }
    while (spearmanBrown(rho, n) < target - 1e-12) {
      n++;
    }
    return OptionalInt.of(Math.max(1, n));
  }
}
