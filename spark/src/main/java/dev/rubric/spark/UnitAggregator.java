package dev.rubric.spark;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.Ratings;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A Spark aggregator over unit rows ({@link RatingUnits}) whose buffer is one of Rubric's
 * accumulators: {@code reduce} adds a unit, {@code merge} is the accumulator's exact merge, {@code
 * finish} its result as a row. Spark keeps the buffer as an object while it aggregates and encodes
 * it only to ship a partial state, with Java serialization (the accumulators' checked serialization
 * proxies) or Kryo ({@link BufferEncoding}).
 *
 * @param <A> the accumulator
 */
final class UnitAggregator<A extends Serializable> extends Aggregator<Row, A, Row> {
  private static final long serialVersionUID = 1L;

  /** A fresh accumulator. */
  @FunctionalInterface
  interface Empty<A> extends Serializable {
    A get();
  }

  /** Adds one unit, a matrix row with {@link Ratings#MISSING} cells. */
  @FunctionalInterface
  interface Add<A> extends Serializable {
    void add(A accumulator, int[] cells);
  }

  /** Merges {@code right} into {@code left} and returns the merged accumulator. */
  @FunctionalInterface
  interface Combine<A> extends Serializable {
    A combine(A left, A right);
  }

  /** The accumulator's result as a row of the aggregator's result schema. */
  @FunctionalInterface
  interface Finish<A> extends Serializable {
    Row result(A accumulator);
  }

  private final Class<A> type;
  private final BufferEncoding encoding;
  private final StructType resultSchema;
  private final Empty<A> empty;
  private final Add<A> add;
  private final Combine<A> combine;
  private final Finish<A> finish;
  private transient int @Nullable [] scratch;

  UnitAggregator(
      Class<A> type,
      BufferEncoding encoding,
      StructType resultSchema,
      Empty<A> empty,
      Add<A> add,
      Combine<A> combine,
      Finish<A> finish) {
    this.type = type;
    this.encoding = encoding;
    this.resultSchema = resultSchema;
    this.empty = empty;
    this.add = add;
    this.combine = combine;
    this.finish = finish;
  }

  @Override
  public A zero() {
    return empty.get();
  }

  @Override
  public A reduce(A buffer, Row unit) {
    int[] s = scratch == null ? new int[0] : scratch;
    int[] cells = RatingUnits.cells(unit, Ratings.MISSING, s);
    scratch = cells;
    add.add(buffer, cells);
    return buffer;
  }

  @Override
  public A merge(A left, A right) {
    if (left == right) {
      return left;
    }
    return combine.combine(left, right);
  }

  @Override
  public Row finish(A reduction) {
    return finish.result(reduction);
  }

  @Override
  public Encoder<A> bufferEncoder() {
    return encoding == BufferEncoding.KRYO ? Encoders.kryo(type) : Encoders.javaSerialization(type);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(resultSchema);
  }

  /** The value of a coefficient, or null when undefined. */
  static @Nullable Double value(Coefficient c) {
    return c.isDefined() ? c.value() : null;
  }

  /** Why a coefficient is undefined, or null when defined. */
  static @Nullable String reason(Coefficient c) {
    return c.undefinedReason().map(Enum::name).orElse(null);
  }
}
