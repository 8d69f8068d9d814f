package dev.rubric.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of interviewer who sits in a {@link PanelRole}. The guide asks for panels of "technical
 * leaders capable of probing production tradeoffs, as well as cross-functional stakeholders who
 * evaluate communication and collaboration"; a plan is advised when its panel lacks either kind.
 * The JSON form is the lowercase name ({@code technical}, {@code cross_functional}).
 */
public enum SeatKind {
  /**
   * A technical leader probing production tradeoffs: for example the "Deployment depth" seat, held
   * by a staff ML engineer who asks how drift was detected and corrected.
   */
  TECHNICAL,
  /**
   * A cross-functional stakeholder judging communication and collaboration: for example a product
   * manager asking how a latency-versus-quality tradeoff was explained to them.
   */
  CROSS_FUNCTIONAL;

  /**
   * The JSON form, for example {@code cross_functional}.
   *
   * @return the lowercase name
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind whose JSON form is {@code name}, if any.
   *
   * @param name a JSON form such as {@code technical}
   * @return the kind, or empty when {@code name} names none
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<SeatKind> fromJsonName(String name) {
    Objects.requireNonNull(name, "name");
    for (SeatKind k : values()) {
      if (k.jsonName().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
