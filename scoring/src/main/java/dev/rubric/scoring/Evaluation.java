package dev.rubric.scoring;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.util.Elements;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one candidate: every scorecard given with what became of it, the findings
 * (readiness, competency scores, overall score, breadth-versus-depth profile, consensus) and the
 * decision. A pure function of the plan and the scorecards: the same scorecards in any order give
 * an equal evaluation. Writes to and reads from JSON with {@link
 * dev.rubric.scoring.json.EvaluationJson}.
 *
 * <p>Immutable and thread-safe. The findings and the decision are computed when the evaluation is
 * made; the scorecards' accounts of an evaluation the {@link Evaluator} made are listed on the
 * first call of {@link #scorecards()} (with the written-evidence advice of {@link EvidenceRules},
 * which the decision never depends on), so a caller that reads the decision only does not pay for
 * them. Two evaluations are equal when their plan, candidate, accounts, findings and decision are.
 */
public final class Evaluation {
  private final String planId;
  private final String planFingerprint;
  private final @Nullable String candidateId;
  private final Findings findings;
  private final Decision decision;

  /** The accounts, listed once, on the first call. */
  private final Supplier<List<ScorecardAccount>> scorecards;

  private Evaluation(
      String planId,
      String planFingerprint,
      Optional<String> candidateId,
      Supplier<List<ScorecardAccount>> scorecards,
      Findings findings,
      Decision decision) {
    this.planId = Objects.requireNonNull(planId, "planId");
    this.planFingerprint = Objects.requireNonNull(planFingerprint, "planFingerprint");
    this.candidateId = Objects.requireNonNull(candidateId, "candidateId").orElse(null);
    this.scorecards = scorecards;
    this.findings = Objects.requireNonNull(findings, "findings");
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  /** {@return the plan's id} */
  public String planId() {
    return planId;
  }

  /** {@return the plan's fingerprint} */
  public String planFingerprint() {
    return planFingerprint;
  }

  /** {@return the candidate evaluated; empty when no scorecard could be used to name one} */
  public Optional<String> candidateId() {
    return Optional.ofNullable(candidateId);
  }

  /**
   * {@return every scorecard given, in canonical order (candidate, seat, interviewer, submission
   * time)}
   */
  public List<ScorecardAccount> scorecards() {
    return scorecards.get();
  }

  /** {@return what was found} */
  public Findings findings() {
    return findings;
  }

  /** {@return the decision} */
  public Decision decision() {
    return decision;
  }

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
   * @param planId the plan's id
   * @param planFingerprint the plan's fingerprint
   * @param candidateId the candidate evaluated; empty when no scorecard could be used to name one
   * @param scorecards every scorecard given, in canonical order (candidate, seat, interviewer,
   *     submission time)
   * @param findings what was found
   * @param decision the decision
   * @throws NullPointerException if an argument or an account is null
   */
  public static Evaluation of(
      String planId,
      String planFingerprint,
      Optional<String> candidateId,
      Iterable<? extends ScorecardAccount> scorecards,
      Findings findings,
      Decision decision) {
    return new Evaluation(
        planId,
        planFingerprint,
        candidateId,
        Suppliers.ofInstance(Elements.copyOf(scorecards, "scorecards")),
        findings,
        decision);
  }

  /**
   * An evaluation whose accounts {@code list} gives on the first call of {@link #scorecards()}.
   *
   * @param list returns the accounts, called once: an immutable list, never null
   */
  static Evaluation listing(
      String planId,
      String planFingerprint,
      Optional<String> candidateId,
      com.google.common.base.Supplier<List<ScorecardAccount>> list,
      Findings findings,
      Decision decision) {
    Objects.requireNonNull(list, "list");
    return new Evaluation(
        planId, planFingerprint, candidateId, Suppliers.memoize(list), findings, decision);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Evaluation e
        && planId.equals(e.planId)
        && planFingerprint.equals(e.planFingerprint)
        && Objects.equals(candidateId, e.candidateId)
        && findings.equals(e.findings)
        && decision.equals(e.decision)
        && scorecards().equals(e.scorecards());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + planId.hashCode();
    h += (h << 5) + planFingerprint.hashCode();
    h += (h << 5) + Objects.hashCode(candidateId);
    h += (h << 5) + scorecards().hashCode();
    h += (h << 5) + findings.hashCode();
    h += (h << 5) + decision.hashCode();
    return h;
  }

  /**
   * {@return the evaluation for a log line: plan, candidate, how many scorecards were used,
   * rejected (with the ids of their interviewers and seats, and their problem codes) and kept for
   * calibration only, the findings and the decision} The scorecards themselves are not shown: their
   * evidence is the interviewers' free text, up to 65,536 characters a rating, and no log needs it
   * ({@link #scorecards()} and {@link dev.rubric.scoring.json.EvaluationJson} give it in full).
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Evaluation{");
    b.append("planId=").append(planId).append(", planFingerprint=").append(planFingerprint);
    if (candidateId != null) {
      b.append(", candidateId=").append(candidateId);
    }
    List<ScorecardAccount> rejected = rejected();
    b.append(", scorecards=")
        .append(scorecards().size())
        .append(" (")
        .append(used().size())
        .append(" used, ")
        .append(rejected.size())
        .append(" rejected, ")
        .append(calibrationOnly().size())
        .append(" calibration only)");
    if (!rejected.isEmpty()) {
      b.append(", rejected=[");
      for (int i = 0; i < rejected.size(); i++) {
        ScorecardAccount r = rejected.get(i);
        b.append(i == 0 ? "" : ", ")
            .append(r.scorecard().interviewerId())
            .append('/')
            .append(r.scorecard().panelRoleId())
            .append(' ');
        List<String> codes = new ArrayList<>();
        r.problems().forEach(p -> codes.add(p.code()));
        b.append(codes);
      }
      b.append(']');
    }
    return b.append(", findings=")
        .append(findings)
        .append(", decision=")
        .append(decision)
        .append('}')
        .toString();
  }
}
