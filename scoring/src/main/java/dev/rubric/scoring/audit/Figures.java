package dev.rubric.scoring.audit;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The audit's figures at the API edge: each undefined one becomes a {@link Coefficient} with the
 * {@link UndefinedReason} of its audit code (the code kept in {@link CategoryResult#undefined()}
 * and the JSON contract) and a sentence.
 */
final class Figures {
  private Figures() {}

  /** {@code value} if present, else undefined for the code recorded under {@code field}. */
  static Coefficient of(OptionalDouble value, String field, Map<String, String> undefined) {
    if (value.isPresent()) {
      return Coefficient.of(value.getAsDouble());
    }
    String code = undefined.get(field);
    if (code == null) {
      throw new IllegalStateException(field + " is undefined without a recorded reason");
    }
    return undefined(code);
  }

  /** The undefined coefficient for one of {@link AdverseImpact}'s codes. */
  static Coefficient undefined(String code) {
    return switch (code) {
      case AdverseImpact.EXCLUDED_SMALL_SHARE ->
          Coefficient.undefined(
              UndefinedReason.EXCLUDED_SMALL_SHARE,
              "The category is under the minimum share of candidates, so it is left out of the"
                  + " ratios and tests.");
      case AdverseImpact.REFERENCE ->
          Coefficient.undefined(
              UndefinedReason.REFERENCE_CATEGORY,
              "This is the reference category: the figure would compare it with itself.");
      case AdverseImpact.REFERENCE_RATE_ZERO ->
          Coefficient.undefined(
              UndefinedReason.REFERENCE_RATE_ZERO,
              "The reference category's rate is 0, so no ratio to it exists.");
      case AdverseImpact.NO_VARIATION ->
          Coefficient.undefined(
              UndefinedReason.NO_VARIANCE,
              "Nobody or everybody in the two categories was selected, so the pooled proportion"
                  + " has no variance and z is undefined.");
      case AdverseImpact.ZERO_COUNT ->
          Coefficient.undefined(
              UndefinedReason.ZERO_COUNT,
              "A count of zero in the two-by-two table makes the log interval infinite.");
      case AdverseImpact.NO_SCORES ->
          Coefficient.undefined(UndefinedReason.NO_SCORES, "No candidate here has a score.");
      case AdverseImpact.TOO_FEW_SCORES ->
          Coefficient.undefined(
              UndefinedReason.TOO_FEW_SCORES,
              "Too few scores, or no spread in them, for a standardized difference.");
      default -> throw new IllegalArgumentException("unknown audit code " + code);
    };
  }
}
