package dev.rubric.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An interviewer's overall recommendation, on the four levels that ATSs share. Its JSON form is the
 * lowercase name ({@code strong_yes}); "no decision" is not a recommendation but its absence.
 */
public enum Recommendation {
  /** Strong no hire: for example, the candidate could not describe any production deployment. */
  STRONG_NO(1, "Strong no"),
  /** No hire: for example, the candidate shipped a model once but never monitored it. */
  NO(2, "No"),
  /** Hire: for example, the candidate ran a model in production with alerts and a rollback. */
  YES(3, "Yes"),
  /**
   * Strong hire: for example, the candidate built the retraining and rollback pipeline others use.
   */
  STRONG_YES(4, "Strong yes");

  private final int level;
  private final String label;

  Recommendation(int level, String label) {
    this.level = level;
    this.label = label;
  }

  /** {@return the level on the four-point scale, 1 (strong no) to 4 (strong yes)} */
  public int level() {
    return level;
  }

  /** {@return the label, for example "Strong yes"} */
  public String label() {
    return label;
  }

  /** {@return whether this recommendation is to hire} */
  public boolean isPositive() {
    return level >= 3;
  }

  /** {@return the JSON form, for example {@code strong_yes}} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the recommendation whose JSON form is {@code name}, if any}
   *
   * @param name the recommendation's name as written in JSON
   */
  public static Optional<Recommendation> fromJsonName(String name) {
    Objects.requireNonNull(name, "name");
    for (Recommendation r : values()) {
      if (r.jsonName().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
