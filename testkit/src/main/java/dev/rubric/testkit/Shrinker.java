package dev.rubric.testkit;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Minimises a failing choice sequence in the shortlex order (shorter first, then lexicographically
 * smaller, choices compared unsigned), in the manner of the Hypothesis reducer.
 *
 * <p>Passes, repeated until a full round improves nothing or the attempt budget is spent: delete
 * blocks of 8 down to 1 choices; zero blocks of 8, 4, 2, 1; lower each choice by binary search
 * toward 0 (then try one and two below, for filters); subtract one amount from two choices at most
 * two apart (large numbers that must keep their difference, as {@code x == y + 1}, which lowering
 * each alone would bring down two at a time); lower equal pairs together (duplicates); move amount
 * from a choice to a later one, again while it works (sums); swap adjacent choices out of order,
 * and blocks of up to 4 choices out of order (elements of a collection, so that equivalent orders
 * of the same elements shrink to one canonical order); and, when those find nothing, delete a block
 * while lowering an earlier choice by one (a length drawn before its elements) or while lowering
 * every later choice above 1 by one (elements that index into their own list, as in {@code [0, 0,
 * 6, 5]} to {@code [1, 0]}) or while adding what the block held to a choice up to {@value
 * #NEIGHBOURS} positions away (an element of a sum that must stay large moves into a neighbour, so
 * that {@code [1, 1, 4, 4]} of ratings 1 to 4 summing to 10 or more becomes {@code [2, 4, 4]}), and
 * lower each choice by a binary search that steps over values the generator cannot make: where a
 * lowered choice is rejected by a filter, the next values up are tried, up to {@value #FILTER_SCAN}
 * of them, until the filter accepts one (a number behind a sparse filter, as {@code x % 7 == 3},
 * reaches the smallest failing value it accepts). A candidate counts only if its replay still fails
 * and the choices it actually drew are shortlex smaller, so every step is strictly smaller and the
 * search terminates even without the budget.
 */
final class Shrinker {
  /**
   * Replays a candidate; the choices actually drawn if it still fails, else empty. Throws {@link
   * GenerationFailed} for a candidate the generator cannot make (a filter gave up on it).
   */
  @FunctionalInterface
  interface Oracle {
    Optional<long[]> failing(long[] candidate);
  }

  /** What replaying a candidate showed. */
  private enum Verdict {
    /** It fails and drew shortlex smaller choices than the best: it is the new best. */
    SMALLER,
    /** It passes, or fails no smaller than the best, or was not replayed (budget, not smaller). */
    NOT_SMALLER,
    /** The generator could not make a value from it (a filter rejected what it drew). */
    INVALID
  }

  /**
   * How many values up from a lowered choice that a filter rejects are tried for one it accepts:
   * enough for a filter that keeps one value in a hundred.
   */
  static final int FILTER_SCAN = 128;

  private static final int[] DELETE_SIZES = {8, 7, 6, 5, 4, 3, 2, 1};
  private static final int[] ZERO_SIZES = {8, 4, 2, 1};
  private static final int PAIR_DISTANCE = 16;

  /** How far from a deleted block a choice may be to take over what the block held. */
  static final int NEIGHBOURS = 2;

  /**
   * How many candidates in a row that do not fail {@link #deleteAndMoveIntoNeighbour} tries before
   * it gives up for the round, so that at a true minimum of a long sequence it does not spend the
   * rest of the budget.
   */
  static final int MOVE_MISSES = 400;

  private final Oracle oracle;
  private final int maxAttempts;
  private final Map<LongBuffer, Verdict> tried = new HashMap<>();
  private long[] best;
  private int attempts;
  private int steps;

  Shrinker(Oracle oracle, long[] failing, int maxAttempts) {
    this.oracle = oracle;
    this.best = failing;
    this.maxAttempts = maxAttempts;
  }

  /** Shrinks as far as the passes and budget allow; returns the smallest failing sequence. */
  long[] shrink() {
    long[] before;
    do {
      before = best;
      deleteBlocks();
      zeroBlocks();
      lowerEach();
      lowerPairsByOneAmount();
      lowerEqualPairs();
      redistribute();
      swapAdjacent();
      swapBlocks();
      if (best == before) {
        decrementAndDelete();
      }
      if (best == before) {
        deleteAndLowerLater();
      }
      if (best == before) {
        deleteAndMoveIntoNeighbour();
      }
      if (best == before) {
        lowerThroughFilters();
      }
      if (best == before) {
        moveBlocksEarlier();
      }
    } while (best != before && !exhausted());
    return best;
  }

  /** How many candidates improved on the best so far. */
  int steps() {
    return steps;
  }

  /** How many candidates were replayed. */
  int attempts() {
    return attempts;
  }

  static boolean shortlexLess(long[] a, long[] b) {
    return a.length != b.length ? a.length < b.length : Arrays.compareUnsigned(a, b) < 0;
  }

  /** Whether the attempt budget ran out (the result may not be as small as the passes allow). */
  boolean exhausted() {
    return attempts >= maxAttempts;
  }

  private boolean consider(long[] candidate) {
    return judge(candidate) == Verdict.SMALLER;
  }

  /**
   * Replays {@code candidate} unless it is not smaller than the best, was replayed before (its
   * verdict is remembered) or the budget is spent; a failing smaller candidate becomes the best.
   */
  private Verdict judge(long[] candidate) {
    if (!shortlexLess(candidate, best)) {
      return Verdict.NOT_SMALLER;
    }
    LongBuffer key = LongBuffer.wrap(candidate);
    Verdict known = tried.get(key);
    if (known != null) {
      return known == Verdict.INVALID ? known : Verdict.NOT_SMALLER;
    }
    if (exhausted()) {
      return Verdict.NOT_SMALLER;
    }
    attempts++;
    Verdict verdict;
    try {
      Optional<long[]> drawn = oracle.failing(candidate);
      if (drawn.isPresent() && shortlexLess(drawn.get(), best)) {
        best = drawn.get();
        steps++;
        verdict = Verdict.SMALLER;
      } else {
        verdict = Verdict.NOT_SMALLER;
      }
    } catch (GenerationFailed invalid) {
      verdict = Verdict.INVALID;
    }
    tried.put(key, verdict);
    return verdict;
  }

  /**
   * Lowers each choice by binary search, treating a value the generator cannot make (a filter
   * rejected it) as a gap to step over: from such a value the next ones up are tried, up to {@value
   * #FILTER_SCAN}, and the first the generator can make decides that step of the search. A choice
   * whose first gap holds no value the generator can make is left as it is.
   */
  private void lowerThroughFilters() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      long low = 0;
      boolean firstGap = true;
      while (i < best.length && Long.compareUnsigned(low, best[i]) < 0 && !exhausted()) {
        long fails = best[i];
        long mid = low + ((fails - low) >>> 1);
        Verdict verdict = judge(with(i, mid));
        long at = mid;
        if (verdict == Verdict.INVALID) {
          long end = Long.compareUnsigned(fails - mid, FILTER_SCAN) > 0 ? mid + FILTER_SCAN : fails;
          while (verdict == Verdict.INVALID && Long.compareUnsigned(at + 1, end) < 0) {
            at++;
            verdict = judge(with(i, at));
          }
          if (verdict == Verdict.INVALID && firstGap) {
            break;
          }
          firstGap = false;
        }
        if (verdict != Verdict.SMALLER) {
          low = at + 1;
        }
      }
    }
  }

  private long[] with(int i, long value) {
    long[] candidate = best.clone();
    candidate[i] = value;
    return candidate;
  }

  private void deleteBlocks() {
    for (int size : DELETE_SIZES) {
      int i = 0;
      while (i + size <= best.length && !exhausted()) {
        long[] candidate = new long[best.length - size];
        System.arraycopy(best, 0, candidate, 0, i);
        System.arraycopy(best, i + size, candidate, i, best.length - i - size);
        if (!consider(candidate)) {
          i++;
        }
      }
    }
  }

  private void zeroBlocks() {
    for (int size : ZERO_SIZES) {
      for (int i = 0; i + size <= best.length && !exhausted(); i++) {
        long[] candidate = best.clone();
        Arrays.fill(candidate, i, i + size, 0L);
        consider(candidate);
      }
    }
  }

  private void lowerEach() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      lowerTogether(i, i);
    }
  }

  private void lowerEqualPairs() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      for (int j = i + 1; j < Math.min(best.length, i + PAIR_DISTANCE); j++) {
        if (best[i] != 0 && best[i] == best[j]) {
          lowerTogether(i, j);
        }
      }
    }
  }

  private void lowerPairsByOneAmount() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      for (int j = i + 1; j < Math.min(best.length, i + 3) && !exhausted(); j++) {
        if (best[i] != 0 && best[j] != 0 && best[i] != best[j]) {
          lowerBoth(i, j);
        }
      }
    }
  }

  /**
   * Subtracts one amount from the choices at {@code i} and {@code j}, as large as still fails,
   * keeping their difference: two large numbers that must stay one apart shrink together.
   */
  private void lowerBoth(int i, int j) {
    long fails = Long.compareUnsigned(best[i], best[j]) < 0 ? best[i] : best[j];
    if (consider(minus(i, j, fails))) {
      return;
    }
    while (Long.compareUnsigned(fails, 1) > 0 && j < best.length && !exhausted()) {
      long mid = fails >>> 1;
      if (consider(minus(i, j, mid))) {
        fails -= mid;
      } else {
        fails = mid;
      }
    }
  }

  private long[] minus(int i, int j, long amount) {
    long[] candidate = best.clone();
    candidate[i] -= amount;
    candidate[j] -= amount;
    return candidate;
  }

  /** Lowers the choices at {@code i} and {@code j} (possibly the same) to one smaller value. */
  private void lowerTogether(int i, int j) {
    if (j >= best.length || best[i] != best[j] || best[i] == 0 || consider(set(i, j, 0))) {
      return;
    }
    long fails = best[i];
    long passes = 0;
    while (Long.compareUnsigned(fails - passes, 1) > 0 && !exhausted()) {
      long mid = passes + ((fails - passes) >>> 1);
      if (j < best.length && consider(set(i, j, mid))) {
        fails = best[i];
      } else {
        passes = mid;
      }
    }
    for (int below = 1; below <= 2 && j < best.length; below++) {
      if (Long.compareUnsigned(best[i], below) >= 0 && best[i] == best[j]) {
        consider(set(i, j, best[i] - below));
      }
    }
  }

  private long[] set(int i, int j, long value) {
    long[] candidate = best.clone();
    candidate[i] = value;
    candidate[j] = value;
    return candidate;
  }

  /**
   * Moves amount from each choice to a later one, repeating on the same pair while a move succeeds:
   * each move is the whole choice or the largest of its halves, quarters and so on that still
   * fails, so a sum that must stay above a bound drains from one choice into another in a few dozen
   * attempts instead of one halving per round of all passes.
   */
  private void redistribute() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      for (int j = i + 1; j < Math.min(best.length, i + PAIR_DISTANCE) && !exhausted(); j++) {
        while (j < best.length && best[i] != 0 && !exhausted() && moveSome(i, j)) {
          // moved; try to move more from the same choice
        }
      }
    }
  }

  /**
   * Moves all of choice {@code i}, else the largest of its halving fractions, to {@code j}. Moving
   * all of it is also tried with the flag after {@code j} flipped (a choice of 0 or 1, such as the
   * side of a signed integer), so that {@code (1, 0)} can become {@code (0, -1)}.
   */
  private boolean moveSome(int i, int j) {
    if (moveAmount(i, j, best[i])) {
      return true;
    }
    if (j + 1 < best.length && Long.compareUnsigned(best[j + 1], 1) <= 0 && moveAndFlip(i, j)) {
      return true;
    }
    long notMoved = best[i];
    while (Long.compareUnsigned(notMoved, 1) > 0 && j < best.length && !exhausted()) {
      long mid = notMoved >>> 1;
      if (moveAmount(i, j, mid)) {
        return true;
      }
      notMoved = mid;
    }
    return false;
  }

  /** Moves all of choice {@code i} to the later choice {@code j} and flips the flag after it. */
  private boolean moveAndFlip(int i, int j) {
    long amount = best[i];
    if (Long.compareUnsigned(best[j] + amount, best[j]) < 0) {
      return false;
    }
    long[] candidate = best.clone();
    candidate[i] = 0;
    candidate[j] += amount;
    candidate[j + 1] ^= 1;
    return consider(candidate);
  }

  /** Moves {@code amount} from choice {@code i} to the later choice {@code j}. */
  private boolean moveAmount(int i, int j, long amount) {
    if (Long.compareUnsigned(best[i], amount) < 0
        || Long.compareUnsigned(best[j] + amount, best[j]) < 0) {
      return false;
    }
    long[] candidate = best.clone();
    candidate[i] -= amount;
    candidate[j] += amount;
    return consider(candidate);
  }

  private void decrementAndDelete() {
    for (int i = 0; i < best.length && !exhausted(); i++) {
      for (int size = 1; size <= 3; size++) {
        for (int j = i + 1; j + size <= Math.min(best.length, i + PAIR_DISTANCE); j++) {
          if (i >= best.length || best[i] == 0 || exhausted()) {
            break;
          }
          long[] candidate = new long[best.length - size];
          System.arraycopy(best, 0, candidate, 0, j);
          System.arraycopy(best, j + size, candidate, j, best.length - j - size);
          candidate[i] = best[i] - 1;
          consider(candidate);
        }
      }
    }
  }

  /**
   * Deletes a block of 1 to 4 choices and lowers by one every later choice above 1: when elements
   * refer to positions in their own collection, deleting an earlier element shifts what they refer
   * to, and lowering them together keeps the reference (flags and zeros stay as they are).
   */
  private void deleteAndLowerLater() {
    for (int size = 1; size <= 4; size++) {
      for (int j = 0; j + size <= best.length && !exhausted(); j++) {
        long[] candidate = new long[best.length - size];
        System.arraycopy(best, 0, candidate, 0, j);
        boolean lowered = false;
        for (int k = j + size; k < best.length; k++) {
          long value = best[k];
          if (Long.compareUnsigned(value, 1) > 0) {
            value--;
            lowered = true;
          }
          candidate[k - size] = value;
        }
        if (lowered) {
          consider(candidate);
        }
      }
    }
  }

  /**
   * Deletes a block of 1 to 4 choices and adds the sum of what it held to one choice at most
   * {@value #NEIGHBOURS} positions before or after it, each such choice in turn. Deleting an
   * element of a sum that must stay at or above a bound passes when every remaining element is
   * needed, and no other pass lowers the length then: {@code [1, 1, 4, 4]} (ratings 1 to 4, sum at
   * least 10) is a local minimum for them, since a 1 cannot go and the 4s cannot grow. Moving the
   * deleted block's choices into a neighbour keeps the sum and shortens the sequence, giving {@code
   * [2, 4, 4]}. The block's flag (1 for "one more element") is counted too, so an element whose
   * choice is its distance above a target of 1 moves its whole value; an amount a little too large
   * is lowered by the next round, and a choice beyond the bound of its draw is clamped on replay.
   * Where the elements' target is far from 0 (values 100 to 200, whose choice is the distance above
   * 100) the block's choices say little of its value, so the choice right before or after the block
   * is also tried at its largest choice: {@code [100, 100, 100, 100, 100, 100, 200, 200]} summing
   * to 1,000 loses a 100 while its neighbour becomes 200, and so on down to {@code [200, 200, 200,
   * 200, 200]}; the next round lowers a neighbour that took too much as far as the property still
   * fails. At a true minimum nothing fails, and a long sequence offers thousands of such
   * candidates; the pass gives up for the round after {@value #MOVE_MISSES} in a row that do not
   * fail, so that it does not spend the rest of the budget there.
   */
  private void deleteAndMoveIntoNeighbour() {
    int before = attempts;
    int lastStep = steps;
    for (int size = 1; size <= 4; size++) {
      for (int j = 0; j + size <= best.length && !exhausted(); j++) {
        if (steps != lastStep) {
          lastStep = steps;
          before = attempts;
        } else if (attempts - before >= MOVE_MISSES) {
          return;
        }
        long amount = 0;
        for (int k = j; k < j + size; k++) {
          amount = saturatingAdd(amount, best[k]);
        }
        if (amount == 0) {
          continue; // deleteBlocks already tried deleting it alone
        }
        int from = Math.max(0, j - NEIGHBOURS);
        int to = Math.min(best.length, j + size + NEIGHBOURS);
        for (int i = from; i < to && !exhausted(); i++) {
          if (i >= j && i < j + size) {
            continue;
          }
          if (j + size > best.length || i >= best.length) {
            break;
          }
          long[] candidate = new long[best.length - size];
          System.arraycopy(best, 0, candidate, 0, j);
          System.arraycopy(best, j + size, candidate, j, best.length - j - size);
          int at = i < j ? i : i - size;
          long kept = candidate[at];
          candidate[at] = saturatingAdd(kept, amount);
          if (consider(candidate)) {
            break;
          }
          if (i != j - 1 && i != j + size) {
            continue;
          }
          candidate[at] = -1L; // the largest choice, clamped to the bound of its draw on replay
          if (consider(candidate)) {
            break;
          }
        }
      }
    }
  }

  /** {@code a + b} read as unsigned, or the largest unsigned value when that overflows. */
  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return Long.compareUnsigned(sum, a) < 0 ? -1L : sum;
  }

  /**
   * Swaps two blocks of {@code 1..4} choices that do not overlap when the later one is
   * lexicographically smaller: the same elements in another order normalise to one order.
   */
  private void swapBlocks() {
    for (int size = 1; size <= 4; size++) {
      for (int i = 0; i + size <= best.length && !exhausted(); i++) {
        for (int j = i + size; j + size <= Math.min(best.length, i + PAIR_DISTANCE); j++) {
          if (j + size > best.length || exhausted()) {
            break;
          }
          if (Arrays.compareUnsigned(best, j, j + size, best, i, i + size) < 0) {
            long[] candidate = best.clone();
            System.arraycopy(best, j, candidate, i, size);
            System.arraycopy(best, i, candidate, j, size);
            consider(candidate);
          }
        }
      }
    }
  }

  /**
   * Moves a block of {@code 1..4} choices to an earlier position when it is lexicographically
   * smaller than what starts there, shifting the choices in between back: the shorter of two
   * sibling values of unequal size (an empty subtree after a full one) comes first.
   */
  private void moveBlocksEarlier() {
    for (int size = 1; size <= 4; size++) {
      for (int j = size; j + size <= best.length && !exhausted(); j++) {
        for (int i = Math.max(0, j - PAIR_DISTANCE); i < j && !exhausted(); i++) {
          if (j + size > best.length) {
            break;
          }
          if (Arrays.compareUnsigned(best, j, j + size, best, i, i + size) < 0) {
            long[] candidate = best.clone();
            System.arraycopy(best, j, candidate, i, size);
            System.arraycopy(best, i, candidate, i + size, j - i);
            if (consider(candidate)) {
              break;
            }
          }
        }
      }
    }
  }

  private void swapAdjacent() {
    for (int i = 0; i + 1 < best.length && !exhausted(); i++) {
      if (Long.compareUnsigned(best[i], best[i + 1]) > 0) {
        long[] candidate = best.clone();
        candidate[i] = best[i + 1];
        candidate[i + 1] = best[i];
        consider(candidate);
      }
    }
  }
}
