package dev.rubric.scoring;

import org.immutables.value.Value;

/** Who rated what: one interviewer's level for one competency, from one seat. */
@Value.Immutable
@ValueStyle
public abstract class RaterLevel {
  RaterLevel() {}

  /** The interviewer's id. */
  @Value.Parameter
  public abstract String interviewerId();

  /** The seat (panel role id) the interviewer sat in. */
  @Value.Parameter
  public abstract String panelRoleId();

  /** The level given. */
  @Value.Parameter
  public abstract int level();

  /** Returns the rating {@code level} by {@code interviewerId} from seat {@code panelRoleId}. */
  public static RaterLevel of(String interviewerId, String panelRoleId, int level) {
    return ImmutableRaterLevel.of(interviewerId, panelRoleId, level);
  }
}
