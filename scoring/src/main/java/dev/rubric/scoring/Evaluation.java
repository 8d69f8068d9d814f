package dev.rubric.scoring;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Scorecard;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one candidate: every scorecard given with what became of it, the findings
 * (readiness, competency scores, overall score, breadth-versus-depth profile, consensus) and the
 * decision. A pure function of the plan and the scorecards: the same scorecards in any order give
 * an equal evaluation. Writes to and reads from JSON with {@link
 * dev.rubric.scoring.json.EvaluationJson}.
 */
@Value.Immutable
@ValueStyle
public abstract class Evaluation {
  Evaluation() {}

  /** {@return the plan's id} */
  @Value.Parameter
  public abstract String planId();

  /** {@return the plan's fingerprint} */
  @Value.Parameter
  public abstract String planFingerprint();

  /** {@return the candidate evaluated; empty when no scorecard could be used to name one} */
  @Value.Parameter
  public abstract Optional<String> candidateId();

  /**
   * {@return every scorecard given, in canonical order (candidate, seat, interviewer, submission
   * time)}
   */
  @Value.Parameter
  public abstract List<ScorecardAccount> scorecards();

  /** {@return what was found} */
  @Value.Parameter
  public abstract Findings findings();

  /** {@return the decision} */
  @Value.Parameter
  public abstract Decision decision();

  /** {@return the scorecards used} */
  public List<Scorecard> used() {
    return scorecards().stream()
        .filter(ScorecardAccount::used)
        .map(ScorecardAccount::scorecard)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the scorecards rejected, with their problems (calibration-only scorecards are not)}
   */
  public List<ScorecardAccount> rejected() {
    return scorecards().stream()
        .filter(a -> !a.used() && !a.calibrationOnly())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The scorecards used for calibration only (from shadow seats), never in the decision.
   *
   * @return their accounts, in canonical order
   */
  public List<ScorecardAccount> calibrationOnly() {
    return scorecards().stream()
        .filter(ScorecardAccount::calibrationOnly)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return an evaluation}
   *
   * @param planId the evaluation of one candidate: every scorecard given with what became of it,
   *     the findings (readiness, competency scores, overall score, breadth-versus-depth profile,
   *     consensus) and the decision
   * @param planFingerprint the plan's fingerprint
   * @param candidateId the candidate evaluated; empty when no scorecard could be used to name one
   * @param scorecards every scorecard given, in canonical order (candidate, seat, interviewer,
   *     submission time)
   * @param findings what was found
   * @param decision the decision
   */
  public static Evaluation of(
      String planId,
      String planFingerprint,
      Optional<String> candidateId,
      Iterable<? extends ScorecardAccount> scorecards,
      Findings findings,
      Decision decision) {
    return ImmutableEvaluation.of(
        planId, planFingerprint, candidateId, scorecards, findings, decision);
  }
}
