package dev.rubric.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A choice sequence: the record of every bounded random decision made while generating one value.
 *
 * <p>Each choice is an unsigned {@code long} in {@code [0, bound]}, where 0 is always the simplest
 * choice. A sequence is either drawn fresh from a random source (recording every draw) or replayed
 * from a given prefix; past the end of the prefix a replay draws 0, so deleting the tail of a
 * sequence yields the simplest completion. A replayed value above the bound of its draw is clamped
 * to the bound. One instance serves one generation and is not thread-safe.
 */
final class Choices {
  /** The most choices one value may draw; more means a runaway recursion. */
  static final int MAX_DRAWS = 10_000;

  /** The deepest generators may nest while making one value; deeper means a runaway recursion. */
  static final int MAX_DEPTH = 500;

  /** The size grows by one per try until it reaches {@link #MAX_SIZE}. */
  static final int MAX_SIZE = 100;

  private static final long[] NONE = new long[0];

  private final long[] prefix;
  private final @Nullable SplittableRandom random;
  private final int size;
  private long[] drawn = new long[32];
  private int count;
  private int depth;

  private Choices(long[] prefix, @Nullable SplittableRandom random, int size) {
    this.prefix = prefix;
    this.random = random;
    this.size = size;
  }

  /**
   * The fresh choices for try number {@code index} (from 0) of a run driven by {@code master}; the
   * size schedule depends only on the index, so a seed replays the same values whatever the tries.
   */
  static Choices forTry(SplittableRandom master, int index) {
    return new Choices(NONE, new SplittableRandom(master.nextLong()), Math.min(MAX_SIZE, index));
  }

  /** Replays {@code prefix}, then draws zeros. */
  static Choices replay(long[] prefix) {
    return new Choices(prefix, null, MAX_SIZE);
  }

  /**
   * The size parameter in {@code [0, 100]}: small early in a run, so that early values are small.
   */
  int size() {
    return size;
  }

  /** Draws a choice uniformly in {@code [0, bound]}, with {@code bound} read as unsigned. */
  long draw(long bound) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(bound);
    }
    return record(uniform(r, bound));
  }

  /**
   * Draws a magnitude in {@code [0, bound]} (unsigned) whose random spread grows with the size:
   * below 16 at size 0, the full bound at size 100; one draw in ten is 0 or {@code bound}.
   */
  long drawSized(long bound) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(bound);
    }
    int roll = r.nextInt(20);
    if (roll == 0) {
      return record(0);
    }
    if (roll == 1) {
      return record(bound);
    }
    int bits = 4 + size * 60 / MAX_SIZE;
    long limit = bits >= 64 ? -1L : (1L << bits) - 1;
    return record(uniform(r, Long.compareUnsigned(bound, limit) < 0 ? bound : limit));
  }

  /** Draws a flag that is true (choice 1) with the given probability when drawn fresh. */
  boolean drawBoolean(double probability) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(1) == 1;
    }
    return record(r.nextDouble() < probability ? 1 : 0) == 1;
  }

  /** Notes that a generator starts making a value inside another's. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw new GenerationFailed(
          "generators nested deeper than "
              + MAX_DEPTH
              + " while making one value; is a recursive generator missing its base case?");
    }
  }

  /** Notes that a generator finished making its value. */
  void exit() {
    depth--;
  }

  /** The choices drawn so far, in order. */
  long[] toArray() {
    return Arrays.copyOf(drawn, count);
  }

  private long replayed(long bound) {
    long value = count < prefix.length ? prefix[count] : 0L;
    return record(Long.compareUnsigned(value, bound) > 0 ? bound : value);
  }

  private long record(long value) {
    if (count >= MAX_DRAWS) {
      throw new GenerationFailed(
          "a generator drew more than "
              + MAX_DRAWS
              + " choices for one value; is a recursive generator missing its base case?");
    }
    if (count == drawn.length) {
      drawn = Arrays.copyOf(drawn, count * 2);
    }
    drawn[count++] = value;
    return value;
  }

  /** A uniform unsigned value in {@code [0, bound]}. */
  static long uniform(SplittableRandom random, long bound) {
    if (bound == -1L) {
      return random.nextLong();
    }
    long n = bound + 1;
    if (n > 0) {
      return random.nextLong(n);
    }
    long value;
    do {
      value = random.nextLong();
    } while (Long.compareUnsigned(value, bound) > 0);
    return value;
  }
}
