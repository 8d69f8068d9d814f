package dev.rubric.core;

import org.immutables.value.Value;

/**
 * One difference between two versions of a plan, found by {@link PlanDiff#between}.
 *
 * <p>The path names list elements by their id rather than their position, so that it reads the same
 * in both versions: {@code /competencies/model-serving/anchors/3}, {@code
 * /panelRoles/deployment-depth/competencies}, {@code /profile/requirements/drift-detection/weight},
 * {@code /scale/levels/4/label} (levels by value).
 */
@Value.Immutable
@ValueStyle
public abstract class PlanChange {
  PlanChange() {}

  /** What kind of change. */
  public enum Kind {
    /** Present in the new plan only: a competency {@code containerization} was added. */
    ADDED,
    /** Present in the old plan only: the seat {@code shadow-deployment} was removed. */
    REMOVED,
    /** Present in both with another value: the anchor for level 3 was reworded. */
    CHANGED
  }

  /**
   * Where the change is, with list elements named by id.
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * The kind of change.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Whether the change can change a score or a decision, so that it changes the plan's {@link
   * InterviewPlan#scoringFingerprint()}.
   *
   * @return whether scoring changes
   */
  @Value.Parameter
  public abstract boolean changesScoring();

  /**
   * The change as a person reads it: the old and new values, abbreviated.
   *
   * @return a sentence
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns a change.
   *
   * @param path where it is
   * @param kind what kind
   * @param changesScoring whether it changes scoring
   * @param description the sentence
   * @return the change
   * @throws NullPointerException if an argument is null
   */
  public static PlanChange of(String path, Kind kind, boolean changesScoring, String description) {
    return ImmutablePlanChange.of(path, kind, changesScoring, description);
  }
}
