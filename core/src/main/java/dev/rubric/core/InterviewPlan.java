package dev.rubric.core;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything fixed before the first interview: the role profile, the rating scale, the competency
 * catalogue, the panel roles (seats) and the evaluation stages.
 *
 * <p>A plan has a content {@link #fingerprint()}; every scorecard names the fingerprint of the plan
 * it was written against, so that the scoring criteria cannot drift under a running search.
 *
 * <p>A plan may be built in an invalid state; {@link #validate()} reports every problem at once.
 */
@Value.Immutable
@ValueStyle
public abstract class InterviewPlan {
  InterviewPlan() {}

  /** {@return stable lowercase slug naming the plan, for example {@code ml-engineer-2026}} */
  public abstract String id();

  /** {@return what the role is and needs} */
  public abstract RoleProfile profile();

  /** {@return the rating scale every scorecard uses} */
  public abstract RatingScale scale();

  /** {@return the competencies the panel assesses} */
  public abstract List<Competency> competencies();

  /** {@return the seats on the panel} */
  public abstract List<PanelRole> panelRoles();

  /** {@return the evaluation stages, defined in advance} */
  public abstract List<EvaluationStage> stages();

  /**
   * {@return how many seats are meant to assess each competency; more is reported as redundant
   * questioning} Defaults to one.
   */
  @Value.Default
  public int seatsPerCompetency() {
    return 1;
  }

  /**
   * How soon after a candidate's first interview the hiring decision is due, for example {@code
   * P5D}; empty when the plan sets no deadline. Must be positive.
   *
   * @return the decision deadline, counted from the first interview
   */
  public abstract Optional<Duration> decisionDueWithin();

  /**
   * Who approved this plan, in which stakeholder role and when; empty in plans that record no
   * sign-off (validation then advises {@code NO_APPROVAL}).
   *
   * @return the approvals, in plan order
   */
  public abstract List<Approval> approvals();

  /**
   * When the plan counts as approved: the latest of its approvals, once every listed stakeholder
   * has signed off; empty when there is no approval.
   *
   * @return the approval time, if any
   */
  public Optional<Instant> approvedAt() {
    return approvals().stream().map(Approval::approvedAt).max(Instant::compareTo);
  }

  /**
   * The stage in which the seat {@code panelRoleId} interviews, if any: the first stage listing it.
   *
   * @param panelRoleId a panel role id
   * @return the stage, or empty when no stage lists the seat
   */
  public Optional<EvaluationStage> stageOf(String panelRoleId) {
    Objects.requireNonNull(panelRoleId, "panelRoleId");
    for (EvaluationStage s : stages()) {
      if (s.panelRoles().contains(panelRoleId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the content fingerprint: {@code sha256:} followed by the lowercase hex SHA-256 of the
   * plan's canonical JSON (fixed key order, no insignificant whitespace, UTF-8)} The same content
   * always gives the same fingerprint; any change to the content changes it.
   */
  @Value.Lazy
  public String fingerprint() {
    return PlanCanonicalForm.fingerprint(this);
  }

  /**
   * The plan's canonical JSON, the bytes its {@link #fingerprint()} hashes: the plan document
   * (schema version 1) with a fixed key order, no insignificant whitespace, absent optional fields
   * left out, UTF-8.
   *
   * @return a fresh copy of the bytes
   */
  public byte[] canonicalJson() {
    return PlanCanonicalForm.bytes(this);
  }

  /**
   * The scoring fingerprint: {@code sha256:} and the lowercase hex SHA-256 of the canonical form of
   * only what changes a score or a decision (the scale's levels and hire line, competency ids and
   * areas, requirements, bars, weights, the breadth/depth expectation, each seat's competencies and
   * whether it is a shadow seat). Fixing an anchor's wording, a title, a prompt, the environment,
   * stages, deadlines or approvals changes {@link #fingerprint()} but not this one.
   *
   * @return the scoring fingerprint
   */
  @Value.Lazy
  public String scoringFingerprint() {
    return ScoringContent.fingerprint(this);
  }

  /**
   * Whether a scorecard naming {@code planFingerprint} was written against this plan's scoring
   * criteria: it names this plan's {@link #scoringFingerprint()} (what scorecards should carry) or
   * its whole-plan {@link #fingerprint()} (what scorecards written before scoring fingerprints
   * carry, honoured as long as the plan is unchanged).
   *
   * @param planFingerprint the fingerprint a scorecard names
   * @return whether it matches
   * @throws NullPointerException if {@code planFingerprint} is null
   */
  public boolean matchesFingerprint(String planFingerprint) {
    java.util.Objects.requireNonNull(planFingerprint, "planFingerprint");
    return planFingerprint.equals(scoringFingerprint()) || planFingerprint.equals(fingerprint());
  }

  /**
   * {@return the competency with {@code id}, if any}
   *
   * @param id the id to look up
   */
  public Optional<Competency> competency(String id) {
    Objects.requireNonNull(id, "id");
    for (Competency c : competencies()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the panel role with {@code id}, if any}
   *
   * @param id the id to look up
   */
  public Optional<PanelRole> panelRole(String id) {
    Objects.requireNonNull(id, "id");
    for (PanelRole p : panelRoles()) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the seats that assess {@code competencyId}, in plan order}
   *
   * @param competencyId the id of the competency, as in the plan
   */
  public List<PanelRole> seatsAssessing(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    ImmutableList.Builder<PanelRole> seats = ImmutableList.builder();
    for (PanelRole p : panelRoles()) {
      if (p.assesses(competencyId)) {
        seats.add(p);
      }
    }
    return seats.build();
  }

  /**
   * Validates the plan and returns every problem found, each located by a JSON path.
   *
   * @return every problem found; empty when the plan is valid
   */
  public ValidationReport validate() {
    return PlanValidator.validate(this);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InterviewPlan}. */
  public static final class Builder extends ImmutableInterviewPlan.Builder {
    Builder() {}
  }
}
