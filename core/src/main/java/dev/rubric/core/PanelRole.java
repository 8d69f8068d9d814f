package dev.rubric.core;

import java.util.List;
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

  /** Stable lowercase slug, for example {@code deployment-depth}. */
  public abstract String id();

  /** The seat's title, for example "Deployment depth". */
  public abstract String title();

  /** The ids of the competencies this seat assesses. */
  public abstract List<String> competencies();

  /** The scenario prompts for the interviewer in this seat. */
  public abstract List<String> scenarioPrompts();

  /** Whether this seat assesses {@code competencyId}. */
  public boolean assesses(String competencyId) {
    return competencies().contains(competencyId);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PanelRole}. */
  public static final class Builder extends ImmutablePanelRole.Builder {
    Builder() {}
  }
}
