package dev.rubric.scoring.calibration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import dev.rubric.scoring.EvaluationProblemCodes;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Measures each interviewer's leniency or severity against the rest of the panel, over a history of
 * scorecards written against one plan.
 *
 * <p><b>Which scorecards.</b> Exactly those {@link Evaluator#evaluate} would use, candidate by
 * candidate (the same code decides): a scorecard with validation errors against the plan is
 * rejected with them; when one interviewer submitted several scorecards for the same candidate and
 * seat, the latest is used and the others are rejected ({@code SUPERSEDED_SCORECARD}), and an exact
 * copy of a used scorecard is rejected as {@link #DUPLICATE_SCORECARD}, so a history given twice
 * counts once.
 *
 * <p><b>Model.</b> A unit is one candidate and one competency. Every rating is an observation of
 * {@code rating = a_unit + b_interviewer + error}, errors independent with one variance, fitted by
 * ordinary least squares (exactly: the normal equations are solved, not iterated). Interviewers are
 * linked when they rated the same unit; the linked sets are the <b>comparable groups</b>. Offsets
 * of different groups share no candidate, so nothing relates them: each group's offsets are centred
 * to sum to zero (the fixed-effects regression with sum-to-zero interviewer contrasts), then
 * measured from the group's typical interviewer (see <b>Reference</b> below), and offsets compare
 * only within one group. With two interviewers one level apart on every unit, the higher one's
 * offset is +0.5.
 *
 * <p><b>Levels.</b> The figures (offsets, standard errors, shrunk offsets) are in the scale's
 * values, so that the shrunk offsets can be subtracted from ratings. The thresholds are in
 * <b>levels</b>, steps of the scale: one level is the scale's mean step {@code (max - min) /
 * (number of levels - 1)} (10 on {0, 10, 20, 30}, 4/3 on {1, 2, 4, 5}, 1 on consecutive values),
 * and {@link #minOffset()} levels, the 1e-9 levels of rounding allowed at the threshold, and the
 * minimum shrunk offset to flag are that many of them. So a scale relabelled evenly ({@code a + k
 * v}, {@code k > 0}) multiplies the figures by {@code k} and changes no p-value and no flag.
 *
 * <p><b>Exact fits.</b> When the model explains every rating (interviewers a whole number of levels
 * apart on every unit), the residuals are zero but for the rounding of the computation: a residual
 * sum of squares of at most 1e-20 times the data's own sum of squares (every rating's squared
 * level; the rounding leaves about 1e-32 of it) counts as zero, so the residual variance and every
 * standard error are exactly 0, and z is undefined ({@link
 * dev.rubric.scoring.agreement.UndefinedReason#NO_VARIANCE}) wherever the offset is not 0. Each
 * offset and raw difference is made exact the same way: the decimal with the fewest places within
 * {@code 2^-44} (5.7e-14) times the largest absolute level of it, when one with places at least
 * 10^6 times that wide exists (0.4999999999999991 is 0.5), so identical interviewers get identical
 * figures.
 *
 * <p><b>Standard errors.</b> From the fit itself, with {@code C} the interviewer block of the
 * normal equations once the unit effects are absorbed and {@code C^+} its Moore-Penrose inverse:
 * this accounts for the uncertainty of the colleagues' offsets that each comparison leans on, which
 * matters most in sparse chains. One interviewer's ratings of one candidate's several competencies
 * share one impression (a halo), so they are not independent comparisons: the errors are {@code
 * rating = a_unit + b_interviewer + h_(interviewer, candidate) + e}, with {@code Var(h) =
 * sigma_h^2} and {@code Var(e) = sigma_e^2} estimated from the residuals by the method of moments,
 * and {@code SE_i = sqrt(sigma_e^2 C^+_ii + sigma_h^2 (C^+ V V' C^+)_ii)}, {@code V} the
 * interviewer columns summed over each interviewer's ratings of each candidate (see {@code
 * LeniencyHalo} for the formulas). Without a halo ({@code sigma_h^2} estimated at zero, or nobody
 * rating a compared candidate twice) this is {@code sqrt(s^2 C^+_ii)} with {@code s^2 = RSS / df},
 * {@code df = ratings - units - sum over groups of (interviewers - 1)}. Treating a scorecard's
 * ratings as independent made the errors too small by up to the square root of the ratings per
 * scorecard: on generated sparse histories with a halo as large as the noise, 57% of histories of
 * fair interviewers named one of them; with the halo in the errors, 2% (see {@code
 * HaloErrorRateTest}).
 *
 * <p><b>Reference: the typical interviewer, not a mean the biased drag.</b> The sum-to-zero offsets
 * measure everyone against the mean of their whole group, and a group's mean moves with its biased
 * members: with 4 of 20 interviewers lenient by 0.8 levels, every fair colleague sits at about
 * -0.16, and in generated dense histories with a halo someone fair was flagged SEVERE in 49.5% of
 * them (27% with 3 of 12 lenient by 0.6; 0% when all are fair; {@code
 * ColleaguesOfBiasedInterviewersTest}). So each group's offsets are measured against the Huber
 * location of the group's sum-to-zero offsets {@code b} with threshold {@code k = }{@link
 * #minOffset()}: the {@code mu} with {@code sum_j psi(b_j - mu) = 0}, {@code psi(x) = max(-k,
 * min(k, x))} (Huber 1964, "Robust estimation of a location parameter", Annals of Mathematical
 * Statistics 35(1):73-101, doi:10.1214/aoms/1177703732). An interviewer within {@code k} of it
 * counts fully, as in a mean; one further away pulls on it as if they were {@code k} away. With
 * {@code I} the interviewers within {@code k} of {@code mu} and {@code A}, {@code B} those above
 * and below, the equation reads {@code sum_I (b_j - mu) + k (|A| - |B|) = 0}, so {@code mu =
 * mean_I(b) + k (|A| - |B|) / |I|}: each biased interviewer moves the zero from the mean of the
 * others by at most {@code k} divided by the number of interviewers within {@code k} of it (not by
 * the group's size), instead of by their whole offset. With a one level below b and c, b and c are
 * measured at {@code +k / 2 = +0.125}; with 2 of 5 a level above the other 3, the 3 at {@code -2 k
 * / 3}. The offset reported is {@code d_i = b_i - mu}. Its standard error is the delta method's:
 * {@code mu} moves with the offsets of the interviewers {@code I} within {@code k} of it, by {@code
 * c_j = 1 / |I|} each, so {@code SE(d_i)^2 = (e_i - c)' Var(b) (e_i - c)} with {@code Var(b) =
 * sigma_e^2 C^+ + sigma_h^2 C^+ V V' C^+} (the halo term as below; {@code s^2 C^+} without one).
 * When several locations solve the equation (nobody within {@code k} of them, as with two
 * interviewers a level apart), the middle one is taken, with the mean's weights for the error; the
 * mean's weights are taken too when only one interviewer is within {@code k} (the location is then
 * their own offset, which would give them an error of 0). A distance within 1e-9 levels of {@code
 * k} counts as within, so that rounding in the last bits (which follows the order of the sums, and
 * so the ids) cannot move the errors. Two well-linked teams joined by one or a few shared
 * candidates defeat the location: the noise of those links puts one team far from the other, and
 * its members each pull the zero by {@code k} over the number within it, shifting the other team's
 * offsets together by more than their errors allow; the errors count the location's covariance, but
 * not the jump of its pull, whose direction the links' noise decides (the README's calibration
 * limits give the measured rates, up to four joining candidates). A group whose offsets all lie
 * within {@code k} of their mean keeps the sum-to-zero figures exactly; so does every group when
 * {@code minOffset} is 0 (no distance is meaningful then). The shrinkage's {@code tau^2} is
 * computed from the sum-to-zero offsets: it is a spread between interviewers, which no choice of
 * zero changes.
 *
 * <p>Why a location of the offsets and not, say, the mean of the interviewers not flagged: the
 * differences between two offsets never change, only the zero, and the zero is a function of the
 * offsets alone that rises by at most {@code delta} when every offset rises by {@code delta} and
 * never falls when one rises, so raising one interviewer's ratings still never lowers their offset
 * (the fit raises their offset at least as much as anyone's: the maximum principle of the Laplacian
 * {@code C}). A reference made of the unflagged interviewers jumps when a colleague's flag changes,
 * and an interviewer's offset could fall as their ratings rose. With everyone fair and every offset
 * within {@code k} of the mean nothing changes; when the noise puts some beyond it, the reference
 * is less dragged by them too, and in the generated histories of fair interviewers fewer were named
 * (0 to 2% of histories instead of 0 to 5%).
 *
 * <p>On the same generated histories (200 per case), a fair colleague of 4 of 20 lenient
 * interviewers is named in 7.5% of dense histories with a halo (49.5% against the mean), of 3 of 12
 * lenient in 7% (27%), of 2 of 6 in 6% (32.5%); the lenient are found as often (98 to 99%, 74 to
 * 77%, 67 to 72%). The cost: in sparse histories with a halo, a lone lenient interviewer of 8 is
 * found in 36% of histories instead of 42%, a lenient and a severe one of 8 in 46% and 43% instead
 * of 66% and 56%. Measured on the same histories ({@code SparseHaloPowerTest}), the offsets do not
 * move (the lenient one of the pair averages 0.65 either way), nor do the minimum offset, the
 * degrees of freedom or Holm's family; the Huber offsets with the mean's standard errors would be
 * found in 64% and 55.5%, so the drop is the standard error, and it is the sampling error, not an
 * overstatement (the offsets spread by 0.22 to 0.23 over the histories against 0.24 reported, 0.19
 * to 0.20 against 0.20 for the mean). The mean counts the interviewer and their mirror image, whose
 * biases cancel in it: {@code Var = sigma^2 (1 - 1/8)}; a reference that leaves both out, as one
 * the biased cannot drag must, has {@code sigma^2 (1 + 1/6)}, an error {@code sqrt(4/3) = 1.155}
 * times larger (measured 1.17); the mean of the six fair ones, known in a generated history, finds
 * them in 46.5% and 43%, as the location does. The power comes back with evidence: with each
 * interviewer meeting 30 candidates (37.5 scorecards) instead of 20 (25), the pair is found in 71%
 * and 71.5% of those histories, with 40 (50 scorecards) in 89.5% and 88%.
 *
 * <p><b>Raw difference.</b> The mean over the interviewer's shared units of their mean rating minus
 * the mean of the others' mean ratings: the plain answer to "how much higher does this person rate
 * than their colleagues on the same candidates", biased when the colleagues are themselves lenient.
 *
 * <p><b>Shrinkage.</b> Empirical Bayes, as in Morris (1983), "Parametric empirical Bayes inference:
 * theory and applications", JASA 78(381):47-55, doi:10.1080/01621459.1983.10477920: the
 * between-interviewer variance {@code tau^2 = max(0, var(b_i) - mean(SE_i^2))} over the
 * interviewers tested, and {@code shrunk_i = b_i tau^2 / (tau^2 + SE_i^2)}. With {@code tau^2 = 0}
 * or for an interviewer not tested, the shrunk offset is zero: thin evidence corrects nothing.
 *
 * <p><b>Flags.</b> An interviewer is tested when they have at least {@link #minComparisons()}
 * comparisons and a standard error and the scorecards leave degrees of freedom. {@code t = b_i /
 * SE_i} gives a two-sided p-value (Student's t) on the scorecards' degrees of freedom when they are
 * fewer than {@code df}: over candidates, the scorecards compared with another less one per linked
 * set of them, less {@code sum over groups of (interviewers - 1)}. Scorecards, not ratings, are
 * what is independent, and this holds whatever the halo's estimate: with few scorecards an estimate
 * of zero says little, and on {@code df} generated histories of one to three candidates and fair
 * interviewers named someone in 21.5 to 31.5% of them. When the scorecards leave none (one
 * candidate; or every interviewer's offset resting on one scorecard) nobody is tested: one
 * impression of one candidate, a halo, cannot be told from a habit; an exact fit is no exception.
 * {@link #estimate(LeniencyFit, double)}, which has no scorecards, tests on {@code df}. The
 * p-values of all interviewers tested are adjusted together by {@link #multiplicity()} (Holm by
 * default), so that in a history where everyone is fair the chance that anyone is flagged stays at
 * most {@link #alpha()}. {@link LeniencyFlag#LENIENT} or {@link LeniencyFlag#SEVERE} when the
 * adjusted p is below {@link #alpha()} and {@code |shrunk_i| >=} {@link #minOffset()}; otherwise
 * {@link LeniencyFlag#WITHIN_RANGE}; not tested: {@link LeniencyFlag#INSUFFICIENT_EVIDENCE}. {@link
 * #flagRule()} says this in one sentence.
 *
 * <p><b>Diagnostics</b> (never flags), per interviewer against the panel: central tendency, the
 * share of ratings at the levels strictly between the ends of the scale; range restriction, the
 * standard deviation (population form) of their ratings; halo, the mean over their scorecards with
 * at least two ratings of the standard deviation of one scorecard's ratings across competencies.
 * Each is undefined when it rests on nothing: {@link UndefinedReason#NO_RATINGS} without a rating,
 * {@link UndefinedReason#TOO_FEW_RATINGS} with fewer than two ratings (range restriction) or no
 * scorecard with two (halo).
 *
 * <p><b>Panel sizing</b> per competency: the candidates rated by at least two interviewers, the
 * first two ratings in interviewer-id order ({@link
 * dev.rubric.scoring.agreement.RatingMatrix#firstRatings}), ICC(1,1) and ICC(2,1) with 95%
 * intervals ({@link dev.rubric.scoring.agreement.IntraclassCorrelation}); the Spearman-Brown
 * reliability of the mean of {@code k} interviewers {@code R_k = k rho / (1 + (k - 1) rho)} from
 * {@code rho = ICC(1,1)} (Spearman 1910, Brown 1910, doi:10.1111/j.2044-8295.1910.tb00206.x), and
 * the panel size for a target {@code R}: {@code ceil(R (1 - rho) / (rho (1 - R)))}. The step-up
 * assumes a reliability in [0, 1]; ICC(1,1) of a few candidates can be negative (down to -1 with
 * two ratings a candidate), and then {@code 1 + (k - 1) rho} is 0 at {@code k = 1 - 1 / rho} and
 * the formula gives an infinity or values outside [-1, 1]. So {@code R_k} is listed only for {@code
 * rho >= 0} (all 0 at {@code rho = 0}), and no panel size is given unless {@code rho > 0}.
 *
 * <p>The result is a pure function of the plan and the set of scorecards: their order does not
 * change it. Instances are immutable and thread-safe.
 */
public final class InterviewerCalibration {
  /**
   * Problem code: the scorecard is an exact copy of a used one and counts once; the evaluator's
   * {@link EvaluationProblemCodes#DUPLICATE_SCORECARD}.
   */
  public static final String DUPLICATE_SCORECARD = EvaluationProblemCodes.DUPLICATE_SCORECARD;

  private static final InterviewerCalibration STANDARD = builder().build();

  /** The rounding allowed at the minimum offset, in levels. */
  private static final double FLAG_SLACK = 1e-9;

  private final int minComparisons;
  private final double alpha;
  private final Multiplicity multiplicity;
  private final double minOffset;
  private final ImmutableList<Double> targets;

  private InterviewerCalibration(Builder b) {
    this.minComparisons = b.minComparisons;
    this.alpha = b.alpha;
    this.multiplicity = b.multiplicity;
    this.minOffset = b.minOffset;
    this.targets = ImmutableList.copyOf(b.targets);
  }

  /**
   * {@return at least 5 comparisons, Holm-adjusted p below 0.05 and a shrunk offset of at least
   * 0.25 levels to flag; panel sizing for reliabilities 0.7 and 0.8}
   */
  public static InterviewerCalibration standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the {@link #standard()} settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return comparisons needed before an interviewer is tested} */
  public int minComparisons() {
    return minComparisons;
  }

  /** {@return the level below which an adjusted p-value flags} */
  public double alpha() {
    return alpha;
  }

  /** {@return the adjustment for testing many interviewers at once} */
  public Multiplicity multiplicity() {
    return multiplicity;
  }

  /**
   * {@return the |shrunk offset| in levels needed to flag, and the distance in levels beyond which
   * an interviewer counts as that far from the group's typical interviewer (see the class comment;
   * a level is the scale's mean step)}
   */
  public double minOffset() {
    return minOffset;
  }

  /** {@return the target reliabilities of panel sizing} */
  public List<Double> reliabilityTargets() {
    return targets;
  }

  /**
   * {@return the flag rule as a sentence, for example "flagged when the Holm-adjusted p &lt; 0.05
   * and |shrunk offset| &gt;= 0.25 levels, with at least 5 comparisons"}
   */
  public String flagRule() {
    return String.format(
        Locale.ROOT,
        "flagged when the %s p < %s and |shrunk offset| >= %s levels, with at least %d"
            + " comparisons (p from t = offset / standard error, adjusted over the interviewers"
            + " tested)",
        multiplicity.describe(),
        plain(alpha),
        plain(minOffset),
        minComparisons);
  }

  /**
   * Calibrates the interviewers of {@code history}, read against {@code plan}. Scorecards that
   * cannot be used are rejected with their problems, never silently dropped.
   *
   * @param plan the interview plan
   * @param history the scorecards of many candidates, across the plan's competencies
   * @return the calibration report
   * @throws IllegalArgumentException when the plan itself has validation errors, or when the usable
   *     scorecards name more than {@link LeniencyEquations#MAX_INTERVIEWERS} interviewers
   */
  public CalibrationReport calibrate(InterviewPlan plan, Iterable<Scorecard> history) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    ValidationReport planReport = plan.validate();
    Preconditions.checkArgument(
        !planReport.hasErrors(), "plan has validation errors: %s", planReport.errors());
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard card : history) {
      cards.add(Objects.requireNonNull(card, "history element " + cards.size()));
    }
    Selection selection = select(plan, cards);
    List<Scorecard> used = selection.used;
    TreeMap<String, Integer> index = new TreeMap<>();
    used.forEach(c -> index.put(c.interviewerId(), 0));
    String[] ids = index.keySet().toArray(new String[0]);
    Preconditions.checkArgument(
        ids.length <= LeniencyEquations.MAX_INTERVIEWERS,
        "the history names %s interviewers with usable scorecards; one calibration compares at"
            + " most %s (its equations hold a matrix of interviewers by interviewers):"
            + " calibrate each team's or period's history on its own",
        ids.length,
        LeniencyEquations.MAX_INTERVIEWERS);
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    LeniencyModel model = model(used, index, LeniencyEquations.level(plan.scale()));
    LeniencyEstimates estimates = estimate(model);
    double tau = estimates.tauSquared();
    ScaleUse panel = new ScaleUse(plan.scale());
    Map<String, ScaleUse> per = new HashMap<>();
    for (Scorecard card : used) {
      panel.add(card, plan);
      per.computeIfAbsent(card.interviewerId(), id -> new ScaleUse(plan.scale())).add(card, plan);
    }
    ImmutableList.Builder<InterviewerProfile> profiles = ImmutableList.builder();
    for (int i = 0; i < ids.length; i++) {
      Leniency l = estimates.interviewers().get(i);
      ScaleUse use = Objects.requireNonNull(per.get(ids[i]));
      profiles.add(use.profile(ids[i], l, panel));
    }
    return new CalibrationReport(
        plan.fingerprint(),
        cards.size(),
        used.size(),
        selection.rejected,
        profiles.build(),
        model.groups,
        estimates.residualVariance(),
        model.degreesOfFreedom,
        tau,
        flagRule(),
        panelSizing(plan, used),
        FeedbackLatency.of(plan, used));
  }

  /**
   * The leniency of every interviewer from a fit of the normal equations summed elsewhere (for
   * example over the partitions of a distributed engine): tests, multiplicity adjustment, shrinkage
   * and flags as {@link #calibrate} computes them from the same sums, with the standard errors of
   * independent ratings ({@code sqrt(s^2 C^+_ii)} on the residual degrees of freedom). The units
   * alone do not tell which ratings one interviewer gave one candidate, so no halo is taken into
   * account: the figures equal {@link #calibrate}'s when no interviewer rated a compared candidate
   * on more than one competency, or when the halo is estimated at zero; otherwise the errors here
   * are smaller. {@link #estimate(LeniencyFit, double, LeniencyHalo)} takes the halo into account.
   *
   * @param fit the solved equations ({@link LeniencyEquations#solve()})
   * @param residualSumOfSquares the sum of {@link LeniencyFit#residualSquares} over every unit
   * @return the estimates, interviewer {@code i} at position {@code i}
   * @throws IllegalArgumentException if {@code residualSumOfSquares} is negative, infinite or NaN
   */
  public LeniencyEstimates estimate(LeniencyFit fit, double residualSumOfSquares) {
    Objects.requireNonNull(fit, "fit");
    return estimate(fit.model(residualSumOfSquares));
  }

  /**
   * The leniency of every interviewer from a fit and its halo sums filled elsewhere (for example
   * over the partitions of a distributed engine): exactly as {@link #calibrate} computes them from
   * the same ratings, the halo shared by one interviewer's ratings of one candidate included.
   *
   * @param fit the solved equations ({@link LeniencyEquations#solve()})
   * @param residualSumOfSquares the sum of {@link LeniencyFit#residualSquares} over every unit
   * @param halo the halo sums of {@code fit} ({@link LeniencyHalo#of}), every candidate added once
   * @return the estimates, interviewer {@code i} at position {@code i}
   * @throws IllegalArgumentException if {@code residualSumOfSquares} is negative, infinite or NaN,
   *     or {@code halo} belongs to another fit
   */
  public LeniencyEstimates estimate(
      LeniencyFit fit, double residualSumOfSquares, LeniencyHalo halo) {
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(halo, "halo");
    Preconditions.checkArgument(
        halo.fit() == fit || halo.fit().equalSolution(fit), "the halo sums belong to another fit");
    return estimate(
        LeniencyModel.withHalo(fit.model(residualSumOfSquares), halo, residualSumOfSquares));
  }

  private LeniencyEstimates estimate(LeniencyModel model) {
    double tau = tauSquared(leniency(model));
    LeniencyModel typical = minOffset > 0 ? model.robust(minOffset * model.level) : model;
    List<Leniency> shrunk = shrink(leniency(typical), tau, model.level);
    return new LeniencyEstimates(
        shrunk, model.groups, residualVariance(model), model.degreesOfFreedom, tau);
  }

  /** The tested offsets shrunk with {@code tau} and flagged, on a scale of {@code level}. */
  private List<Leniency> shrink(List<Leniency> tested, double tau, double level) {
    List<Leniency> shrunk = new ArrayList<>(tested.size());
    for (Leniency l : tested) {
      shrunk.add(shrink(l, tau, level));
    }
    return shrunk;
  }

  /** The residual variance at the API edge: undefined without residual degrees of freedom. */
  static Coefficient residualVariance(LeniencyModel m) {
    return Coefficient.ofFinite(
        m.residualVariance, UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM, NO_DF);
  }

  private ImmutableList<Leniency> leniency(LeniencyModel m) {
    int k = m.interviewers;
    double[] z = new double[k];
    double[] p = new double[k];
    for (int i = 0; i < k; i++) {
      double se = m.standardError[i];
      double b = m.offset[i];
      z[i] =
          !(se >= 0) || Double.isNaN(b)
              ? Double.NaN
              : se == 0 ? (b == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, b)) : b / se;
      boolean tested =
          m.comparisons[i] >= minComparisons && !Double.isNaN(z[i]) && m.testDegreesOfFreedom > 0;
      p[i] = tested ? StudentT.twoSidedP(z[i], (double) m.testDegreesOfFreedom) : Double.NaN;
    }
    double[] adjusted = multiplicity.adjust(p);
    ImmutableList.Builder<Leniency> out = ImmutableList.builder();
    for (int i = 0; i < k; i++) {
      out.add(
          new Leniency(
              m.comparisons[i],
              m.group[i],
              Coefficient.ofFinite(m.raw[i], UndefinedReason.NO_COMPARISONS, NO_COMPARISONS_TEXT),
              Coefficient.ofFinite(
                  m.offset[i], UndefinedReason.NO_COMPARISONS, NO_COMPARISONS_TEXT),
              standardError(m, i),
              zOf(m, i, z[i]),
              pOf(m, i, z[i], p[i]),
              pOf(m, i, z[i], adjusted[i]),
              0,
              LeniencyFlag.INSUFFICIENT_EVIDENCE));
    }
    return out.build();
  }

  private static final String NO_COMPARISONS_TEXT =
      "This interviewer shared no candidate and competency with another interviewer, so nothing"
          + " compares their ratings with anyone's.";
  private static final String ONE_IMPRESSION =
      "Not tested: the compared scorecards leave no degrees of freedom once the candidates and"
          + " the offsets are fitted (one candidate, for example), so each offset is one"
          + " scorecard's impression and cannot tell a lenient habit from one candidate's halo;"
          + " more candidates met by the same interviewers fix it.";
  private static final String NO_DF =
      "The fit has no residual degrees of freedom: every rating is explained exactly by the"
          + " candidate and interviewer effects, so there is no error variance to measure; more"
          + " shared candidates fix it.";

  /** The standard error at the API edge: undefined without comparisons or residual df. */
  private static Coefficient standardError(LeniencyModel m, int i) {
    if (m.comparisons[i] == 0) {
      return Coefficient.undefined(UndefinedReason.NO_COMPARISONS, NO_COMPARISONS_TEXT);
    }
    return Coefficient.ofFinite(
        m.standardError[i], UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM, NO_DF);
  }

  private static Coefficient zOf(LeniencyModel m, int i, double z) {
    if (Double.isInfinite(z)) {
      return Coefficient.undefined(
          UndefinedReason.NO_VARIANCE,
          "The standard error is zero while the offset is not, so z is unbounded ("
              + (z > 0 ? "+" : "-")
              + "infinity); the p-value is 0.");
    }
    return Double.isNaN(z) ? standardError(m, i) : Coefficient.of(z);
  }

  private Coefficient pOf(LeniencyModel m, int i, double z, double p) {
    if (!Double.isNaN(p)) {
      return Coefficient.of(p);
    }
    if (Double.isNaN(z)) {
      return standardError(m, i);
    }
    if (m.comparisons[i] >= minComparisons && !(m.testDegreesOfFreedom > 0)) {
      return Coefficient.undefined(UndefinedReason.NOT_TESTED, ONE_IMPRESSION);
    }
    return Coefficient.undefined(
        UndefinedReason.NOT_TESTED,
        String.format(
            Locale.ROOT,
            "Not tested: %d comparisons, fewer than the %d the calibration needs before it tests"
                + " an interviewer.",
            m.comparisons[i],
            minComparisons));
  }

  private static double tauSquared(List<Leniency> all) {
    double sum = 0;
    double sumSq = 0;
    double seSq = 0;
    int n = 0;
    for (Leniency l : all) {
      if (l.pValue().isDefined()) {
        double b = l.offset().value();
        double se = l.standardError().value();
        sum += b;
        sumSq += b * b;
        seSq += se * se;
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = sum / n;
    double spread = (sumSq - n * mean * mean) / (n - 1);
    return Math.max(0, spread - seSq / n);
  }

  /**
   * {@code l} shrunk and flagged; {@code level} is one level of the scale in its values, so the
   * minimum offset {@code minOffset} levels is {@code minOffset * level} of them (within 1e-9
   * levels counts as at it, so that rounding cannot decide a flag).
   */
  private Leniency shrink(Leniency l, double tau, double level) {
    if (!l.pValue().isDefined()) {
      return l;
    }
    double b = l.offset().value();
    double se = l.standardError().value();
    // With no error the offset is kept exactly (b * tau / tau may differ in its last bit).
    double shrunk = !(tau > 0) ? 0 : se == 0 ? b : b * tau / (tau + se * se);
    LeniencyFlag flag =
        l.adjustedPValue().value() < alpha && Math.abs(shrunk) >= (minOffset - FLAG_SLACK) * level
            ? (b > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE)
            : LeniencyFlag.WITHIN_RANGE;
    return new Leniency(
        l.comparisons(),
        l.group(),
        l.rawDifference(),
        l.offset(),
        l.standardError(),
        l.z(),
        l.pValue(),
        l.adjustedPValue(),
        shrunk,
        flag);
  }

  /** The used scorecards (in canonical order) and the rejected ones, as the Evaluator decides. */
  private record Selection(List<Scorecard> used, ImmutableList<RejectedScorecard> rejected) {}

  /**
   * The least-squares fit of {@code used}: a unit per candidate and competency, its observations
   * (interviewer index, level) sorted, so that the fit does not depend on the scorecards' order.
   *
   * @param used the scorecards the calibration uses
   * @param index each interviewer's index, 0 to n - 1 in id order
   * @return the fitted model
   */
  static LeniencyModel model(List<Scorecard> used, Map<String, Integer> index) {
    return model(used, index, 1);
  }

  /** As {@link #model(List, Map)}, on a scale whose level is {@code level} of its values. */
  static LeniencyModel model(List<Scorecard> used, Map<String, Integer> index, double level) {
    // candidate -> competency -> observations (interviewer index, level), sorted below
    TreeMap<String, TreeMap<String, List<long[]>>> byCandidate = new TreeMap<>();
    for (Scorecard card : used) {
      int who = Objects.requireNonNull(index.get(card.interviewerId()));
      TreeMap<String, List<long[]>> byCompetency =
          byCandidate.computeIfAbsent(card.candidateId(), c -> new TreeMap<>());
      card.ratings()
          .forEach(
              r ->
                  byCompetency
                      .computeIfAbsent(r.competencyId(), u -> new ArrayList<>())
                      .add(new long[] {who, r.level()}));
    }
    List<LeniencyModel.Unit> units = new ArrayList<>();
    List<Integer> candidateOf = new ArrayList<>();
    int candidate = 0;
    for (TreeMap<String, List<long[]>> byCompetency : byCandidate.values()) {
      candidate++;
      for (List<long[]> obs : byCompetency.values()) {
        obs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] w = new int[obs.size()];
        double[] l = new double[obs.size()];
        for (int o = 0; o < w.length; o++) {
          w[o] = (int) obs.get(o)[0];
          l[o] = obs.get(o)[1];
        }
        units.add(new LeniencyModel.Unit(w, l));
        candidateOf.add(candidate);
      }
    }
    return LeniencyModel.fit(
        index.size(), level, units, candidateOf.stream().mapToInt(Integer::intValue).toArray());
  }

  private static Selection select(InterviewPlan plan, List<Scorecard> cards) {
    TreeMap<String, List<Integer>> byCandidate = new TreeMap<>();
    for (int i = 0; i < cards.size(); i++) {
      byCandidate.computeIfAbsent(cards.get(i).candidateId(), c -> new ArrayList<>()).add(i);
    }
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    List<Scorecard> used = new ArrayList<>();
    List<RejectedScorecard> rejected = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byCandidate.entrySet()) {
      Map<Scorecard, ArrayDeque<Integer>> positions = new HashMap<>();
      List<Scorecard> packet = new ArrayList<>();
      for (int i : e.getValue()) {
        packet.add(cards.get(i));
        positions.computeIfAbsent(cards.get(i), c -> new ArrayDeque<>()).add(i);
      }
      List<ScorecardAccount> accounts = evaluator.evaluate(e.getKey(), packet).scorecards();
      for (ScorecardAccount a : accounts) {
        int at =
            Objects.requireNonNull(Objects.requireNonNull(positions.get(a.scorecard())).poll());
        if (a.used() || a.calibrationOnly()) { // shadow seats count in calibration
          used.add(a.scorecard());
          continue;
        }
        // An exact copy of a used scorecard is the evaluator's DUPLICATE_SCORECARD: counted once.
        Scorecard c = a.scorecard();
        rejected.add(
            new RejectedScorecard(
                at, c.candidateId(), c.interviewerId(), ImmutableList.copyOf(a.problems())));
      }
    }
    rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return new Selection(used, ImmutableList.copyOf(rejected));
  }

  private ImmutableList<CompetencyReliability> panelSizing(
      InterviewPlan plan, List<Scorecard> used) {
    ImmutableList.Builder<CompetencyReliability> out = ImmutableList.builder();
    for (Competency k : plan.competencies()) {
      out.add(PanelSizing.of(k.id(), used, targets));
    }
    return out.build();
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Settings of an {@link InterviewerCalibration}; not thread-safe, the result is. */
  public static final class Builder {
    private int minComparisons = 5;
    private double alpha = 0.05;
    private Multiplicity multiplicity = Multiplicity.HOLM;
    private double minOffset = 0.25;
    private List<Double> targets = List.of(0.7, 0.8);

    private Builder() {}

    /**
     * {@return comparisons needed before an interviewer is tested (>= 2; default 5)}
     *
     * @param minComparisons comparisons needed before an interviewer is tested
     */
    public Builder minComparisons(int minComparisons) {
      Preconditions.checkArgument(
          minComparisons >= 2, "minComparisons (%s) must be >= 2", minComparisons);
      this.minComparisons = minComparisons;
      return this;
    }

    /**
     * {@return the level of the test, in (0, 1) (default 0.05)}
     *
     * @param alpha the level below which an adjusted p-value flags
     */
    public Builder alpha(double alpha) {
      Preconditions.checkArgument(alpha > 0 && alpha < 1, "alpha (%s) must be in (0, 1)", alpha);
      this.alpha = alpha;
      return this;
    }

    /**
     * {@return the multiplicity adjustment (default {@link Multiplicity#HOLM})}
     *
     * @param multiplicity the adjustment for testing many interviewers at once
     */
    public Builder multiplicity(Multiplicity multiplicity) {
      this.multiplicity = Objects.requireNonNull(multiplicity, "multiplicity");
      return this;
    }

    /**
     * {@return the |shrunk offset| in levels needed to flag (>= 0, finite; default 0.25), also the
     * threshold of the typical interviewer each offset is measured from (0: the group's mean)}
     *
     * @param minOffset the |shrunk offset| in levels needed to flag
     */
    public Builder minOffset(double minOffset) {
      Preconditions.checkArgument(
          minOffset >= 0 && Double.isFinite(minOffset), "minOffset (%s) must be >= 0", minOffset);
      this.minOffset = minOffset;
      return this;
    }

    /**
     * {@return target reliabilities of panel sizing, each in (0, 1) (default 0.7 and 0.8)}
     *
     * @param targets complete targets (units) used
     */
    public Builder reliabilityTargets(double... targets) {
      Objects.requireNonNull(targets, "targets");
      for (double t : targets) {
        Preconditions.checkArgument(t > 0 && t < 1, "reliability target (%s) must be in (0, 1)", t);
      }
      this.targets = Arrays.stream(targets).sorted().boxed().toList();
      return this;
    }

    /** {@return the calibration} */
    public InterviewerCalibration build() {
      return new InterviewerCalibration(this);
    }
  }
}
