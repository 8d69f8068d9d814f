package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The engine survives the generators users write: recursive generators, values that outgrow the
 * choice budget, and keeps finding bugs at small values all run long. The cases are the classic
 * ones of the Hypothesis and jqwik shrinking benchmarks.
 */
class EngineRobustnessTest {

  /** An expression tree: a leaf holding a digit, or a node with two children. */
  sealed interface Tree permits Leaf, Node {}

  record Leaf(int value) implements Tree {}

  record Node(Tree left, Tree right) implements Tree {}

  static int depth(Tree tree) {
    return tree instanceof Node n ? 1 + Math.max(depth(n.left()), depth(n.right())) : 0;
  }

  static int nodes(Tree tree) {
    return tree instanceof Node n ? 1 + nodes(n.left()) + nodes(n.right()) : 0;
  }

  /** The usual shape of a tree generator: base case first, then two recursive alternatives. */
  static Gen<Tree> trees() {
    Gen<Tree> leaf = Gen.integers(0, 9).map(Leaf::new);
    Gen<Tree> child = Gen.lazy(EngineRobustnessTest::trees);
    Gen<Tree> node = Gen.combine(child, child, Node::new);
    return Gen.oneOf(leaf, node, node);
  }

  static PropertyRunner.Run run(long seed, int tries) {
    return new PropertyRunner.Run("p", seed, tries, 5000, "");
  }

  static <T> PropertyRunner.Outcome<T> alwaysTrue(Gen<T> gen, long seed) {
    return PropertyRunner.search(gen, v -> null, run(seed, 200));
  }

  @Test
  void recursiveTreeGeneratorsNeverCrashOnAHundredSeeds() {
    Gen<Tree> trees = Gen.lazy(EngineRobustnessTest::trees);

    for (long seed = 0; seed < 100; seed++) {
      PropertyRunner.Outcome<Tree> outcome = alwaysTrue(trees, seed);

      assertThat(outcome.tries()).as("seed %d", seed).isEqualTo(200);
      assertThat(outcome.falsification()).isEmpty();
    }
  }

  @Test
  void uniformHeapGeneratorNeverCrashes() {
    Gen<Tree> heaps = Gen.lazy(EngineRobustnessTest::heaps);

    for (long seed = 0; seed < 50; seed++) {
      assertThat(alwaysTrue(heaps, seed).tries()).as("seed %d", seed).isEqualTo(200);
    }
  }

  private static Gen<Tree> heaps() {
    Gen<Tree> child = Gen.lazy(EngineRobustnessTest::heaps);
    return Gen.oneOf(Gen.constant(new Leaf(0)), Gen.combine(child, child, Node::new));
  }

  @Test
  void recursionDepthIsBoundedByTheSize() {
    Gen<Tree> trees = Gen.lazy(EngineRobustnessTest::trees);

    for (long seed = 0; seed < 20; seed++) {
      List<Tree> values = trees.sample(seed, 200);
      for (int i = 0; i < values.size(); i++) {
        int size = Math.min(Choices.MAX_SIZE, i);
        assertThat(depth(values.get(i)))
            .as("seed %d try %d", seed, i)
            .isLessThanOrEqualTo(3 + size / 5);
      }
    }
  }

  @Test
  void recursiveBuildsTreesThatGrowOverTheRunAndShrinkToTheSmallestFailingOne() {
    Gen<Tree> trees =
        Gen.recursive(
            Gen.integers(0, 9).map(Leaf::new), self -> Gen.combine(self, self, Node::new));

    List<Tree> values = trees.sample(3, 200);

    assertThat(values.subList(0, 10)).allSatisfy(t -> assertThat(depth(t)).isLessThanOrEqualTo(5));
    assertThat(values).anySatisfy(t -> assertThat(depth(t)).isGreaterThanOrEqualTo(4));
    assertThat(trees).hasToString("recursive(integers(0, 9).map(...), ...)");
    assertThat(ShrinkingTest.shrunk(trees, t -> nodes(t) < 3, 5))
        .isEqualTo(
            new Node(new Leaf(0), new Node(new Leaf(0), new Node(new Leaf(0), new Leaf(0)))));
  }

