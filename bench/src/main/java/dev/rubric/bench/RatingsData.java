package dev.rubric.bench;

import dev.rubric.scoring.agreement.Ratings;
import java.util.SplittableRandom;

/**
 * A flat units-by-raters matrix on the four-level scale, generated with a fixed seed: a latent
 * level per unit plus rater noise, so that the statistics have realistic values.
 */
final class RatingsData {
  final int units;
  final int raters;

  /** Row-major ratings, {@link Ratings#MISSING} where a rater gave none. */
  final int[] flat;

  RatingsData(int units, int raters, double missingShare, long seed) {
    this.units = units;
    this.raters = raters;
    this.flat = new int[units * raters];
    SplittableRandom random = new SplittableRandom(seed);
    for (int u = 0; u < units; u++) {
      double latent = 1 + random.nextDouble() * 3;
      for (int r = 0; r < raters; r++) {
        boolean missing = random.nextDouble() < missingShare;
        double noisy = latent + (random.nextDouble() - 0.5) * 1.5;
        flat[u * raters + r] =
            missing ? Ratings.MISSING : (int) Math.max(1, Math.min(4, Math.round(noisy)));
      }
    }
  }

  /** The ratings of unit {@code u} copied into {@code row}. */
  int[] row(int u, int[] row) {
    System.arraycopy(flat, u * raters, row, 0, raters);
    return row;
  }
}
