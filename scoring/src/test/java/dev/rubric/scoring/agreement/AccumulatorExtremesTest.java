package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Merging accumulators whose ratings lie at the ends of the {@code int} range: the end of a span
 * ({@code lo + width}) leaves the {@code int} range there, and merge once failed to grow its span
 * and wrote out of bounds. Every accumulator and its parallel collector must equal one pass, bit
 * for bit, for every split.
 */
class AccumulatorExtremesTest {
  private static final int M = Integer.MAX_VALUE;

  /** The lowest rating value; {@link Integer#MIN_VALUE} itself is the missing marker. */
  private static final int LOWEST = Integer.MIN_VALUE + 1;

  /**
   * Two groups of units 100 apart at the end of the range: every other unit of the low group misses
   * a rating; {@code raters} cells per unit.
   */
  private static int[][] units(boolean nearMax, int count, int raters, boolean missing) {
    int[][] out = new int[2 * count][raters];
    for (int i = 0; i < 2 * count; i++) {
      int group = i < count ? 100 : 0;
      for (int j = 0; j < raters; j++) {
        int offset = group + i % (5 + 2 * j);
        out[i][j] = nearMax ? M - offset : LOWEST + 200 - offset;
      }
      if (missing && i < count && i % 2 == 0) {
        out[i][raters - 1] = Ratings.MISSING;
      }
    }
    return out;
  }

  private static <A, R> void assertMergesEqualOnePass(
      int[][] units,
      Supplier<A> empty,
      java.util.function.BiConsumer<A, int[]> add,
      java.util.function.BinaryOperator<A> merge,
      Function<A, R> result,
      Collector<int[], ?, R> collector) {
    A whole = empty.get();
    for (int[] u : units) {
      add.accept(whole, u);
    }
    R onePass = result.apply(whole);
    for (int cut = 0; cut <= units.length; cut += Math.max(1, units.length / 7)) {
      A left = empty.get();
      A right = empty.get();
      for (int i = 0; i < units.length; i++) {
        add.accept(i < cut ? left : right, units[i]);
      }
      assertThat(result.apply(merge.apply(left, right)))
          .as("cut %s, low into high", cut)
          .isEqualTo(onePass);
      A left2 = empty.get();
      A right2 = empty.get();
      for (int i = 0; i < units.length; i++) {
        add.accept(i < cut ? left2 : right2, units[i]);
      }
      assertThat(result.apply(merge.apply(right2, left2)))
          .as("cut %s, high into low", cut)
          .isEqualTo(onePass);
    }
    List<int[]> list = new ArrayList<>(Arrays.asList(units));
    for (int i = 0; i < 5; i++) {
      assertThat(list.parallelStream().collect(collector)).isEqualTo(onePass);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void alphaMergesAtTheEndsOfTheIntRange(boolean nearMax) {
    for (AlphaLevel level : AlphaLevel.values()) {
      KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
      assertMergesEqualOnePass(
          units(nearMax, 1000, 3, true),
          alpha::accumulator,
          AlphaAccumulator::addUnit,
          AlphaAccumulator::merge,
          AlphaAccumulator::result,
          alpha.collector());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void fleissMergesAtTheEndsOfTheIntRange(boolean nearMax) {
    assertMergesEqualOnePass(
        units(nearMax, 1000, 3, false),
        FleissKappa.of()::accumulator,
        FleissAccumulator::addUnit,
        FleissAccumulator::merge,
        FleissAccumulator::result,
        FleissKappa.of().collector());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void cohenMergesAtTheEndsOfTheIntRange(boolean nearMax) {
    for (KappaWeights weights : KappaWeights.values()) {
      CohenKappa kappa = CohenKappa.weighted(weights);
      assertMergesEqualOnePass(
          units(nearMax, 1000, 2, true),
          kappa::accumulator,
          CohenAccumulator::addUnit,
          CohenAccumulator::merge,
          CohenAccumulator::result,
          kappa.collector());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void iccMergesAtTheEndsOfTheIntRange(boolean nearMax) {
    IntraclassCorrelation icc = IntraclassCorrelation.of();
    assertMergesEqualOnePass(
        units(nearMax, 1000, 3, true),
        icc::accumulator,
        IccAccumulator::addUnit,
        IccAccumulator::merge,
        IccAccumulator::result,
        icc.collector());
  }

  @Test
  void cohenOnADeclaredScaleAtTheTopOfTheRange() {
    CohenKappa kappa = CohenKappa.linear().onScale(M - 3, M);
    int[][] units = {{M, M}, {M - 3, M - 2}, {M - 1, M - 1}, {M - 2, M - 3}, {M, M - 1}};
    assertMergesEqualOnePass(
        units,
        kappa::accumulator,
        CohenAccumulator::addUnit,
        CohenAccumulator::merge,
        CohenAccumulator::result,
        kappa.collector());
  }

  @ParameterizedTest
  @EnumSource(AlphaLevel.class)
  void mergingTwoUnitsNearTheTopEqualsOnePass(AlphaLevel level) {
    KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
    AlphaResult merged =
        alpha
            .accumulator()
            .addUnit(M - 147, M - 140)
            .merge(alpha.accumulator().addUnit(M - 40, M))
            .result();
    assertThat(merged).isEqualTo(alpha.compute(new int[][] {{M - 147, M - 140}, {M - 40, M}}));
  }

  @Test
  void reviewersReproducer() {
    // Interval alpha depends on differences only, so it is alpha of {{0, 7}, {107, 147}}: with
    // n = 4 pairable values the observed sum is 2 (7^2 + 40^2) = 3298 and the expected sum over
    // all ordered pairs of values 128614, so alpha = 1 - 3 * 3298 / 128614 = 59360 / 64307
    // (worked with Python's fractions.Fraction), whose nearest double is 0.9230721383364175.
    assertThat(
            KrippendorffAlpha.interval()
                .accumulator()
                .addUnit(M - 147, M - 140)
                .merge(KrippendorffAlpha.interval().accumulator().addUnit(M - 40, M))
                .result()
                .alpha()
                .value())
        .isEqualTo(0.9230721383364175);
    // Four distinct values in two units of two: P = 0, P_e = 4 (1/4)^2 = 1/4, kappa = -1/3.
    assertThat(
            FleissKappa.of()
                .accumulator()
                .addUnit(M - 147, M - 140)
                .merge(FleissKappa.of().accumulator().addUnit(M - 40, M))
                .result()
                .kappa()
                .value())
        .isEqualTo(-1.0 / 3);
  }
}
