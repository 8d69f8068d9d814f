package dev.rubric.scoring.calibration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures each interviewer's leniency or severity against the rest of the panel, over a history of
 * scorecards written against one plan.
 *
 * <p><b>Units.</b> A unit is one candidate and one competency. An interviewer who rated a unit more
 * than once (two scorecards for the same candidate) counts with the mean of their ratings. Units
 * rated by one interviewer only carry no comparison and are ignored for leniency.
 *
 * <p><b>Raw difference.</b> For interviewer {@code i} on a unit rated by {@code k >= 2}
 * interviewers, {@code d = r_i - mean(r_j, j != i)}; the raw difference is the mean of {@code d}
 * over the interviewer's comparisons. It is the plain answer to "how much higher does this person
 * rate than their colleagues on the same candidates".
 *
 * <p><b>Offset.</b> The raw difference is biased when the colleagues are themselves lenient or
 * severe. The offset {@code b_i} is the interviewer's effect in the additive model {@code r = unit
 * effect + b_i + error}, fitted by least squares with alternating updates (unit effect = mean over
 * its interviewers of {@code r_j - b_j}; {@code b_i} = mean over the interviewer's shared units of
 * {@code r_i - unit effect}), centred each round so that the comparison-weighted mean offset is
 * zero: offsets are relative to the panel average. The updates stop when no offset moves by more
 * than 1e-10, or after 1000 rounds. With two interviewers one level apart, the raw difference of
 * the higher one is +1 and their offset +0.5.
 *
 * <p><b>Uncertainty.</b> {@code SE_i = s_i / sqrt(n_i)}, with {@code s_i} the sample standard
 * deviation over the interviewer's {@code n_i} comparisons of the adjusted difference {@code r_i -
 * mean(r_j - b_j, j != i)} (whose mean is {@code b_i} when every unit has the same number of
 * interviewers). The differences of one interviewer on one candidate's several competencies are
 * correlated, so this understates the uncertainty somewhat when candidates are few. Undefined (NaN)
 * below two comparisons.
 *
 * <p><b>Shrinkage.</b> Empirical Bayes, as in Morris (1983), "Parametric empirical Bayes inference:
 * theory and applications", JASA 78(381):47-55, doi:10.1080/01621459.1983.10477920: the
 * between-interviewer variance {@code tau^2 = max(0, var(b_i) - mean(SE_i^2))} over the
 * interviewers with a standard error, and {@code shrunk_i = b_i * tau^2 / (tau^2 + SE_i^2)}. With
 * {@code tau^2 = 0}, without a standard error, or below {@link #minComparisons()} comparisons, the
 * shrunk offset is zero: thin evidence corrects nothing.
 *
 * <p><b>Flags.</b> Fewer than {@link #minComparisons()} comparisons: {@link
 * LeniencyFlag#INSUFFICIENT_EVIDENCE}. Otherwise {@link LeniencyFlag#LENIENT} or {@link
 * LeniencyFlag#SEVERE} when {@code |b_i| / SE_i >= } {@link #minZ()} and {@code |shrunk_i| >= }
 * {@link #minOffset()}; else {@link LeniencyFlag#WITHIN_RANGE}.
 *
 * <p>The result is a pure function of the plan and the set of scorecards: their order does not
 * change it. Instances are immutable and thread-safe.
 */
public final class InterviewerCalibration {
  private static final InterviewerCalibration STANDARD = new InterviewerCalibration(5, 2.0, 0.25);
  private static final int MAX_ROUNDS = 1000;
  private static final double CONVERGED = 1e-10;

  private final int minComparisons;
  private final double minZ;
  private final double minOffset;

  private InterviewerCalibration(int minComparisons, double minZ, double minOffset) {
    this.minComparisons = minComparisons;
    this.minZ = minZ;
    this.minOffset = minOffset;
  }

  /** At least 5 comparisons, |z| >= 2 and a shrunk offset of at least 0.25 levels to flag. */
  public static InterviewerCalibration standard() {
    return STANDARD;
  }

  /**
   * Custom flag thresholds.
   *
   * @param minComparisons comparisons needed before anything is said (>= 2)
   * @param minZ the |offset / standard error| needed to flag (> 0)
   * @param minOffset the |shrunk offset| in levels needed to flag (>= 0)
   */
  public static InterviewerCalibration withThresholds(
      int minComparisons, double minZ, double minOffset) {
    Preconditions.checkArgument(
        minComparisons >= 2, "minComparisons (%s) must be >= 2", minComparisons);
    Preconditions.checkArgument(minZ > 0 && Double.isFinite(minZ), "minZ (%s) must be > 0", minZ);
    Preconditions.checkArgument(
        minOffset >= 0 && Double.isFinite(minOffset), "minOffset (%s) must be >= 0", minOffset);
    return new InterviewerCalibration(minComparisons, minZ, minOffset);
  }

  /** Comparisons needed before a flag other than insufficient evidence. */
  public int minComparisons() {
    return minComparisons;
  }

  /** The |z| needed to flag. */
  public double minZ() {
    return minZ;
  }

  /** The |shrunk offset| needed to flag. */
  public double minOffset() {
    return minOffset;
  }

  /**
   * Calibrates the interviewers of {@code history}, read against {@code plan}. Scorecards with
   * validation errors against the plan are rejected with their problems, never silently dropped.
   *
   * @throws IllegalArgumentException when the plan itself has validation errors
   */
  public CalibrationReport calibrate(InterviewPlan plan, Iterable<Scorecard> history) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    ValidationReport planReport = plan.validate();
    Preconditions.checkArgument(
        !planReport.hasErrors(), "plan has validation errors: %s", planReport.errors());
    List<RejectedScorecard> rejected = new ArrayList<>();
    TreeMap<String, Tally> tallies = new TreeMap<>();
    TreeMap<String, TreeMap<String, double[]>> units = new TreeMap<>();
    int given = 0;
    for (Scorecard card : history) {
      Objects.requireNonNull(card, "history element");
      int index = given++;
      ValidationReport report = card.validateAgainst(plan);
      if (report.hasErrors()) {
        rejected.add(
            new RejectedScorecard(
                index, card.candidateId(), card.interviewerId(), report.errors()));
        continue;
      }
      Tally tally = tallies.computeIfAbsent(card.interviewerId(), id -> new Tally(plan));
      Optional<PanelRole> seat = plan.panelRole(card.panelRoleId());
      tally.add(card, seat.map(s -> s.competencies().size()).orElse(0));
      for (Rating r : card.ratings()) {
        String unit = card.candidateId() + '\u0000' + r.competencyId();
        double[] sumAndCount =
            units
                .computeIfAbsent(unit, u -> new TreeMap<>())
                .computeIfAbsent(card.interviewerId(), i -> new double[2]);
        sumAndCount[0] += r.level();
        sumAndCount[1] += 1;
      }
    }
    LeniencyModel model =
        LeniencyModel.fit(tallies.navigableKeySet(), units, MAX_ROUNDS, CONVERGED);
    ImmutableList.Builder<InterviewerProfile> profiles = ImmutableList.builder();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      profiles.add(e.getValue().profile(e.getKey(), leniency(model, e.getKey())));
    }
    return new CalibrationReport(
        plan.fingerprint(),
        given,
        given - rejected.size(),
        ImmutableList.copyOf(rejected),
        profiles.build(),
        model.tauSquared());
  }

  private Leniency leniency(LeniencyModel model, String interviewer) {
    int n = model.comparisons(interviewer);
    double offset = model.offset(interviewer);
    double se = model.standardError(interviewer);
    double shrunk = model.shrunkOffset(interviewer);
    LeniencyFlag flag;
    if (n < minComparisons || !(se >= 0)) {
      flag = LeniencyFlag.INSUFFICIENT_EVIDENCE;
      shrunk = 0;
    } else {
      double z =
          se == 0
              ? (offset == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, offset))
              : offset / se;
      if (Math.abs(z) >= minZ && Math.abs(shrunk) >= minOffset) {
        flag = offset > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE;
      } else {
        flag = LeniencyFlag.WITHIN_RANGE;
      }
    }
    return new Leniency(n, model.rawDifference(interviewer), offset, se, shrunk, flag);
  }

  /** Per-interviewer counts, mutable while the history is read. */
  private static final class Tally {
    private final InterviewPlan plan;
    private final TreeMap<Integer, Integer> levels = new TreeMap<>();
    private int scorecards;
    private int withoutRecommendation;
    private long rated;
    private long assessed;

    Tally(InterviewPlan plan) {
      this.plan = plan;
      for (ScaleLevel level : plan.scale().levels()) {
        levels.put(level.value(), 0);
      }
    }

    void add(Scorecard card, int seatCompetencies) {
      scorecards++;
      if (card.overallRecommendation().isEmpty()) {
        withoutRecommendation++;
      }
      rated += card.ratings().size();
      assessed += seatCompetencies;
      card.ratings().forEach(r -> levels.merge(r.level(), 1, Integer::sum));
    }

    InterviewerProfile profile(String id, Leniency leniency) {
      return new InterviewerProfile(
          id,
          scorecards,
          ImmutableSortedMap.copyOf(levels),
          scorecards == 0 ? 0 : (double) withoutRecommendation / scorecards,
          assessed == 0 ? 0 : (double) rated / assessed,
          leniency);
    }

    @Override
    public String toString() {
      return "Tally{" + plan.id() + ", " + scorecards + "}";
    }
  }
}
