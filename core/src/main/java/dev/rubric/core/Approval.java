package dev.rubric.core;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One stakeholder's sign-off on a plan: who approved it, in which stakeholder role, and when. The
 * guide asks employers to "align stakeholders early" and to establish scoring criteria before
 * interviews begin; an interview held before the plan was approved is flagged by the evaluation.
 */
@Value.Immutable
@ValueStyle
public abstract class Approval {
  Approval() {}

  /**
   * Who approved the plan, for example {@code maria.lopez}.
   *
   * @return the approver's name or id in the caller's system
   */
  @Value.Parameter
  public abstract String approver();

  /**
   * The stakeholder role in which they approved, for example "Hiring manager" or "Head of ML
   * platform".
   *
   * @return the stakeholder role
   */
  @Value.Parameter
  public abstract String role();

  /**
   * When they approved the plan.
   *
   * @return the approval time
   */
  @Value.Parameter
  public abstract Instant approvedAt();

  /**
   * Returns an approval.
   *
   * @param approver who approved
   * @param role the stakeholder role they approved in
   * @param approvedAt when
   * @return the approval
   * @throws NullPointerException if any argument is null
   */
  public static Approval of(String approver, String role, Instant approvedAt) {
    return ImmutableApproval.of(approver, role, approvedAt);
  }
}
