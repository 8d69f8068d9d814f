package dev.rubric.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interviewer seat on the panel, for example "Deployment depth": the competencies it assesses
 * and the scenario prompts its interviewer works from (production case studies such as "How was
 * model drift detected and corrected?").
 */
@Value.Immutable
@ValueStyle
public abstract class PanelRole {
  PanelRole() {}

  /** {@return stable lowercase slug, for example {@code deployment-depth}} */
  public abstract String id();

  /** {@return the seat's title, for example "Deployment depth"} */
  public abstract String title();

  /** {@return the ids of the competencies this seat assesses} */
  public abstract List<String> competencies();

  /** {@return the scenario prompts for the interviewer in this seat} */
  public abstract List<String> scenarioPrompts();

  /**
   * The kind of interviewer who sits in this seat; empty in plans written before seat kinds existed
   * (validation then advises {@code SEAT_KIND_MISSING}).
   *
   * @return the seat's kind, if the plan gives it
   */
  public abstract Optional<SeatKind> kind();

  /**
   * Whether this is a shadow seat: an interviewer in training sits in and writes a scorecard that
   * counts in calibration and training, never in the decision. Defaults to {@code false}.
   *
   * @return whether the seat is a shadow seat
   */
  @Value.Default
  public boolean shadow() {
    return false;
  }

  /**
   * {@return whether this seat assesses {@code competencyId}}
   *
   * @param competencyId the id of the competency, as in the plan
   */
  public boolean assesses(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    return competencies().contains(competencyId);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PanelRole}. */
  public static final class Builder extends ImmutablePanelRole.Builder {
    Builder() {}
  }
}
