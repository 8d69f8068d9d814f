package dev.rubric.scoring.agreement;

/**
 * The reason codes for data whose shape leaves nothing to compare, shared by every statistic so
 * that the same data get the same code from each. In order, the first that applies:
 *
 * <ol>
 *   <li>{@link UndefinedReason#NO_UNITS}: no unit was added;
 *   <li>{@link UndefinedReason#NO_RATINGS}: units were added but every rating is missing;
 *   <li>{@link UndefinedReason#ONE_RATER}: every unit has one rater's cell only (one column);
 *   <li>{@link UndefinedReason#NO_PAIRABLE_UNITS}: several raters, but no unit has two ratings.
 * </ol>
 */
final class Shapes {
  private Shapes() {}

  /**
   * Returns the reason why data with no unit of two or more ratings define nothing.
   *
   * @param noun what a unit is called ("unit", "target", "item")
   * @param units the units added
   * @param rated whether any rating was present
   * @param raters the most cells (raters) any unit had
   */
  static Coefficient undefined(String noun, long units, boolean rated, int raters) {
    if (units == 0) {
      return Coefficient.undefined(UndefinedReason.NO_UNITS, "no " + noun + " was added");
    }
    if (!rated) {
      return Coefficient.undefined(
          UndefinedReason.NO_RATINGS, "every rating is missing, so there is nothing to compare");
    }
    if (raters < 2) {
      return Coefficient.undefined(
          UndefinedReason.ONE_RATER,
          "there is one rater only; agreement needs at least two raters");
    }
    return Coefficient.undefined(
        UndefinedReason.NO_PAIRABLE_UNITS,
        "no " + noun + " has two or more ratings, so no pair of ratings can be compared");
  }

  /** As {@link #undefined(String, long, boolean, int)} for units called "unit". */
  static Coefficient undefined(long units, boolean rated, int raters) {
    return undefined("unit", units, rated, raters);
  }
}
