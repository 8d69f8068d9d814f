package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.internal.util.Elements;
import dev.rubric.core.internal.util.Quoting;
import dev.rubric.core.internal.util.Scripts;
import dev.rubric.core.internal.util.Spellings;
import dev.rubric.scoring.EvaluationProblemCodes;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Interviewer calibration over a history of scorecards. Accounts for every scorecard given: {@code
 * scorecardsGiven == scorecardsUsed + rejected.size()}.
 *
 * @param planFingerprint the fingerprint of the plan the history was read against
 * @param scorecardsGiven how many scorecards the history held
 * @param scorecardsUsed how many were used
 * @param rejected the scorecards that could not be used, with their reasons
 * @param interviewers one profile per interviewer, ordered by interviewer id
 * @param comparableGroups how many groups of interviewers are linked by shared candidates; offsets
 *     compare only within one group
 * @param residualVariance the residual variance {@code s^2} of the fitted model; undefined ({@link
 *     UndefinedReason#NO_RESIDUAL_DEGREES_OF_FREEDOM}) without residual degrees of freedom
 * @param degreesOfFreedom the residual degrees of freedom of the fit
 * @param betweenInterviewerVariance the estimated variance of true offsets across interviewers (tau
 *     squared), which sets how strongly each offset is shrunk; zero when the spread of offsets is
 *     no more than their noise
 * @param flagRule the rule that flags an interviewer, as a sentence
 * @param panelSizing per competency of the plan (in plan order), the reliability of one rating and
 *     the panel size needed for each target reliability
 * @param feedbackLatency per interviewer (ordered by id), how quickly they submit feedback after
 *     the interview: median, 90th percentile and share overdue
 */
public record CalibrationReport(
    String planFingerprint,
    int scorecardsGiven,
    int scorecardsUsed,
    List<RejectedScorecard> rejected,
    List<InterviewerProfile> interviewers,
    int comparableGroups,
    Coefficient residualVariance,
    long degreesOfFreedom,
    double betweenInterviewerVariance,
    String flagRule,
    List<CompetencyReliability> panelSizing,
    List<FeedbackLatency> feedbackLatency) {

  /**
   * Checks that no component is null.
   *
   * @param feedbackLatency per interviewer (ordered by id), how quickly they submit feedback after
   *     the interview: median, 90th percentile and share overdue
   * @param planFingerprint the fingerprint of the plan the history was read against
   * @param scorecardsGiven how many scorecards the history held
   * @param scorecardsUsed how many were used
   * @param rejected the scorecards that could not be used, with their reasons
   * @param interviewers one profile per interviewer, ordered by interviewer id
   * @param comparableGroups how many groups of interviewers are linked by shared candidates;
   *     offsets compare only within one group
   * @param residualVariance the residual variance {@code s^2} of the fitted model; undefined
   *     ({@link UndefinedReason#NO_RESIDUAL_DEGREES_OF_FREEDOM}) without residual degrees of
   *     freedom
   * @param degreesOfFreedom the residual degrees of freedom of the fit
   * @param betweenInterviewerVariance the estimated variance of true offsets across interviewers
   *     (tau squared), which sets how strongly each offset is shrunk; zero when the spread of
   *     offsets is no more than their noise
   * @param flagRule the rule that flags an interviewer, as a sentence
   * @param panelSizing per competency of the plan (in plan order), the reliability of one rating
   *     and the panel size needed for each target reliability
   */
  public CalibrationReport {
    Objects.requireNonNull(planFingerprint, "planFingerprint");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(interviewers, "interviewers");
    Objects.requireNonNull(flagRule, "flagRule");
    Objects.requireNonNull(residualVariance, "residualVariance");
    Objects.requireNonNull(panelSizing, "panelSizing");
    rejected = Elements.copyOf(rejected, "rejected");
    interviewers = Elements.copyOf(interviewers, "interviewers");
    panelSizing = Elements.copyOf(panelSizing, "panelSizing");
    feedbackLatency = Elements.copyOf(feedbackLatency, "feedbackLatency");
  }

  /**
   * {@return the profile of {@code interviewerId}, if they appear in the history}
   *
   * @param interviewerId the interviewer's id
   */
  public Optional<InterviewerProfile> interviewer(String interviewerId) {
    Objects.requireNonNull(interviewerId, "interviewerId");
    return interviewers.stream().filter(p -> p.interviewerId().equals(interviewerId)).findFirst();
  }

  /**
   * {@return advice on the interviewer ids of this report, each at {@code /interviewerId}: first a
   * {@code MIXED_SCRIPT_ID} advice for each id that mixes letters of scripts not written together,
   * by the rule of the scorecard advice of that code, in id order; then a {@link
   * EvaluationProblemCodes#CASE_VARIANT_ID} advice for each set of ids that differ only in letter
   * case, naming them all} Such ids ({@code іv-01} with a Cyrillic {@code і}, or {@code IV-01}
   * beside {@code iv-01}) count as different people: when they are one, that person's scorecards
   * are split between profiles, each with fewer comparisons, and a leniency the whole would show
   * may go unflagged. Advice only: the report is computed either way.
   */
  public List<Problem> idAdvice() {
    List<Problem> advice = new ArrayList<>();
    Map<String, List<String>> byCase = new TreeMap<>();
    for (InterviewerProfile p : interviewers) {
      String id = p.interviewerId();
      Scripts.mixedScriptSentence("interviewer id", id)
          .ifPresent(
              s -> advice.add(Problem.advice(ProblemCodes.MIXED_SCRIPT_ID, "/interviewerId", s)));
      byCase.computeIfAbsent(Spellings.caseless(id), k -> new ArrayList<>()).add(id);
    }
    for (List<String> ids : byCase.values()) {
      if (ids.size() > 1) {
        advice.add(
            Problem.advice(
                EvaluationProblemCodes.CASE_VARIANT_ID, "/interviewerId", caseVariants(ids)));
      }
    }
    return List.copyOf(advice);
  }

  private static String caseVariants(List<String> ids) {
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      named
          .append(i == 0 ? "" : i == ids.size() - 1 ? " and " : ", ")
          .append(Quoting.quoted(ids.get(i)));
    }
    return String.format(
        Locale.ROOT,
        "The interviewer ids %s differ only in letter case: ids are compared exactly, so they count"
            + " as %d interviewers, each with part of the evidence. If they are one person, give"
            + " their scorecards one spelling.",
        named,
        ids.size());
  }

  /**
   * {@return the correction per interviewer: each interviewer's shrunk offset, to be subtracted
   * from their ratings before aggregation} Interviewers without evidence map to zero.
   */
  public Map<String, Double> offsets() {
    ImmutableMap.Builder<String, Double> offsets = ImmutableMap.builder();
    interviewers.forEach(p -> offsets.put(p.interviewerId(), p.leniency().shrunkOffset()));
    return offsets.buildOrThrow();
  }

  /** {@return the interviewers flagged lenient or severe, in id order} */
  public List<InterviewerProfile> flagged() {
    return interviewers.stream()
        .filter(
            p ->
                p.leniency().flag() == LeniencyFlag.LENIENT
                    || p.leniency().flag() == LeniencyFlag.SEVERE)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return how many scorecards were rejected for each cause (the code of their first problem)}
   */
  public SortedMap<String, Integer> rejectionCauses() {
    TreeMap<String, Integer> causes = new TreeMap<>();
    rejected.forEach(r -> causes.merge(r.cause(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(causes);
  }
}
