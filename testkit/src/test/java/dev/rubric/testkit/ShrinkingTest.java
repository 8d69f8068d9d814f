package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Shrinking reaches the minimal counterexample of classic cases, whatever the seed. */
class ShrinkingTest {

  /** The shrunk counterexample of a property that {@code holds} must satisfy. */
  static <T> T shrunk(Gen<T> gen, Predicate<T> holds, long seed) {
    PropertyRunner.Run run = new PropertyRunner.Run("shrinking", seed, 1000, 5000, "");
    return PropertyRunner.search(
            gen, v -> holds.test(v) ? null : new AssertionError("falsified"), run)
        .falsification()
        .orElseThrow(() -> new AssertionError("no counterexample found"))
        .shrunk();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void listWhoseSumExceeds100ShrinksToOneElement(long seed) {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(-1000, 1000), 0, 20);

    List<Integer> smallest = shrunk(lists, l -> sum(l) <= 100, seed);

    assertThat(smallest).containsExactly(101);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void pairWithFirstGreaterShrinksToOneAndZero(long seed) {
    Gen<Tuple.Pair<Integer, Integer>> pairs = Gen.zip(Gen.integers(0, 1000), Gen.integers(0, 1000));

    assertThat(shrunk(pairs, p -> p.first() <= p.second(), seed)).isEqualTo(new Tuple.Pair<>(1, 0));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void signedPairWithFirstGreaterShrinksToAdjacentValuesNextToZero(long seed) {
    Gen<Tuple.Pair<Integer, Integer>> pairs = Gen.zip(Gen.integers(), Gen.integers());

    Tuple.Pair<Integer, Integer> smallest = shrunk(pairs, p -> p.first() <= p.second(), seed);

    assertThat(smallest).isIn(new Tuple.Pair<>(1, 0), new Tuple.Pair<>(0, -1));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void signedIntegersShrinkByDistanceFromZeroPositiveFirst(long seed) {
    // Order 0, 1, -1, 2, -2, ...: the smallest value the property refuses comes first.
    assertThat(shrunk(Gen.integers(), x -> x == 0 || x == 1, seed)).isEqualTo(-1);
    assertThat(shrunk(Gen.integers(), x -> x >= -1 && x <= 1, seed)).isEqualTo(2);
    assertThat(shrunk(Gen.longs(), x -> x >= -1 && x <= 2, seed)).isEqualTo(-2L);
    assertThat(shrunk(Gen.integers(-1000, 10), x -> x > -500 && x < 7, seed)).isEqualTo(7);
    assertThat(shrunk(Gen.shorts(), x -> x != Short.MIN_VALUE, seed)).isEqualTo(Short.MIN_VALUE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void integersShrinkTowardAnInnerTargetByDistance(long seed) {
    Gen<Integer> around5 = Gen.integers(-20, 40, 5);

    assertThat(shrunk(around5, x -> x >= 4 && x <= 6, seed)).isEqualTo(7);
    assertThat(shrunk(around5, x -> x >= 5 && x <= 6, seed)).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void ofTwoSiblingsTheEmptyOneComesFirst(long seed) {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(-100, 100), 0, 10);
    Gen<Tuple.Pair<List<Integer>, List<Integer>>> pairs = Gen.zip(lists, lists);

    // Fails when exactly one of the two lists holds something: ([], [0]) before ([0], []).
    assertThat(shrunk(pairs, p -> p.first().isEmpty() == p.second().isEmpty(), seed))
        .isEqualTo(new Tuple.Pair<>(List.of(), List.of(0)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void integerAbove1000ShrinksTo1001(long seed) {
    assertThat(shrunk(Gen.integers(), x -> x <= 1000, seed)).isEqualTo(1001);
    assertThat(shrunk(Gen.longs(), x -> x <= 1000, seed)).isEqualTo(1001L);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void listWithDuplicateShrinksToTwoZeros(long seed) {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(-100, 100), 0, 30);

    assertThat(shrunk(lists, l -> new HashSet<>(l).size() == l.size(), seed)).containsExactly(0, 0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void stringContainingXShrinksToX(long seed) {
    Gen<String> strings = Gen.strings("abcdxyz", 0, 30);

    assertThat(shrunk(strings, s -> !s.contains("x"), seed)).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void filteredValuesShrinkToTheSmallestAccepted(long seed) {
    Gen<Integer> evens = Gen.integers(0, 10_000).filter(x -> x % 2 == 0);

    assertThat(shrunk(evens, x -> x < 1000, seed)).isEqualTo(1000);
  }

  /**
   * The law: behind a filter that keeps one value in {@code modulus}, a failing value shrinks to
   * the smallest value the filter accepts and the property fails on, from every seed.
   */
  @ParameterizedTest
  @CsvSource({"7, 3", "13, 0", "100, 37"})
  void valuesBehindASparseFilterShrinkToTheSmallestFailingValueItAccepts(int modulus, int rest) {
    Gen<Integer> sparse = Gen.integers(0, 1_000_000).filter(x -> x % modulus == rest);
    int smallest = 5000 + Math.floorMod(rest - 5000, modulus);

    for (long seed = 1; seed <= 20; seed++) {
      PropertyResult<Integer> result =
          PropertyCheck.forAll(sparse).withSeed(seed).runThat(x -> x < 5000);

      assertThat(result.shrunk()).as("seed %d", seed).contains(smallest);
      assertThat(result.shrinkBudgetExhausted()).as("seed %d", seed).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void signedValuesBehindASparseFilterShrinkToTheSmallestFailingValueItAccepts(long seed) {
    Gen<Integer> sparse = Gen.integers().filter(x -> x % 7 == 3);

    assertThat(shrunk(sparse, x -> x < 5000, seed)).isEqualTo(5001);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void mappedValuesShrinkThroughTheMapping(long seed) {
    Gen<Integer> evens = Gen.integers(0, 5000).map(x -> 2 * x);

    assertThat(shrunk(evens, x -> x < 1000, seed)).isEqualTo(1000);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void flatMappedValuesShrinkBothParts(long seed) {
    Gen<List<Integer>> sized =
        Gen.integers(1, 10).flatMap(n -> Gen.lists(Gen.integers(0, 100), n, n));

    assertThat(shrunk(sized, l -> sum(l) <= 100, seed)).containsExactly(1, 100);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void setOfThreeShrinksToTheThreeSmallest(long seed) {
    Gen<Set<Integer>> sets = Gen.sets(Gen.integers(0, 100), 0, 10);

    assertThat(shrunk(sets, s -> s.size() < 3, seed)).containsExactly(0, 1, 2);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void doubleAboveAThresholdShrinksToTheNextWholeNumber(long seed) {
    assertThat(shrunk(Gen.doubles(-1e6, 1e6), x -> x <= 10.5, seed))
        .isGreaterThan(10.5)
        .isLessThanOrEqualTo(11.0);
  }

  /**
   * About 2% of doubles are exactly an end of the range; from every seed, including those whose
   * first failure is -10.0 or 10.0 itself, the counterexample shrinks to within one whole number of
   * the boundary.
   */
  @Test
  void theEndsOfADoubleRangeShrinkLikeAnyOtherValue() {
    Gen<Double> doubles = Gen.doubles(-10, 10);
    int endsFirst = 0;
    for (long seed = 1; seed <= 50; seed++) {
      PropertyResult<Double> below =
          PropertyCheck.forAll(doubles).withSeed(seed).runThat(x -> x > -3.3);
      PropertyResult<Double> outside =
          PropertyCheck.forAll(doubles).withSeed(seed).runThat(x -> Math.abs(x) < 3.3);
      endsFirst += below.original().filter(x -> x == -10.0).isPresent() ? 1 : 0;
      endsFirst += outside.original().filter(x -> Math.abs(x) == 10.0).isPresent() ? 1 : 0;

      assertThat(below.shrunk().orElseThrow()).as("seed %d", seed).isBetween(-4.0, -3.3);
      assertThat(Math.abs(outside.shrunk().orElseThrow())).as("seed %d", seed).isBetween(3.3, 4.0);
    }
    assertThat(endsFirst).as("runs whose first failure is an end of the range").isPositive();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void integersShrinkTowardTheirTarget(long seed) {
    assertThat(shrunk(Gen.integers(1, 100, 50), x -> x < 60, seed)).isEqualTo(60);
    assertThat(shrunk(Gen.integers(1, 100, 50), x -> x > 40, seed)).isEqualTo(40);
  }

  @Test
  void anAmountThatMustStayTogetherDrainsIntoOneChoiceWithinOnePass() {
    // Two choices (the second at most 32767, as a magnitude of a short) that fail while their
    // sum reaches 32768: the smallest failing sequence moves all it can into the second.
    long[] start = {16384, 16384};
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              if (candidate.length != 2 || Long.compareUnsigned(candidate[1], 32767) > 0) {
                return java.util.Optional.empty();
              }
              return candidate[0] + candidate[1] >= 32768
                  ? java.util.Optional.of(candidate.clone())
                  : java.util.Optional.empty();
            },
            start,
            5000);

    assertThat(shrinker.shrink()).containsExactly(1, 32767);
    assertThat(shrinker.exhausted()).isFalse();
    // Moving one halving per round of all passes took about 500 attempts; within one pass, 84.
    assertThat(shrinker.attempts()).isLessThan(200);
  }

  /**
   * Ratings of 1 to 4 summing to 10 or more: the fewest ratings that do are three, {@code [2, 4,
   * 4]}. Deleting any one rating of {@code [1, 1, 4, 4]} passes and its 4s cannot grow, so the
   * shrinker stopped there (and at {@code [1, 1, 1, 3, 4]}) from about half of the seeds, until a
   * deleted rating could move its value into a neighbour.
   */
  @Test
  void aSumThatMustStayLargeLosesElementsByMovingTheirValueIntoANeighbour() {
    Gen<List<Integer>> ratings = Gen.lists(Gen.integers(1, 4), 1, 12);
    List<String> missed = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 60; seed++) {
      List<Integer> smallest = shrunk(ratings, l -> sum(l) < 10, seed * 7919);
      if (!smallest.equals(List.of(2, 4, 4))) {
        missed.add(seed * 7919 + ": " + smallest);
      }
    }
    assertThat(missed).as("seeds not reaching [2, 4, 4]").isEmpty();
  }

  /**
   * Doubles of 0 to 10 summing to 10 or more: the smallest counterexample is {@code [10.0]}, the
   * end of the range. The end came only from the kind of a double, which needs the whole and the
   * fraction at their largest at once, so the shrinker stopped at {@code [1.0, 9.0]} or {@code
   * [0.36, 9.64]} from 265 of 300 seeds; with one whole beyond the largest read as the end, moving
   * amount into the whole reaches it. Doubles of 1 to 4 reach the fewest elements, three, the same
   * way.
   */
  @Test
  void aSumOfDoublesReachesTheEndOfTheRange() {
    Gen<List<Double>> tens = Gen.lists(Gen.doubles(0, 10), 0, 12);
    Gen<List<Double>> signed = Gen.lists(Gen.doubles(-10, 10), 0, 12);
    Gen<List<Double>> ratings = Gen.lists(Gen.doubles(1, 4), 1, 12);
    List<String> missed = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      List<Double> ten = shrunk(tens, l -> sumOf(l) < 10, seed * 7919);
      List<Double> signedTen = shrunk(signed, l -> sumOf(l) < 10, seed * 7919);
      List<Double> rated = shrunk(ratings, l -> sumOf(l) < 10, seed * 7919);
      if (!ten.equals(List.of(10.0)) || !signedTen.equals(List.of(10.0)) || rated.size() != 3) {
        missed.add(seed * 7919 + ": " + ten + ", " + signedTen + ", " + rated);
      }
    }
    assertThat(missed).as("seeds not reaching [10.0] or three doubles of 1 to 4").isEmpty();
  }

  private static double sumOf(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Values 100 to 200 summing to 1,000 or more: the fewest are five 200s. An element's choice is
   * its distance above 100, so the choices a deleted element held say nothing of the 100 it
   * carried; the shrinker stopped at eight or nine elements such as {@code [100, 100, 100, 100,
   * 100, 100, 200, 200]} from every seed until a neighbour could also take its largest value.
   */
  @Test
  void aSumOfValuesFarFromZeroShrinksToTheFewestElements() {
    Gen<List<Integer>> values = Gen.lists(Gen.integers(100, 200), 1, 10);
    List<String> missed = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 30; seed++) {
      List<Integer> smallest = shrunk(values, l -> sum(l) < 1000, seed * 7919);
      if (!smallest.equals(List.of(200, 200, 200, 200, 200))) {
        missed.add(seed * 7919 + ": " + smallest);
      }
    }
    assertThat(missed).as("seeds not reaching five 200s").isEmpty();
  }

  /**
   * Thirty doubles are the smallest list of at least thirty: nothing smaller fails, and the pass
   * that moves a deleted element into a neighbour would try thousands of candidates along the list
   * and spend the rest of the budget of 5,000 attempts, reporting that a smaller counterexample may
   * exist. It gives up after a run of candidates that do not fail.
   */
  @Test
  void aLongMinimalListDoesNotSpendTheShrinkBudget() {
    Gen<List<Double>> doubles = Gen.lists(Gen.doubles(-5, 5), 0, 100);
    for (long seed = 1; seed <= 3; seed++) {
      PropertyResult<List<Double>> result =
          PropertyCheck.forAll(doubles)
              .withSeed(seed * 7919)
              .withTries(1000)
              .runThat(l -> l.size() < 30);

      assertThat(result.shrunk().orElseThrow()).as("seed %d", seed * 7919).hasSize(30);
      assertThat(result.shrinkBudgetExhausted()).as("seed %d", seed * 7919).isFalse();
    }
  }

  /** The same for sums inside nested lists, which have more ways to get stuck. */
  @Test
  void aSumOverNestedListsShrinksToTheFewestElements() {
    Gen<List<List<Integer>>> nested = Gen.lists(Gen.lists(Gen.integers(0, 9), 0, 10), 0, 10);
    List<String> missed = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 100; seed++) {
      List<List<Integer>> smallest =
          shrunk(nested, ls -> ls.stream().mapToInt(ShrinkingTest::sum).sum() < 20, seed * 7919);
      if (!smallest.equals(List.of(List.of(2, 9, 9)))) {
        missed.add(seed * 7919 + ": " + smallest);
      }
    }
    assertThat(missed).as("seeds not reaching [[2, 9, 9]]").isEmpty();
  }

  private static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }
}
