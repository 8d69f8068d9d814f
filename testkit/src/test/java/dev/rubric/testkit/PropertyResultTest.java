package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API users reach for: assume, the result object, statistics and small integer types. */
class PropertyResultTest {

  @Test
  void aFalsifiedRunReturnsItsCounterexamplesInsteadOfThrowing() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 10_000)).named("p").withSeed(4).runThat(x -> x < 100);

    assertThat(result.falsified()).isTrue();
    assertThat(result.property()).isEqualTo("p");
    assertThat(result.seed()).isEqualTo(4);
    assertThat(result.shrunk()).contains(100);
    assertThat(result.original())
        .hasValueSatisfying(x -> assertThat(x).isGreaterThanOrEqualTo(100));
    assertThat(result.failure()).contains("java.lang.AssertionError: the property returned false");
    assertThat(result.tries()).isBetween(1, 200);
    assertThat(result.shrinkSteps()).isPositive();
    assertThat(result.shrinkAttempts()).isGreaterThanOrEqualTo(result.shrinkSteps());
    assertThat(result.shrinkBudgetExhausted()).isFalse();
  }

  @Test
  void aPassingRunReportsItsTriesAndNoCounterexample() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 9)).named("p").withTries(50).run(x -> {});

    assertThat(result.falsified()).isFalse();
    assertThat(result.tries()).isEqualTo(50);
    assertThat(result.discards()).isZero();
    assertThat(result.shrunk()).isEmpty();
    assertThat(result.failure()).isEmpty();
  }

  @Test
  void theResultReportsAnExhaustedShrinkBudget() {
    PropertyResult<List<Integer>> result =
        PropertyCheck.forAll(Gen.lists(Gen.integers(), 0, 50))
            .withSeed(3)
            .withMaxShrinkAttempts(5)
            .runThat(l -> l.stream().mapToLong(Integer::longValue).sum() <= 1000);

    assertThat(result.shrinkBudgetExhausted()).isTrue();
    assertThat(result.shrinkAttempts()).isEqualTo(5);
  }

  @Test
  void assumeDiscardsValuesAndCountsThem() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 99))
            .withSeed(1)
            .run(
                x -> {
                  PropertyCheck.assume(x % 2 == 0);
                  assertThat(x % 2).isZero();
                });

    assertThat(result.falsified()).isFalse();
    assertThat(result.tries()).isEqualTo(200);
    assertThat(result.discards()).isBetween(50, 400);
  }

  @Test
  void anAssumptionIsNeverShrunkInto() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 10_000))
            .withSeed(2)
            .runThat(
                x -> {
                  PropertyCheck.assume(x >= 50, "at least 50");
                  return x < 500;
                });

    assertThat(result.shrunk()).contains(500);
  }

  @Test
  void tooManyRejectedAssumptionsFailWithTheCountAndTheReason() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.integers(0, 99))
                    .named("p")
                    .withSeed(1)
                    .withTries(10)
                    .check(x -> PropertyCheck.assume(x > 1000, "x above 1000")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Property p gave up after discarding 101 values with only 0 of 10 tries done (seed 1);"
                + " the last was discarded because the assumption \"x above 1000\" did not hold;"
                + " generate values that satisfy it directly instead");
  }

  @Test
  void statisticsCountTheLabelsOfTheTries() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 9))
            .withSeed(1)
            .withTries(100)
            .run(x -> Statistics.collect(x % 2 == 0 ? "even" : "odd"));

    assertThat(result.statistics()).containsOnlyKeys("even", "odd");
    assertThat(result.statistics().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(100);
    assertThat(result.percentage("even") + result.percentage("odd")).isEqualTo(100.0);
    assertThat(result.percentage("never")).isZero();
  }

  @Test
  void aLabelOfNoValuesIsRefusedRatherThanCountedBlank() {
    assertThatThrownBy(() -> Statistics.collect())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be empty: give at least one label");
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 9))
            .named("p")
            .withSeed(1)
            .run(x -> Statistics.collect());

    assertThat(result.falsified()).isTrue();
    assertThat(result.statistics()).doesNotContainKey("");
  }

  @Test
  void statisticsAppearInTheFailureMessage() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.integers(0, 1000))
                    .named("p")
                    .withSeed(1)
                    .checkThat(
                        x -> {
                          Statistics.collect("size", x < 10 ? "small" : "large");
                          return x < 500;
                        }))
        .hasMessageContaining("  statistics:")
        .hasMessageContaining("size, small");
  }

  @Test
  void unmetCoverageFailsAPassingRun() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.integers(0, 99))
                    .named("p")
                    .withSeed(1)
                    .withCoverage("zero", 50)
                    .check(x -> Statistics.collect(x == 0 ? "zero" : "other")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property p held but missed its coverage: \"zero\" in ")
        .hasMessageContaining("at least 50.0% required");

    PropertyCheck.forAll(Gen.integers(0, 99))
        .withSeed(1)
        .withCoverage("other", 50)
        .check(x -> Statistics.collect(x == 0 ? "zero" : "other"));
  }

  @Test
  void collectOutsideARunDoesNothing() {
    Statistics.collect("ignored");

    assertThat(PropertyCheck.forAll(Gen.constant(1)).withTries(3).run(x -> {}).statistics())
        .isEmpty();
  }

  /** Replaces the package sanity test's automatic one, whose samples break the invariant. */
  @Test
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(passed("p"), passed("p"))
        .addEqualityGroup(passed("q"))
        .addEqualityGroup(
            new PropertyResult<>(
                "p",
                1,
                1,
                0,
                Optional.of(1),
                Optional.of(2),
                Optional.of("f"),
                1,
                2,
                true,
                Map.of("a", 1)))
        .testEquals();
  }

  private static PropertyResult<Integer> passed(String name) {
    return new PropertyResult<>(
        name, 1, 1, 0, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, false, Map.of());
  }

  @Test
  void theResultIsAnImmutableValue() {
    Map<String, Integer> counts = new java.util.HashMap<>(Map.of("a", 1));
    PropertyResult<Integer> result =
        new PropertyResult<>(
            "p",
            1,
            1,
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            false,
            counts);
    counts.put("b", 2);

    assertThat(result.statistics()).containsOnlyKeys("a");
    assertThatThrownBy(() -> result.statistics().put("c", 3))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new PropertyResult<>(
                    "p",
                    1,
                    1,
                    0,
                    Optional.of(1),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    0,
                    false,
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrunk, original and failure must be all present or all empty");
  }

  @Test
  void smallIntegerTypesStayInRangeAndShrinkTowardZero() {
    assertThat(Gen.shorts().sample(1, 500))
        .contains((short) 0, Short.MIN_VALUE, Short.MAX_VALUE)
        .anySatisfy(v -> assertThat(v).isNegative());
    assertThat(Gen.bytes((byte) -3, (byte) 5).sample(1, 300))
        .allSatisfy(v -> assertThat(v).isBetween((byte) -3, (byte) 5))
        .contains((byte) -3, (byte) 0, (byte) 5);
    assertThat(Gen.chars('a', 'z').sample(1, 300))
        .allSatisfy(v -> assertThat(v).isBetween('a', 'z'))
        .contains('a', 'z');
    assertThat(ShrinkingTest.shrunk(Gen.shorts(), x -> x < 300, 1)).isEqualTo((short) 300);
    assertThat(ShrinkingTest.shrunk(Gen.bytes(), x -> x > -5, 1)).isEqualTo((byte) -5);
    assertThat(ShrinkingTest.shrunk(Gen.chars('a', 'z'), x -> x < 'q', 1)).isEqualTo('q');
    assertThat(Gen.chars('a', 'z')).hasToString("chars('\\u0061', '\\u007a')");
    assertThatThrownBy(() -> Gen.chars('z', 'a'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (122) must be <= max (97)");
  }

  @Test
  void frequencyTakesAnyNumberOfWeightedGenerators() {
    Gen<String> letters =
        Gen.frequency(
            Gen.weighted(8, Gen.constant("a")),
            Gen.weighted(1, Gen.constant("b")),
            Gen.weighted(1, Gen.constant("c")),
            Gen.weighted(0, Gen.constant("never")));

    List<String> values = letters.sample(1, 1000);

    assertThat(values).containsOnly("a", "b", "c");
    assertThat(values.stream().filter("a"::equals).count()).isBetween(700L, 900L);
    assertThatThrownBy(() -> Gen.frequency(Gen.weighted(-1, Gen.constant("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (-1) must be >= 0");
  }
}
