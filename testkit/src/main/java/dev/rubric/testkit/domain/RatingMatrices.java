package dev.rubric.testkit.domain;

import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.testkit.Gen;
import java.util.List;

/**
 * Units-by-raters matrices: each unit has a true level; each cell is missing, the true level, or
 * any level. Shrinks toward fewer units, no missing cells and perfect agreement on level 1.
 */
final class RatingMatrices {
  private static final int AGREES = 0;
  private static final int MISSING = -1;

  private RatingMatrices() {}

  static Gen<int[][]> matrices(
      int minUnits, int maxUnits, int raters, int levels, double missingShare) {
    int missingWeight = (int) Math.round(missingShare * 1000);
    Gen<Integer> rated = Gen.frequency(3, Gen.constant(AGREES), 2, Gen.integers(1, levels));
    Gen<Integer> cell =
        missingWeight == 0
            ? rated
            : Gen.frequency(1000 - missingWeight, rated, missingWeight, Gen.constant(MISSING));
    Gen<int[]> unit =
        Gen.combine(
            Gen.integers(1, levels),
            Gen.lists(cell, raters, raters),
            (truth, cells) -> row(truth, cells));
    return Gen.lists(unit, minUnits, maxUnits)
        .map(rows -> rows.toArray(new int[0][]))
        .describedAs(
            String.format(
                java.util.Locale.ROOT,
                "ratingMatrices(units=[%d, %d], raters=%d, levels=%d, missing=%s)",
                minUnits,
                maxUnits,
                raters,
                levels,
                missingShare));
  }

  private static int[] row(int truth, List<Integer> cells) {
    int[] row = new int[cells.size()];
    for (int j = 0; j < row.length; j++) {
      int c = cells.get(j);
      row[j] = c == AGREES ? truth : c == MISSING ? Ratings.MISSING : c;
    }
    return row;
  }
}
