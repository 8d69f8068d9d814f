package dev.rubric.testkit.contracts;

import dev.rubric.core.RatingScale;
import dev.rubric.scoring.RatingSample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A generated input of the aggregator suite: a scale and the levels the panel gave, in order. */
record RatedLevels(RatingScale scale, List<Integer> levels) {
  RatedLevels {
    levels = List.copyOf(levels);
  }

  /** The levels as a sample of competency {@code c}, raters r1, r2, ... in the order given. */
  RatingSample sample() {
    return RatingSample.of("c", scale, levels.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The levels shuffled by {@code seed}. */
  RatedLevels shuffled(long seed) {
    List<Integer> copy = new ArrayList<>(levels);
    Collections.shuffle(copy, new Random(seed));
    return new RatedLevels(scale, copy);
  }

  /**
   * The levels with the {@code pick}-th (modulo their number) raised by {@code by} levels of the
   * scale, capped.
   */
  RatedLevels raised(int pick, int by) {
    List<Integer> copy = new ArrayList<>(levels);
    int at = Math.floorMod(pick, copy.size());
    copy.set(at, ScoreInputs.raise(scale, copy.get(at), by));
    return new RatedLevels(scale, copy);
  }

  @Override
  public String toString() {
    return ScoreInputs.describe(scale) + "; ratings " + ScoreInputs.describe(levels);
  }
}
