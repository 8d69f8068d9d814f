package dev.rubric.scoring.agreement;

import java.util.Random;

/** Seeded random units-by-raters matrices (to be ported to the testkit property engine). */
final class Generated {
  private Generated() {}

  static int[][] matrix(Random random, int units, int raters, int min, int max, double missing) {
    int[][] m = new int[units][raters];
    for (int[] row : m) {
      for (int j = 0; j < raters; j++) {
        row[j] =
            random.nextDouble() < missing ? Ratings.MISSING : min + random.nextInt(max - min + 1);
      }
    }
    return m;
  }

  /** Ratings correlated across raters: a unit's true level plus noise, clamped to the scale. */
  static int[][] correlated(
      Random random, int units, int raters, int min, int max, double missing) {
    int[][] m = new int[units][raters];
    for (int[] row : m) {
      int truth = min + random.nextInt(max - min + 1);
      for (int j = 0; j < raters; j++) {
        int v = Math.max(min, Math.min(max, truth + random.nextInt(3) - 1));
        row[j] = random.nextDouble() < missing ? Ratings.MISSING : v;
      }
    }
    return m;
  }

  static int[][] shuffled(Random random, int[][] m) {
    int[][] out = m.clone();
    for (int i = out.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int[] t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    int raters = m.length == 0 ? 0 : m[0].length;
    int[] perm = new int[raters];
    for (int i = 0; i < raters; i++) {
      perm[i] = i;
    }
    for (int i = raters - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    for (int u = 0; u < out.length; u++) {
      int[] row = new int[raters];
      for (int j = 0; j < raters; j++) {
        row[j] = out[u][perm[j]];
      }
      out[u] = row;
    }
    return out;
  }
}
