package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value of a statistic: either {@link Defined} with a finite number, or {@link Undefined} with
 * a reason code and a sentence. A coefficient is never {@code NaN} without a reason.
 *
 * <p>Both forms are immutable records with value equality.
 */
public sealed interface Coefficient permits Coefficient.Defined, Coefficient.Undefined {

  /**
   * {@return a defined coefficient; the whole values 0 to 10 are shared instances}
   *
   * @param value the value
   * @throws IllegalArgumentException if it is not finite
   */
  static Coefficient of(double value) {
    return WholeCoefficients.of(value);
  }

  /**
   * {@return an undefined coefficient}
   *
   * @param reason why g is undefined, when it is
   * @param explanation why the data do not define the statistic, in one sentence
   */
  static Coefficient undefined(UndefinedReason reason, String explanation) {
    return new Undefined(reason, explanation);
  }

  /**
   * {@return {@code value} as a defined coefficient when it is finite, else an undefined one} The
   * bridge from a primitive computation, where {@code NaN} (or an infinity) marks a degenerate case
   * inside a loop, to the API edge, where it carries a reason.
   *
   * @param value the computed value
   * @param reason why the value is undefined, used when {@code value} is not finite
   * @param explanation the sentence for that case
   */
  static Coefficient ofFinite(double value, UndefinedReason reason, String explanation) {
    return Double.isFinite(value) ? new Defined(value) : new Undefined(reason, explanation);
  }

  /** {@return whether the data define the statistic} */
  boolean isDefined();

  /**
   * {@return the value}
   *
   * @throws IllegalStateException if undefined; the message carries the explanation
   */
  double value();

  /**
   * {@return the value, or {@code other} if undefined}
   *
   * @param other the value to return when the coefficient is undefined
   */
  default double orElse(double other) {
    return isDefined() ? value() : other;
  }

  /** {@return the value, or empty if undefined} */
  default OptionalDouble toOptional() {
    return isDefined() ? OptionalDouble.of(value()) : OptionalDouble.empty();
  }

  /** {@return why the statistic is undefined, or empty if it is defined} */
  default Optional<UndefinedReason> undefinedReason() {
    return this instanceof Undefined u ? Optional.of(u.reason()) : Optional.empty();
  }

  /** A defined value: finite, never {@code NaN}. */
  record Defined(double value) implements Coefficient {
    /**
     * Checks that {@code value} is finite.
     *
     * @param value the value
     */
    public Defined {
      if (!Double.isFinite(value)) { // checked directly: every defined figure passes here
        throw Checks.illegal("value (%s) must be finite", value);
      }
    }

    @Override
    public boolean isDefined() {
      return true;
    }
  }

  /** An undefined value with its reason code and a sentence a person can act on. */
  record Undefined(UndefinedReason reason, String explanation) implements Coefficient {
    /**
     * Checks for nulls.
     *
     * @param reason why g is undefined, when it is
     * @param explanation why the data do not define the statistic, in one sentence
     */
    public Undefined {
      requireNonNull(reason, "reason");
      requireNonNull(explanation, "explanation");
    }

    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public double value() {
      throw new IllegalStateException(reason + ": " + explanation);
    }
  }
}
