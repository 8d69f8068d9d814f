package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generators stay in their bounds, replay from a seed, grow over a run and check arguments. */
class GenTest {

  @Test
  void sameSeedGivesTheSameValuesBitForBit() {
    Gen<List<Double>> gen = Gen.lists(Gen.doubles(-1e9, 1e9), 0, 50);

    List<List<Double>> first = gen.sample(42, 300);
    List<List<Double>> second = gen.sample(42, 300);

    assertThat(first).hasSize(300).isEqualTo(second);
    assertThat(gen.sample(43, 300)).isNotEqualTo(first);
  }

  @Test
  void integersStayInRangeAndReachBothEnds() {
    List<Integer> values = Gen.integers(-3, 7).sample(1, 500);

    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(-3, 7)).contains(-3, 0, 7);
  }

  @Test
  void lopsidedRangesDrawEachSideOfTheTargetAboutHalfTheTime() {
    List<Integer> mostlyAbove = Gen.integers(-5, 1_000_000).sample(1, 2000);
    List<Integer> mostlyBelow = Gen.integers(-1_000_000, 3).sample(1, 2000);

    assertThat(mostlyAbove.stream().filter(v -> v < 0).count()).isBetween(800L, 1200L);
    assertThat(mostlyAbove).contains(-5, -4, -3, -2, -1, 1_000_000);
    assertThat(mostlyBelow.stream().filter(v -> v > 0).count()).isBetween(800L, 1200L);
    assertThat(mostlyBelow).contains(1, 2, 3, -1_000_000);
  }

  @Test
  void fullRangesCoverBothSigns() {
    assertThat(Gen.integers().sample(1, 500))
        .anySatisfy(v -> assertThat(v).isNegative())
        .anySatisfy(v -> assertThat(v).isGreaterThan(1_000_000));
    assertThat(Gen.longs().sample(1, 500))
        .anySatisfy(v -> assertThat(v).isLessThan(-1L << 40))
        .contains(Long.MAX_VALUE);
  }

  @Test
  void doublesStayInRange() {
    assertThat(Gen.doubles(0.5, 2.5).sample(1, 500))
        .allSatisfy(v -> assertThat(v).isBetween(0.5, 2.5))
        .anySatisfy(v -> assertThat(v).isLessThan(0.51))
        .contains(2.5);
  }

  @Test
  void collectionsRespectTheirSizeBounds() {
    assertThat(Gen.lists(Gen.booleans(), 2, 5).sample(1, 300))
        .allSatisfy(l -> assertThat(l).hasSizeBetween(2, 5))
        .anySatisfy(l -> assertThat(l).hasSize(5));
    assertThat(Gen.sets(Gen.integers(0, 9), 3, 10).sample(1, 300))
        .allSatisfy(s -> assertThat(s).hasSizeBetween(3, 10));
    assertThat(Gen.maps(Gen.integers(0, 9), Gen.booleans(), 1, 4).sample(1, 300))
        .allSatisfy(m -> assertThat(m).hasSizeBetween(1, 4));
    assertThat(Gen.strings("ab", 1, 3).sample(1, 300))
        .allSatisfy(s -> assertThat(s).hasSizeBetween(1, 3).matches("[ab]+"));
  }

  /**
   * A geometric length cut off at the maximum put its whole tail on the maximum: 38% of {@code
   * lists(..., 0, 12)} late in a run were full, more than any other size. The mean length is now at
   * most a third of the room, so the maximum comes up about 6% of the time and small sizes most.
   */
  @Test
  void collectionSizesFavourSmallOnesAndStillReachTheMaximum() {
    List<Integer> lists =
        Gen.lists(Gen.integers(0, 9), 0, 12).map(List::size).sample(1, 2000).subList(100, 2000);
    List<Integer> sets =
        Gen.sets(Gen.integers(0, 99), 0, 12).map(Set::size).sample(1, 2000).subList(100, 2000);
    List<Integer> maps =
        Gen.maps(Gen.integers(0, 99), Gen.booleans(), 0, 12)
            .map(Map::size)
            .sample(1, 2000)
            .subList(100, 2000);
    List<Integer> strings =
        Gen.strings("ab", 0, 12).map(String::length).sample(1, 2000).subList(100, 2000);

    for (List<Integer> sizes : List.of(lists, sets, maps, strings)) {
      long full = sizes.stream().filter(n -> n == 12).count();
      long small = sizes.stream().filter(n -> n <= 2).count();
      assertThat(full).as("full collections in 1,900").isBetween(40L, 250L);
      assertThat(small).as("collections of 0 to 2 in 1,900").isGreaterThan(700L);
      assertThat(sizes).containsAll(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    }
  }

  @Test
  void earlyTriesAreSmallerThanLateOnes() {
    List<List<Integer>> values = Gen.lists(Gen.integers(0, 1_000_000), 0, 100).sample(7, 200);

    double earlySize = values.subList(0, 20).stream().mapToInt(List::size).average().orElseThrow();
    double lateSize =
        values.subList(180, 200).stream().mapToInt(List::size).average().orElseThrow();
    assertThat(earlySize).isLessThan(lateSize);
    assertThat(values.get(0)).allSatisfy(v -> assertThat(v).isLessThan(16));
  }

  @Test
  void choicesCoverEveryOption() {
    assertThat(Gen.elements("a", "b", "c").sample(1, 100)).containsOnly("a", "b", "c");
    assertThat(Gen.oneOf(Gen.constant(1), Gen.integers(5, 6)).sample(1, 100)).containsOnly(1, 5, 6);
    assertThat(Gen.optionals(Gen.constant("x")).sample(1, 100))
        .contains(Optional.empty(), Optional.of("x"));
  }

  @Test
  void frequencyFollowsTheWeights() {
    assertThat(Gen.frequency(0, Gen.constant("never"), 1, Gen.constant("always")).sample(1, 100))
        .containsOnly("always");
    List<String> mostlyA =
        Gen.frequency(9, Gen.constant("a"), 1, Gen.constant("b")).sample(1, 1000);
    assertThat(mostlyA.stream().filter("a"::equals).count()).isBetween(850L, 950L);
  }

  @Test
  void zipAndCombineDrawEachPart() {
    assertThat(Gen.zip(Gen.constant(1), Gen.constant("a"), Gen.constant(true)).sample(1, 1))
        .containsExactly(new Tuple.Triple<>(1, "a", true));
    assertThat(Gen.combine(Gen.integers(1, 1), Gen.integers(2, 2), Integer::sum).sample(1, 1))
        .containsExactly(3);
  }

  @Test
  void lazyAllowsRecursiveGenerators() {
    Gen<Integer> depth = Gen.oneOf(Gen.constant(0), Gen.lazy(GenTest::deeper));

    assertThat(depth.sample(1, 200)).contains(0).anySatisfy(d -> assertThat(d).isPositive());
  }

  private static Gen<Integer> deeper() {
    return Gen.oneOf(Gen.constant(0), Gen.lazy(GenTest::deeper)).map(d -> d + 1);
  }

  @Test
  void filterGivesUpNamingTheGenerator() {
    Gen<Integer> impossible = Gen.integers(0, 10).filter(x -> x > 100);

    assertThatThrownBy(() -> impossible.sample(1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "filter gave up: it rejected 100 consecutive values of integers(0, 10); generate valid"
                + " values directly (for example with map or a narrower range) instead");
  }

  @Test
  void filterGivingUpOnEveryValueStopsAPropertyWithItsSeed() {
    Gen<Integer> impossible = Gen.integers(0, 10).describedAs("small").filter(x -> x > 100);

    assertThatThrownBy(() -> PropertyCheck.forAll(impossible).named("p").withSeed(5).check(x -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Property p gave up after discarding 1001 values with only 0 of 200 tries done (seed"
                + " 5); the last was discarded because filter gave up: it rejected 100 consecutive"
                + " values of small; generate valid values directly (for example with map or a"
                + " narrower range) instead");
  }

  @Test
  void setsGiveUpWhenTooFewDistinctValuesExist() {
    assertThatThrownBy(() -> Gen.sets(Gen.integers(0, 1), 3, 3).sample(1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("integers(0, 1) produced 100 duplicates in a row");
  }

  @Test
  void generatedCollectionsAreUnmodifiable() {
    List<Integer> list = Gen.lists(Gen.integers(0, 9), 1, 3).sample(1, 1).get(0);
    Set<Integer> set = Gen.sets(Gen.integers(0, 9), 1, 3).sample(1, 1).get(0);
    Map<Integer, Integer> map =
        Gen.maps(Gen.integers(0, 9), Gen.integers(0, 9), 1, 3).sample(1, 1).get(0);

    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.put(1, 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void descriptionsNameTheComposition() {
    assertThat(Gen.lists(Gen.integers(0, 9), 0, 5).map(List::size))
        .hasToString("lists(integers(0, 9), 0, 5).map(...)");
    assertThat(Gen.integers(1, 9, 5)).hasToString("integers(1, 9, 5)");
    assertThat(Gen.strings("ab", 0, 2)).hasToString("strings(\"ab\", 0, 2)");
  }

  /** A value whose {@code toString()} fails. */
  static final class Unprintable {
    @Override
    public String toString() {
      throw new IllegalStateException("not printable");
    }
  }

  @Test
  void descriptionsOfUsersValuesStayShortAndNeverThrow() {
    List<Integer> many = java.util.stream.IntStream.range(0, 200_000).boxed().toList();

    assertThat(Gen.elements(many))
        .hasToString("elements([0, 1, 2, 3, 4, 5, 6, 7, ... 200000 values in all])");
    assertThat(Gen.elements("a", "b")).hasToString("elements([\"a\", \"b\"])");
    assertThat(Gen.constant(new Unprintable()).toString())
        .startsWith("constant(dev.rubric.testkit.GenTest$Unprintable@")
        .contains(" (toString threw java.lang.Illega");
    assertThat(Gen.elements(new Unprintable()).sample(1, 3)).hasSize(3);
    assertThat(Gen.constant(many).toString()).hasSizeLessThan(100);
    assertThat(Gen.strings("a\nb", 0, 2)).hasToString("strings(\"a\\nb\", 0, 2)");
    assertThatThrownBy(
            () -> PropertyCheck.forAll(Gen.elements(many).filter(x -> false)).check(x -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "values of elements([0, 1, 2, 3, 4, 5, 6, 7, ... 200000 values in all])")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1000));
  }

  @Test
  void argumentsAreCheckedWithTheirValues() {
    assertThatThrownBy(() -> Gen.integers(5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (5) must be <= max (1)");
    assertThatThrownBy(() -> Gen.integers(1, 5, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkTarget (9) must be in [min, max] = [1, 5]");
    assertThatThrownBy(() -> Gen.lists(Gen.booleans(), -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSize (-1) must be >= 0");
    assertThatThrownBy(() -> Gen.doubles(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max (NaN) must be finite");
    assertThatThrownBy(() -> Gen.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be empty");
    assertThatThrownBy(() -> Gen.frequency(0, Gen.constant(1), 0, Gen.constant(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total weight (0) must be > 0");
    assertThatThrownBy(() -> Gen.integers(0, 1).sample(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count (-1) must be >= 0");
  }

  @Test
  void aFunctionThatReturnsNoGeneratorIsNamed() {
    Gen<Integer> flatMapped = Gen.integers(3, 3).flatMap(x -> null);
    Gen<Integer> lazy = Gen.lazy(() -> null);

    assertThatThrownBy(() -> flatMapped.sample(1, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(
            "the binder of integers(3, 3).flatMap(...) returned null instead of a generator for 3");
    assertThatThrownBy(() -> lazy.sample(1, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the supplier of lazy(...) returned null");
    assertThatThrownBy(() -> PropertyCheck.forAll(flatMapped).withSeed(1).checkThat(x -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(seed 1): the generator threw java.lang.NullPointerException")
        .hasMessageContaining("returned null instead of a generator")
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void tooManyChoicesAreStopped() {
    Gen<List<List<Integer>>> huge = Gen.lists(Gen.lists(Gen.integers(0, 9), 1000, 1000), 11, 11);

    assertThatThrownBy(() -> huge.sample(1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a generator drew more than 10000 choices for one value");
  }

  @Test
  void runawayRecursionIsStoppedAsAMissingBaseCase() {
    Gen<Integer> endless = Gen.lazy(GenTest::endless);

    assertThatThrownBy(() -> endless.sample(1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a recursive generator has no base case: nested 54 levels deep");
  }

  private static Gen<Integer> endless() {
    return Gen.integers(0, 1).flatMap(x -> Gen.lazy(GenTest::endless));
  }
}