  @Test
  void aGeneratorWithoutABaseCaseIsToldSo() {
    Gen<Tree> baseLast = Gen.lazy(EngineRobustnessTest::baseLast);

    assertThatThrownBy(() -> PropertyCheck.forAll(baseLast).named("p").withSeed(1).check(t -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Property p could not generate a value at try 1 (seed 1): ")
        .hasMessageContaining("a recursive generator has no base case")
        .hasMessageContaining("put the base case first in oneOf or frequency")
        .hasMessageContaining("Gen.recursive(base, extend)");
  }

  private static Gen<Tree> baseLast() {
    Gen<Tree> child = Gen.lazy(EngineRobustnessTest::baseLast);
    return Gen.oneOf(Gen.combine(child, child, Node::new), Gen.constant(new Leaf(0)));
  }

  @Test
  void deeplyNestedListsNeverCrash() {
    Gen<List<List<List<Integer>>>> cubes =
        Gen.lists(Gen.lists(Gen.lists(Gen.integers(), 0, 20), 0, 20), 0, 20);
    Gen<List<List<Integer>>> wide = Gen.lists(Gen.lists(Gen.integers(), 0, 1000), 0, 1000);

    for (long seed = 0; seed < 10; seed++) {
      assertThat(alwaysTrue(cubes, seed).tries()).isEqualTo(200);
      assertThat(alwaysTrue(wide, seed).tries()).isEqualTo(200);
    }
  }

  @Test
  void aValueThatOutgrowsTheBudgetIsDiscardedAndCounted() {
    Gen<List<Integer>> huge = Gen.lists(Gen.integers(0, 9), 20_000, 20_000);
    Gen<List<Integer>> sometimesHuge =
        Gen.integers(0, 3)
            .flatMap(k -> k == 3 ? huge : Gen.lists(Gen.integers(0, 9), 0, 5))
            .describedAs("sometimesHuge");

    PropertyRunner.Outcome<List<Integer>> outcome = alwaysTrue(sometimesHuge, 1);

    assertThat(outcome.tries()).isEqualTo(200);
    assertThat(outcome.discards()).isBetween(10, 200);
  }

  @Test
  void tooManyDiscardsFailTheRunWithTheCountAndTheReason() {
    Gen<List<Integer>> huge = Gen.lists(Gen.integers(0, 9), 20_000, 20_000);

    assertThatThrownBy(() -> PropertyCheck.forAll(huge).named("p").withSeed(2).check(l -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Property p gave up after discarding 1001 values with only 0 of 200 tries done (seed"
                + " 2); the last was discarded because a generator drew more than 10000 choices"
                + " for one value");
  }

  @Test
  void sizesScaleWithTheTry() {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(), 0, 1000);

    for (long seed = 0; seed < 10; seed++) {
      List<List<Integer>> values = lists.sample(seed, 200);
      assertThat(values.subList(0, 5)).allSatisfy(l -> assertThat(l).hasSizeLessThan(15));
      double early = values.subList(0, 20).stream().mapToInt(List::size).average().orElseThrow();
      double late = values.subList(100, 200).stream().mapToInt(List::size).average().orElseThrow();
      assertThat(early).isLessThan(late);
    }
  }

  @Test
  void adjacentIntegersAreFoundOnMostSeeds() {
    Gen<Tuple.Pair<Integer, Integer>> pairs = Gen.zip(Gen.integers(), Gen.integers());

    long found =
        LongStream.range(0, 100)
            .filter(
                seed ->
                    PropertyRunner.search(
                            pairs,
                            p -> p.first() - p.second() == 1 ? new AssertionError("found") : null,
                            run(seed, 200))
                        .falsification()
                        .isPresent())
            .count();

    assertThat(found).isGreaterThanOrEqualTo(55);
  }

  @Test
  void specialValuesComeUpLateInTheRunToo() {
    List<Integer> late = Gen.integers().sample(11, 2000).subList(100, 2000);
    List<Long> lateLongs = Gen.longs().sample(11, 2000).subList(100, 2000);

    assertThat(late).contains(0, 1, -1, 2, -2, Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertThat(lateLongs).contains(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(late.stream().filter(v -> Math.abs((long) v) <= 3).count())
        .isGreaterThan(late.size() / 10);
  }

  @Test
  void doublesReachBothBoundsWithoutPilingUpThere() {
    List<Double> unit = Gen.doubles(0, 1).sample(5, 10_000);
    List<Double> wider = Gen.doubles(1, 4).sample(5, 10_000);

    assertThat(share(unit, 0.0)).isBetween(0.005, 0.04);
    assertThat(share(unit, 1.0)).isBetween(0.005, 0.04);
    assertThat(share(wider, 1.0)).isBetween(0.005, 0.04);
    assertThat(share(wider, 4.0)).isBetween(0.005, 0.04);
    assertThat(unit.stream().filter(v -> v > 0.5).count()).isBetween(3000L, 7000L);
    assertThat(wider).allSatisfy(v -> assertThat(v).isBetween(1.0, 4.0));
  }

  private static double share(List<Double> values, double exactly) {
    return values.stream().filter(v -> v == exactly).count() / (double) values.size();
  }

  @Test
  void anExhaustedShrinkBudgetIsReported() {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(), 0, 50);

    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(lists)
                    .named("p")
                    .withSeed(3)
                    .withMaxShrinkAttempts(5)
                    .checkThat(l -> l.stream().mapToLong(Integer::longValue).sum() <= 1000))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "in 5 attempts; stopped: the budget of 5 attempts ran out, so a smaller"
                + " counterexample may exist");
  }

  @Test
  void aCompleteShrinkDoesNotClaimTheBudgetRanOut() {
    assertThatThrownBy(
            () -> PropertyCheck.forAll(Gen.integers()).named("p").withSeed(3).checkThat(x -> x < 7))
        .hasMessageContaining("shrunk counterexample:   7")
        .hasMessageNotContaining("budget");
  }

  /**
   * Hypothesis' "coupling" case: no two positions of a list point at each other. Reaching {@code
   * [1, 0]} from {@code [0, 0, 0, 0, 0, 6, 5]} takes deleting an element while lowering the rest.
   */
  @Test
  void couplingShrinksToTheCanonicalPair() {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(0, 10), 0, 20);

    for (long seed = 0; seed < 30; seed++) {
      assertThat(ShrinkingTest.shrunk(lists, EngineRobustnessTest::uncoupled, seed))
          .as("seed %d", seed)
          .containsExactly(1, 0);
    }
  }

  private static boolean uncoupled(List<Integer> values) {
    for (int i = 0; i < values.size(); i++) {
      int j = values.get(i);
      if (j != i && j < values.size() && values.get(j) == i) {
        return false;
      }
    }
    return true;
  }

  @Test
  void deletingWhileLoweringLaterChoicesUnsticksCoupling() {
    // [0, 0, 0, 0, 0, 6, 5] as choices: a continue flag before each element, a final stop flag.
    long[] stuck = {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 6, 1, 5, 0};
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(0, 10), 0, 20);
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              Choices replay = Choices.replay(candidate);
              try {
                return uncoupled(lists.generate(replay))
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(replay.toArray());
              } catch (GenerationFailed e) {
                return java.util.Optional.empty();
              }
            },
            stuck,
            5000);

    assertThat(lists.generate(Choices.replay(shrinker.shrink()))).containsExactly(1, 0);
  }

  @Test
  void theSameElementsInAnotherOrderShrinkToOneCanonicalOrder() {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(-100, 100), 0, 30);
    Gen<List<Integer>> wide = Gen.lists(Gen.integers(), 0, 30);

    for (long seed = 0; seed < 30; seed++) {
      assertThat(ShrinkingTest.shrunk(lists, l -> !(l.contains(3) && l.contains(-2)), seed))
          .as("seed %d", seed)
          .containsExactly(-2, 3);
      assertThat(
              ShrinkingTest.shrunk(
                  wide,
                  l -> !(l.stream().anyMatch(x -> x >= 5) && l.stream().anyMatch(x -> x <= -5)),
                  seed))
          .as("seed %d", seed)
          .containsExactly(5, -5);
    }
  }

  @Test
  void signsNormaliseToOneCounterexample() {
    for (long seed = 0; seed < 30; seed++) {
      assertThat(ShrinkingTest.shrunk(Gen.integers(), x -> Math.abs((long) x) < 10, seed))
          .isEqualTo(10);
      assertThat(
              ShrinkingTest.shrunk(
                  Gen.zip(Gen.integers(), Gen.integers()), p -> p.first() <= p.second(), seed))
          .isEqualTo(new Tuple.Pair<>(0, -1));
    }
  }
}
