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
abstract class UnitAggregator<A extends Serializable> extends Aggregator<Row, A, Row> {
  private static final long serialVersionUID = 1L;

  private final Class<A> type;
  private final BufferEncoding encoding;
  private transient int @Nullable [] scratch;

  UnitAggregator(Class<A> type, BufferEncoding encoding) {
    this.type = type;
    this.encoding = encoding;
  }

  /** A fresh accumulator. */
  abstract A empty();

  /** Adds one unit, a matrix row with {@link Ratings#MISSING} cells. */
  abstract void add(A accumulator, int[] cells);

  /** Merges {@code right} into {@code left}. */
  abstract A combine(A left, A right);

  /** The result columns. */
  abstract StructType resultSchema();

  /** The accumulator's result as a row of {@link #resultSchema()}. */
  abstract Row result(A accumulator);

  @Override
  public final A zero() {
    return empty();
  }

  @Override
  public final A reduce(A buffer, Row unit) {
    int[] s = scratch == null ? new int[0] : scratch;
    int[] cells = RatingUnits.cells(unit, Ratings.MISSING, s);
    scratch = cells;
    add(buffer, cells);
    return buffer;
  }

  @Override
  public final A merge(A left, A right) {
    if (left == right) {
      return left;
    }
    return combine(left, right);
  }

  @Override
  public final Row finish(A reduction) {
    return result(reduction);
  }

  @Override
  public final Encoder<A> bufferEncoder() {
    return encoding == BufferEncoding.KRYO ? Encoders.kryo(type) : Encoders.javaSerialization(type);
  }

  @Override
  public final Encoder<Row> outputEncoder() {
    return Encoders.row(resultSchema());
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
