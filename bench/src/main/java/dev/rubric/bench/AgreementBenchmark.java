package dev.rubric.bench;

import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.FleissAccumulator;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.IccAccumulator;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import java.util.concurrent.TimeUnit;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Agreement statistics over 1M ratings (200,000 units x 5 raters on a four-level scale), fed one
 * unit at a time as a stream, against the floor (one pass summing the same ratings from a flat int
 * array) and against DKPro Statistics 2.2.1 on the same data. Alpha reads data with 10% of the
 * ratings missing; Fleiss and ICC read complete data.
 *
 * <p>Goals: alpha at least 20x faster than DKPro and at most 5x the floor; ICC at most 5x the
 * floor.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AgreementBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgreementBenchmark {
  /** Smoke runs (the test build) use 2,000 units instead of 200,000. */
  @Param({"false"})
  public boolean smoke;

  private static final int RATERS = 5;
  private RatingsData withMissing = new RatingsData(1, RATERS, 0, 1);
  private RatingsData complete = new RatingsData(1, RATERS, 0, 1);
  private CodingAnnotationStudy dkproWithMissing = new CodingAnnotationStudy(RATERS);
  private CodingAnnotationStudy dkproComplete = new CodingAnnotationStudy(RATERS);

  /** Generates both matrices and DKPro's copies of them. */
  @Setup(Level.Trial)
  public void setUp() {
    int units = smoke ? 2_000 : 200_000;
    withMissing = new RatingsData(units, RATERS, 0.10, BenchData.SEED);
    complete = new RatingsData(units, RATERS, 0.0, BenchData.SEED + 1);
    dkproWithMissing = study(withMissing);
    dkproComplete = study(complete);
  }

  private static CodingAnnotationStudy study(RatingsData data) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(data.raters);
    Object[] cells = new Object[data.raters];
    for (int u = 0; u < data.units; u++) {
      for (int r = 0; r < data.raters; r++) {
        int v = data.flat[u * data.raters + r];
        cells[r] = v == Ratings.MISSING ? null : Integer.valueOf(v);
      }
      study.addItemAsArray(cells.clone());
    }
    return study;
  }

  /** The floor: one pass over the same 1M ratings, summing the present ones. */
  @Benchmark
  public long floor() {
    long sum = 0;
    int[] flat = withMissing.flat;
    for (int v : flat) {
      if (v != Ratings.MISSING) {
        sum += v;
      }
    }
    return sum;
  }

  private AlphaResult alpha(AlphaLevel level) {
    AlphaAccumulator acc = KrippendorffAlpha.at(level).accumulator();
    int[] row = new int[RATERS];
    for (int u = 0; u < withMissing.units; u++) {
      acc.addUnit(withMissing.row(u, row));
    }
    return acc.result();
  }

  /** Nominal alpha, streamed. */
  @Benchmark
  public AlphaResult alphaNominal() {
    return alpha(AlphaLevel.NOMINAL);
  }

  /** Ordinal alpha, streamed. */
  @Benchmark
  public AlphaResult alphaOrdinal() {
    return alpha(AlphaLevel.ORDINAL);
  }

  /** Interval alpha, streamed. */
  @Benchmark
  public AlphaResult alphaInterval() {
    return alpha(AlphaLevel.INTERVAL);
  }

  /** Ratio alpha, streamed. */
  @Benchmark
  public AlphaResult alphaRatio() {
    return alpha(AlphaLevel.RATIO);
  }

  /** Fleiss' kappa over the complete matrix, streamed. */
  @Benchmark
  public FleissResult fleiss() {
    FleissAccumulator acc = FleissKappa.of().accumulator();
    int[] row = new int[RATERS];
    for (int u = 0; u < complete.units; u++) {
      acc.addUnit(complete.row(u, row));
    }
    return acc.result();
  }

  /** All six ICC forms over the complete matrix, streamed. */
  @Benchmark
  public IccResult icc() {
    IccAccumulator acc = IntraclassCorrelation.of().accumulator();
    int[] row = new int[RATERS];
    for (int u = 0; u < complete.units; u++) {
      acc.addUnit(complete.row(u, row));
    }
    return acc.result();
  }

  /** DKPro Statistics: nominal alpha on the same data. */
  @Benchmark
  public double dkproAlphaNominal() {
    return new KrippendorffAlphaAgreement(dkproWithMissing, new NominalDistanceFunction())
        .calculateAgreement();
  }

  /** DKPro Statistics: ordinal alpha on the same data. */
  @Benchmark
  public double dkproAlphaOrdinal() {
    return new KrippendorffAlphaAgreement(dkproWithMissing, new OrdinalDistanceFunction())
        .calculateAgreement();
  }

  /** DKPro Statistics: interval alpha on the same data. */
  @Benchmark
  public double dkproAlphaInterval() {
    return new KrippendorffAlphaAgreement(dkproWithMissing, new IntervalDistanceFunction())
        .calculateAgreement();
  }

  /** DKPro Statistics: ratio alpha on the same data. */
  @Benchmark
  public double dkproAlphaRatio() {
    return new KrippendorffAlphaAgreement(dkproWithMissing, new RatioDistanceFunction())
        .calculateAgreement();
  }

  /** DKPro Statistics: Fleiss' kappa on the same complete data. */
  @Benchmark
  public double dkproFleiss() {
    return new FleissKappaAgreement(dkproComplete).calculateAgreement();
  }
}
