package dev.rubric.scoring;

import org.immutables.value.Value;

/** Who rated what: one interviewer's level for one competency, from one seat. */
@Value.Immutable
@ValueStyle
public abstract class RaterLevel {
  RaterLevel() {}

  /** {@return the interviewer's id} */
  @Value.Parameter
  public abstract String interviewerId();

  /** {@return the seat (panel role id) the interviewer sat in} */
  @Value.Parameter
  public abstract String panelRoleId();

  /** {@return the level given} */
  @Value.Parameter
  public abstract int level();

  /**
   * {@return the rating {@code level} by {@code interviewerId} from seat {@code panelRoleId}}
   *
   * @param interviewerId who rated what: one interviewer's level for one competency, from one seat
   * @param panelRoleId the seat (panel role id) the interviewer sat in
   * @param level the level given
   */
  public static RaterLevel of(String interviewerId, String panelRoleId, int level) {
    return ImmutableRaterLevel.of(interviewerId, panelRoleId, level);
  }
}
