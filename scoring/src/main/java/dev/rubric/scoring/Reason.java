package dev.rubric.scoring;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason for a decision, machine-readable and readable: a stable {@link ReasonCode}, the
 * competency, area or seat it is about (see the code), its figures by name in a fixed order, and a
 * sentence.
 */
@Value.Immutable
@ValueStyle
public abstract class Reason {
  Reason() {}

  /** {@return the stable code} */
  @Value.Parameter
  public abstract ReasonCode code();

  /** {@return the competency, area or seat the reason is about, as documented on its code} */
  @Value.Parameter
  public abstract Optional<String> subject();

  /** {@return the figures, by name, in the order the sentence uses them} */
  @Value.Parameter
  public abstract Map<String, Double> figures();

  /** {@return the reason in one sentence} */
  @Value.Parameter
  public abstract String sentence();

  /**
   * {@return a reason}
   *
   * @param code one reason for a decision, machine-readable and readable: a stable {@link
   *     ReasonCode}, the competency, area or seat it is about (see the code), its figures by name
   *     in a fixed order, and a sentence
   * @param subject the competency, area or seat the reason is about, as documented on its code
   * @param figures the figures, by name, in the order the sentence uses them
   * @param sentence the reason in one sentence
   */
  public static Reason of(
      ReasonCode code,
      Optional<String> subject,
      Map<String, ? extends Double> figures,
      String sentence) {
    return ImmutableReason.of(code, subject, figures, sentence);
  }

  @Override
  public String toString() {
    return code() + subject().map(s -> "(" + s + ")").orElse("") + ": " + sentence();
  }
}
