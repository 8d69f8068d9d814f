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
  /** The most choices one value may draw; a value that needs more is discarded. */
  static final int MAX_DRAWS = 10_000;

  /** The deepest generators may nest while making one value; a deeper value is discarded. */
  static final int MAX_DEPTH = 500;

  /**
   * How many recursive levels beyond {@link #recursionLimit()} a fresh value may still nest while
   * every branch takes its simplest choice before the generator is declared to have no base case.
   */
  static final int NO_BASE_CASE_MARGIN = 50;

  /** The size grows by one per try until it reaches {@link #MAX_SIZE}. */
  static final int MAX_SIZE = 100;

  private static final long[] NONE = new long[0];

  private final long[] prefix;
  private final @Nullable SplittableRandom random;
  private final int size;
  private long[] drawn = new long[32];
  private int count;
  private int depth;
  private int recursion;
  private final long[] sized = new long[8];
  private int sizedCount;

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

  /**
   * How deep recursive generators ({@link Gen#lazy}, {@link Gen#recursive}) may nest in a fresh
   * value before every branch takes its simplest choice: {@code 3 + size / 5}, so 3 at size 0 and
   * 23 at size 100.
   */
  int recursionLimit() {
    return 3 + size / 5;
  }

  /**
   * How many choices a fresh value may draw before every branch takes its simplest choice: {@code
   * 500 + 45 * size}, so 500 at size 0 and 5,000 (half of {@link #MAX_DRAWS}) at size 100.
   */
  int softDraws() {
    return 500 + 45 * size;
  }

  /**
   * Whether structural decisions (which alternative, one more element, present or empty) are forced
   * to their simplest choice: only while drawing fresh, once the value is nested deeper than {@link
   * #recursionLimit()} or has drawn more than {@link #softDraws()} choices. This bounds recursive
   * and nested values by the size, as long as the simplest choice is the base case.
   */
  private boolean collapsing() {
    return random != null
        && count >= prefix.length
        && (recursion > recursionLimit() || count >= softDraws());
  }

  /**
   * Draws a structural choice in {@code [0, bound]} (which alternative of {@code oneOf}): uniform,
   * but 0 once the value is too deep or too large for the size.
   */
  long drawBranch(long bound) {
    return collapsing() ? record(0) : draw(bound);
  }

  /**
   * Draws a structural flag (one more element, present or empty) that is true with the given
   * probability, but false once the value is too deep or too large for the size.
   */
  boolean drawMore(double probability) {
    return collapsing() ? record(0) == 1 : drawBoolean(probability);
  }

  /**
   * Draws one of {@code kinds + 1} kinds of value: 0 (the ordinary kind) unless, drawn fresh, one
   * of the special kinds {@code 1..kinds} comes up, each with probability {@code each}.
   */
  long drawKind(int kinds, double each) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(kinds);
    }
    double roll = r.nextDouble();
    return record(roll < kinds * each ? 1 + (long) (roll / each) % kinds : 0);
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
   * Draws a magnitude in {@code [0, bound]} (unsigned), biased toward small values and boundaries
   * for the whole run: 5% of fresh draws are 0, 5% are {@code bound}, 15% are uniform in {@code [0,
   * 3]} (so that 0, 1, -1 and their neighbours come up often), 10% repeat a magnitude drawn earlier
   * for the same value, or one more or one less, when there is one (the last 8 are kept), so that
   * equal and adjacent numbers meet at any scale ({@code x == y}, {@code |x - y| == 1} with both
   * large), and the rest pick a bit length uniformly in {@code [0, 4 + 0.6 * size]} and then a
   * value of at most that many bits. Early in a run (small size) values are small; later every
   * scale keeps its share instead of the top bits taking over, which is how bugs at small
   * differences ({@code a - b == 1}) stay findable. Replayed choices (shrinking) are unaffected.
   */
  long drawSized(long bound) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(bound);
    }
    int roll = r.nextInt(100);
    if (roll < 5) {
      return remember(0);
    }
    if (roll < 10) {
      return remember(bound);
    }
    if (roll < 25) {
      return remember(uniform(r, Long.compareUnsigned(bound, 3) < 0 ? bound : 3));
    }
    if (roll < 35 && sizedCount > 0) {
      long earlier = sized[r.nextInt(Math.min(sizedCount, sized.length))];
      int step = r.nextInt(3) - 1;
      long near = earlier + step;
      boolean wrapped = (step < 0 && earlier == 0) || (step > 0 && earlier == -1L);
      if (!wrapped && Long.compareUnsigned(near, bound) <= 0) {
        return remember(near);
      }
    }
    int bits = r.nextInt(5 + size * 60 / MAX_SIZE);
    long limit = bits >= 64 ? -1L : (1L << bits) - 1;
    return remember(uniform(r, Long.compareUnsigned(bound, limit) < 0 ? bound : limit));
  }

  /**
   * Draws a magnitude as {@link #drawSized(long)} does in {@code [0, freshBound]}, but replays one
   * up to {@code replayBound}: a value beyond {@code freshBound} is never drawn fresh and only
   * shrinking, which moves amount from one choice to another, reaches it.
   */
  long drawSized(long freshBound, long replayBound) {
    if (random == null || count < prefix.length) {
      return replayed(replayBound);
    }
    return drawSized(freshBound);
  }

  /** Records a fresh magnitude and keeps it (the last {@code sized.length}) for repetition. */
  private long remember(long magnitude) {
    sized[sizedCount++ % sized.length] = magnitude;
    return record(magnitude);
  }

  /** Draws a flag that is true (choice 1) with the given probability when drawn fresh. */
  boolean drawBoolean(double probability) {
    SplittableRandom r = random;
    if (r == null || count < prefix.length) {
      return replayed(1) == 1;
    }
    return record(r.nextDouble() < probability ? 1 : 0) == 1;
  }

  /**
   * Whether the choice drawn {@code back} draws ago (1: the last) was drawn fresh, not replayed.
   */
  boolean isFresh(int back) {
    return random != null && count - back >= prefix.length;
  }

  /**
   * Overwrites the choice drawn {@code back} draws ago (1: the last) with {@code value} when it was
   * drawn fresh; a replayed choice stays as replayed. A generator whose value ignored some fresh
   * draws records instead the choices that make the same value, so that shrinking starts from it.
   *
   * @return the choice now recorded there
   */
  long rewriteFresh(int back, long value) {
    int at = count - back;
    if (random != null && at >= prefix.length) {
      drawn[at] = value;
    }
    return drawn[at];
  }

  /** Notes that a generator starts making a value inside another's. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      if (collapsing() && recursion > recursionLimit()) {
        throw noBaseCase();
      }
      throw new GenerationFailed(
          "generators nested deeper than " + MAX_DEPTH + " while making one value");
    }
  }

  /** Notes that a generator finished making its value. */
  void exit() {
    depth--;
  }

  /**
   * Notes that a recursive generator starts a level; a fresh value that keeps recursing well past
   * the limit although every branch took its simplest choice has no base case.
   */
  void enterRecursion() {
    if (++recursion > recursionLimit() + NO_BASE_CASE_MARGIN && collapsing()) {
      throw noBaseCase();
    }
  }

  /** Notes that a recursive generator finished a level. */
  void exitRecursion() {
    recursion--;
  }

  private GenerationFailed noBaseCase() {
    return GenerationFailed.fatal(
        "a recursive generator has no base case: nested "
            + recursion
            + " levels deep, it still recursed although every oneOf, frequency, list and"
            + " optional took its simplest choice (the first alternative, no more elements,"
            + " empty); put the base case first in oneOf or frequency, or build the generator"
            + " with Gen.recursive(base, extend)");
  }

  /**
   * Whether a replay drew more choices than its prefix holds: the value needed choices beyond the
   * given ones, as when a filter rejected a value made from the prefix and tried again past it.
   */
  boolean drewPastPrefix() {
    return random == null && count > prefix.length;
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
          "a generator drew more than " + MAX_DRAWS + " choices for one value");
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
