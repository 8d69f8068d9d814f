package dev.rubric.spark;

import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.CohenAccumulator;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.FleissAccumulator;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.IccAccumulator;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KappaWeights;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.scoring.agreement.Rwg;
import dev.rubric.scoring.agreement.WithinGroupAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The aggregators of {@link SparkAgreement}, one per statistic. */
final class Aggregations {
  private Aggregations() {}

  static StructType schema(Object... nameTypePairs) {
    StructField[] fields = new StructField[nameTypePairs.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] =
          DataTypes.createStructField(
              (String) nameTypePairs[2 * i], (DataType) nameTypePairs[2 * i + 1], true);
    }
    return new StructType(fields);
  }

  static final StructType ALPHA =
      schema(
          "units", DataTypes.LongType,
          "pairableUnits", DataTypes.LongType,
          "pairableValues", DataTypes.LongType,
          "raters", DataTypes.IntegerType,
          "categories", DataTypes.IntegerType,
          "observedDisagreement", DataTypes.DoubleType,
          "expectedDisagreement", DataTypes.DoubleType,
          "value", DataTypes.DoubleType,
          "undefinedReason", DataTypes.StringType);

  static final StructType FLEISS =
      schema(
          "units", DataTypes.LongType,
          "ratingsPerUnit", DataTypes.IntegerType,
          "categories", DataTypes.IntegerType,
          "observedAgreement", DataTypes.DoubleType,
          "expectedAgreement", DataTypes.DoubleType,
          "value", DataTypes.DoubleType,
          "undefinedReason", DataTypes.StringType);

  static final StructType COHEN =
      schema(
          "units", DataTypes.LongType,
          "pairedUnits", DataTypes.LongType,
          "categories", DataTypes.IntegerType,
          "observedAgreement", DataTypes.DoubleType,
          "expectedAgreement", DataTypes.DoubleType,
          "value", DataTypes.DoubleType,
          "undefinedReason", DataTypes.StringType);

  /**
   * One ICC form. Every figure the data may not define is a value and its reason, null or not as
   * {@link dev.rubric.scoring.agreement.Coefficient} says: {@code value}, {@code f} and {@code p}
   * (see {@link dev.rubric.scoring.agreement.FTest}); the test's columns are all null when the form
   * has no test.
   */
  static final StructType ICC_ESTIMATE =
      schema(
          "form", DataTypes.StringType,
          "value", DataTypes.DoubleType,
          "undefinedReason", DataTypes.StringType,
          "f", DataTypes.DoubleType,
          "fUndefinedReason", DataTypes.StringType,
          "df1", DataTypes.DoubleType,
          "df2", DataTypes.DoubleType,
          "p", DataTypes.DoubleType,
          "pUndefinedReason", DataTypes.StringType,
          "lower", DataTypes.DoubleType,
          "upper", DataTypes.DoubleType);

  static final StructType ICC =
      schema(
          "targets", DataTypes.LongType,
          "droppedTargets", DataTypes.LongType,
          "raters", DataTypes.IntegerType,
          "betweenTargetsMeanSquare", DataTypes.DoubleType,
          "withinTargetsMeanSquare", DataTypes.DoubleType,
          "betweenRatersMeanSquare", DataTypes.DoubleType,
          "errorMeanSquare", DataTypes.DoubleType,
          "estimates", DataTypes.createArrayType(ICC_ESTIMATE, false));

  static final StructType RWG =
      schema(
          "ratings", DataTypes.IntegerType,
          "variance", DataTypes.DoubleType,
          "nullVariance", DataTypes.DoubleType,
          "truncated", DataTypes.BooleanType,
          "value", DataTypes.DoubleType,
          "undefinedReason", DataTypes.StringType);

  /**
   * {@return Krippendorff's alpha at one level}
   *
   * @param level the level of measurement
   * @param encoding how a partial state is shipped
   */
  static UnitAggregator<AlphaAccumulator> alpha(AlphaLevel level, BufferEncoding encoding) {
    return new UnitAggregator<>(
        AlphaAccumulator.class,
        encoding,
        ALPHA,
        () -> KrippendorffAlpha.at(level).accumulator(),
        AlphaAccumulator::addUnit,
        AlphaAccumulator::merge,
        a -> {
          AlphaResult r = a.result();
          return RowFactory.create(
              r.units(),
              r.pairableUnits(),
              r.pairableValues(),
              r.raters(),
              r.categories(),
              r.observedDisagreement(),
              r.expectedDisagreement(),
              UnitAggregator.value(r.alpha()),
              UnitAggregator.reason(r.alpha()));
        });
  }

  /**
   * {@return Fleiss' kappa}
   *
   * @param encoding how a partial state is shipped
   */
  static UnitAggregator<FleissAccumulator> fleiss(BufferEncoding encoding) {
    return new UnitAggregator<>(
        FleissAccumulator.class,
        encoding,
        FLEISS,
        () -> FleissKappa.of().accumulator(),
        FleissAccumulator::addUnit,
        FleissAccumulator::merge,
        a -> {
          FleissResult r = a.result();
          return RowFactory.create(
              r.units(),
              r.ratingsPerUnit(),
              r.categories(),
              r.observedAgreement(),
              r.expectedAgreement(),
              UnitAggregator.value(r.kappa()),
              UnitAggregator.reason(r.kappa()));
        });
  }

  /**
   * {@return Cohen's kappa of exactly two raters}
   *
   * @param weights the disagreement weights
   * @param encoding how a partial state is shipped
   */
  static UnitAggregator<CohenAccumulator> cohen(KappaWeights weights, BufferEncoding encoding) {
    return new UnitAggregator<>(
        CohenAccumulator.class,
        encoding,
        COHEN,
        () -> CohenKappa.weighted(weights).accumulator(),
        CohenAccumulator::addUnit,
        CohenAccumulator::merge,
        a -> {
          CohenResult r = a.result();
          return RowFactory.create(
              r.units(),
              r.pairedUnits(),
              r.categories(),
              r.observedAgreement(),
              r.expectedAgreement(),
              UnitAggregator.value(r.kappa()),
              UnitAggregator.reason(r.kappa()));
        });
  }

  /**
   * {@return the intraclass correlations, every form}
   *
   * @param encoding how a partial state is shipped
   */
  static UnitAggregator<IccAccumulator> icc(BufferEncoding encoding) {
    return new UnitAggregator<>(
        IccAccumulator.class,
        encoding,
        ICC,
        () -> IntraclassCorrelation.of().accumulator(),
        IccAccumulator::addUnit,
        IccAccumulator::merge,
        Aggregations::iccRow);
  }

  private static Row iccRow(IccAccumulator a) {
    IccResult r = a.result();
    List<Row> estimates = new ArrayList<>();
    for (IccEstimate e : r.estimates()) {
      estimates.add(
          RowFactory.create(
              e.form().name(),
              UnitAggregator.value(e.value()),
              UnitAggregator.reason(e.value()),
              e.test().map(t -> UnitAggregator.value(t.f())).orElse(null),
              e.test().map(t -> UnitAggregator.reason(t.f())).orElse(null),
              e.test().map(t -> t.numeratorDf()).orElse(null),
              e.test().map(t -> t.denominatorDf()).orElse(null),
              e.test().map(t -> UnitAggregator.value(t.pValue())).orElse(null),
              e.test().map(t -> UnitAggregator.reason(t.pValue())).orElse(null),
              e.interval().map(i -> i.lower()).orElse(null),
              e.interval().map(i -> i.upper()).orElse(null)));
    }
    return RowFactory.create(
        r.targets(),
        r.droppedTargets(),
        r.raters(),
        r.betweenTargetsMeanSquare(),
        r.withinTargetsMeanSquare(),
        r.betweenRatersMeanSquare(),
        r.errorMeanSquare(),
        scala.jdk.javaapi.CollectionConverters.asScala(estimates).toSeq());
  }

  /** The ratings of counts per level, ascending. */
  // NonApiType: the TreeMap is the aggregation buffer Spark serializes, so its class is the type.
  @SuppressWarnings("NonApiType")
  static int[] ascending(TreeMap<Integer, Long> counts) {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    Checks.check(n <= Integer.MAX_VALUE - 8, "a group has too many ratings (%s) for rwg", n);
    int[] out = new int[(int) n];
    int at = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      for (long i = 0; i < e.getValue(); i++) {
        out[at++] = e.getKey();
      }
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<TreeMap<Integer, Long>> COUNTS = (Class) TreeMap.class;

  /**
   * {@return rwg of all the ratings of a group, on a scale of {@code levels} levels}; the buffer
   * counts each level (a {@link TreeMap} from level to count: the exact sufficient statistic of
   * rwg)
   *
   * @param levels the number of levels of the scale
   * @param encoding how a partial state is shipped
   */
  // NonApiType: the TreeMap is the aggregation buffer Spark serializes, so its class is the type.
  @SuppressWarnings("NonApiType")
  static UnitAggregator<TreeMap<Integer, Long>> rwgOfGroup(int levels, BufferEncoding encoding) {
    return new UnitAggregator<>(
        COUNTS,
        encoding,
        RWG,
        TreeMap::new,
        (counts, cells) -> {
          for (int c : cells) {
            if (c != Ratings.MISSING) {
              counts.merge(c, 1L, Long::sum);
            }
          }
        },
        (left, right) -> {
          right.forEach((k, v) -> left.merge(k, v, Long::sum));
          return left;
        },
        counts -> {
          Rwg r = WithinGroupAgreement.rwg(ascending(counts), levels);
          return RowFactory.create(
              r.ratings(),
              r.variance(),
              r.nullVariance(),
              r.truncated(),
              UnitAggregator.value(r.value()),
              UnitAggregator.reason(r.value()));
        });
  }
}
