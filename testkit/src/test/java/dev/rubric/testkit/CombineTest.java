package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code Gen.combine} builds records of three to eight parts, drawn in order, each shrinking. */
class CombineTest {
  record Three(int a, String b, boolean c) {}

  record Five(int a, int b, int c, int d, int e) {}

  record Eight(int a, int b, int c, int d, int e, int f, int g, int h) {}

  private static final Gen<Integer> DIGITS = Gen.integers(0, 9);

  @Test
  void partsAreDrawnInOrderAsNestedZipsDraw() {
    Gen<Three> threes = Gen.combine(DIGITS, Gen.strings("xy", 0, 3), Gen.booleans(), Three::new);
    Gen<Three> zipped =
        Gen.zip(DIGITS, Gen.strings("xy", 0, 3), Gen.booleans())
            .map(t -> new Three(t.first(), t.second(), t.third()));

    assertThat(threes.sample(7, 200)).isEqualTo(zipped.sample(7, 200));

    Gen<Five> fives = Gen.combine(DIGITS, DIGITS, DIGITS, DIGITS, DIGITS, Five::new);
    Gen<Five> nested =
        Gen.zip(Gen.zip(DIGITS, DIGITS), Gen.zip(DIGITS, DIGITS), DIGITS)
            .map(
                t ->
                    new Five(
                        t.first().first(),
                        t.first().second(),
                        t.second().first(),
                        t.second().second(),
                        t.third()));
    assertThat(fives.sample(7, 200)).isEqualTo(nested.sample(7, 200));
  }

  @Test
  void everyArityFromThreeToEightMakesItsValues() {
    Gen<Integer> one = Gen.constant(1);
    assertThat(Gen.combine(one, one, one, one, (a, b, c, d) -> a + b + c + d).sample(1, 1))
        .containsExactly(4);
    assertThat(
            Gen.combine(one, one, one, one, one, one, (a, b, c, d, e, f) -> a + b + c + d + e + f)
                .sample(1, 1))
        .containsExactly(6);
    assertThat(
            Gen.combine(
                    one,
                    one,
                    one,
                    one,
                    one,
                    one,
                    one,
                    (a, b, c, d, e, f, g) -> a + b + c + d + e + f + g)
                .sample(1, 1))
        .containsExactly(7);
    assertThat(
            Gen.combine(
                    Gen.constant(1),
                    Gen.constant(2),
                    Gen.constant(3),
                    Gen.constant(4),
                    Gen.constant(5),
                    Gen.constant(6),
                    Gen.constant(7),
                    Gen.constant(8),
                    Eight::new)
                .sample(1, 1))
        .containsExactly(new Eight(1, 2, 3, 4, 5, 6, 7, 8));
  }

  @Test
  void eachPartShrinksAndTheCounterexamplePrintsItsNamedParts() {
    Gen<Eight> eights =
        Gen.combine(
            DIGITS,
            DIGITS,
            DIGITS,
            DIGITS,
            DIGITS,
            Gen.integers(0, 100),
            DIGITS,
            DIGITS,
            Eight::new);

    PropertyResult<Eight> result =
        PropertyCheck.forAll(eights).withSeed(3).runThat(e -> e.f() <= 50 || e.a() + e.h() < 5);

    assertThat(result.shrunk()).contains(new Eight(0, 0, 0, 0, 0, 51, 0, 5));
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(eights)
                    .withSeed(3)
                    .checkThat(e -> e.f() <= 50 || e.a() + e.h() < 5))
        .hasMessageContaining(
            "shrunk counterexample:   Eight[a=0, b=0, c=0, d=0, e=0, f=51, g=0, h=5]");
  }

  @Test
  void describesItsParts() {
    assertThat(Gen.combine(DIGITS, DIGITS, DIGITS, (a, b, c) -> a).toString())
        .isEqualTo("combine(integers(0, 9), integers(0, 9), integers(0, 9))");
  }
}
