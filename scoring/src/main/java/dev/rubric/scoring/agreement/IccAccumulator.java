package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The sufficient statistics of the intraclass correlations, filled one target at a time: the number
 * of complete targets, the grand sum, the sum of squared ratings, the sum of squared target (row)
 * sums, and one column sum per rater. All are exact integers of any size (a sum that leaves the
 * range of a {@code long}, say 1,000 raters rating near 10^6 on 20 targets, carries on in a {@link
 * BigInteger}; nothing overflows or throws); memory is {@code O(raters)}, never {@code O(targets)}.
 * Obtain one from {@link IntraclassCorrelation#accumulator()}.
 *
 * <p>The number of raters {@code k} is fixed by the first target added (column {@code j} is rater
 * {@code j} throughout). A target with a missing rating is removed listwise and counted.
 *
 * <p><b>Contract.</b> Same as {@link AlphaAccumulator}: a mutable builder confined to one thread;
 * {@link #merge} is exact and leaves its argument unchanged, so any split merged in any order gives
 * a result equal to one pass; {@link Serializable} through a proxy that checks every invariant.
 */
public final class IccAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigInteger[] NO_SPILL = new BigInteger[0];

  /** The number of raters (columns), fixed by the first target. */
  private int raters;

  /** Per rater, the sum of the ratings of complete targets. */
  private long[] columnSums = new long[0];

  /** What overflowed each column sum, or empty while none did. */
  private BigInteger[] columnSpill = NO_SPILL;

  /** Complete targets added. */
  private long targets;

  /** Targets dropped for a missing rating. */
  private long droppedTargets;

  /** The sum of all ratings of complete targets. */
  private WideSum grandSum = new WideSum();

  /** The sum of the squared ratings of complete targets. */
  private WideSum sumOfSquares = new WideSum();

  /** The sum over complete targets of the square of the target's rating sum. */
  private WideSum sumOfSquaredRowSums = new WideSum();

  /** Whether any rating was present, and whether any target (complete or not) had two. */
  private boolean rated;

  /** Whether any target, complete or not, had two ratings. */
  private boolean pairable;

  /** Scratch for a target given as doubles: its ratings as integer levels. */
  private int[] levels = new int[0];

  IccAccumulator() {}

  /**
   * Adds one target: one rating per rater, {@link Ratings#MISSING} where a rater gave none. An
   * empty array is a target that no rater rated: like a target with every rating missing it is
   * removed listwise and counted, and it fixes no number of raters (an empty unit is a unit without
   * ratings for every statistic of this package).
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if {@code ratings} is not empty and its length differs from
   *     the raters fixed by the first non-empty target
   */
  public IccAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /**
   * Adds one target given as doubles, {@code NaN} for a missing rating; returns this. Other values
   * must be integers from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int}
   * overloads, whose {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is not {@code NaN} and not such an integer, or as
   *     {@link #addUnit(int...)}
   */
  public IccAccumulator addUnit(double... ratings) {
    requireNonNull(ratings, "ratings");
    levels = Checks.toLevels(ratings, levels);
    add(levels, ratings.length);
    return this;
  }

  private void add(int[] ratings, int length) {
    if (length == 0) {
      droppedTargets++;
      return;
    }
    fixRaters(length);
    for (int j = 0; j < length; j++) {
      if (ratings[j] == Ratings.MISSING) {
        drop(ratings, length);
        return;
      }
    }
    // |rating| <= 2^31 and length < 2^31, so the row sum fits a long and each square does; the
    // row's squares are summed here and handed on whenever their sum would leave a long.
    long row = 0;
    long squares = 0;
    long[] columns = columnSums;
    for (int j = 0; j < length; j++) {
      long r = ratings[j];
      row += r;
      long square = r * r;
      squares += square;
      if (squares < 0) { // both terms >= 0: the sum overflowed
        sumOfSquares.add(squares - square);
        squares = square;
      }
      long c = columns[j];
      long s = c + r;
      if (((c ^ s) & (r ^ s)) < 0) {
        addToColumn(j, r);
      } else {
        columns[j] = s;
      }
    }
    sumOfSquares.add(squares);
    targets++;
    rated = true;
    pairable |= length >= 2;
    grandSum.add(row);
    sumOfSquaredRowSums.addSquare(row);
  }

  private void drop(int[] ratings, int length) {
    droppedTargets++;
    int present = 0;
    for (int j = 0; j < length; j++) {
      present += ratings[j] == Ratings.MISSING ? 0 : 1;
    }
    rated |= present > 0;
    pairable |= present >= 2;
  }

  private void addToColumn(int j, long v) {
    long c = columnSums[j];
    long s = c + v;
    if (((c ^ s) & (v ^ s)) < 0) {
      if (columnSpill.length == 0) {
        columnSpill = new BigInteger[raters];
        java.util.Arrays.fill(columnSpill, BigInteger.ZERO);
      }
      columnSpill[j] = columnSpill[j].add(BigInteger.valueOf(c));
      s = v;
    }
    columnSums[j] = s;
  }

  private BigInteger column(int j) {
    BigInteger c = BigInteger.valueOf(columnSums[j]);
    return columnSpill.length == 0 ? c : c.add(columnSpill[j]);
  }

  private void fixRaters(int length) {
    Checks.checkArgument(length >= 1, "ratings length (%s) must be >= 1", length);
    if (raters == 0) {
      raters = length;
      columnSums = new long[length];
    } else if (length != raters) {
      throw Checks.illegal("ratings length (%s) must equal the raters (%s)", length, raters);
    }
  }

  /**
   * Adds the state of {@code other} to this one; {@code other} is unchanged.
   *
   * @param other the other accumulator, whose data are added to this one; left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator or has other raters
   */
  public IccAccumulator merge(IccAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "icc");
    if (other.raters != 0) {
      fixRaters(other.raters);
      for (int j = 0; j < raters; j++) {
        addToColumn(j, other.columnSums[j]);
        if (other.columnSpill.length != 0 && other.columnSpill[j].signum() != 0) {
          if (columnSpill.length == 0) {
            columnSpill = new BigInteger[raters];
            java.util.Arrays.fill(columnSpill, BigInteger.ZERO);
          }
          columnSpill[j] = columnSpill[j].add(other.columnSpill[j]);
        }
      }
    }
    targets += other.targets;
    droppedTargets += other.droppedTargets;
    grandSum.add(other.grandSum);
    sumOfSquares.add(other.sumOfSquares);
    sumOfSquaredRowSums.add(other.sumOfSquaredRowSums);
    rated |= other.rated;
    pairable |= other.pairable;
    return this;
  }

  /** {@return the six intraclass correlations for the targets added so far} */
  public IccResult result() {
    BigInteger squaredColumns = BigInteger.ZERO;
    for (int j = 0; j < raters; j++) {
      squaredColumns = squaredColumns.add(column(j).pow(2));
    }
    return IccEngine.compute(
        targets,
        droppedTargets,
        raters,
        rated,
        pairable,
        grandSum.value(),
        sumOfSquares.value(),
        sumOfSquaredRowSums.value(),
        squaredColumns);
  }

  /**
   * Serializes this accumulator as its {@code SerialProxy}, the documented serial form.
   *
   * @return the proxy written in place of this accumulator
   */
  private Object writeReplace() {
    return new SerialProxy(this);
  }

  /**
   * Refuses a stream that bypasses the proxy, which is the only way to read an accumulator.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an IccAccumulator is read through its serialization proxy");
  }

  /**
   * The serialized form: raters, counts, flags, the three sums and the column sums, each integer
   * after its length in bytes (at most {@link SerialForm#MAX_INTEGER_BYTES}). Reading checks every
   * count and that the sums are those of real ratings: the column sums add up to the grand sum,
   * every sum of squares of the analysis of variance is {@code >= 0}, the sum of squared ratings is
   * at most {@code n k 2^62}, and all is zero without complete targets.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final BigInteger LARGEST_SQUARE = BigInteger.ONE.shiftLeft(62);

    private transient IccAccumulator state;

    SerialProxy(IccAccumulator source) {
      this.state = source;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      IccAccumulator a = state;
      out.writeInt(a.raters);
      out.writeLong(a.targets);
      out.writeLong(a.droppedTargets);
      out.writeBoolean(a.rated);
      out.writeBoolean(a.pairable);
      SerialForm.writeBig(out, a.grandSum.value());
      SerialForm.writeBig(out, a.sumOfSquares.value());
      SerialForm.writeBig(out, a.sumOfSquaredRowSums.value());
      for (int j = 0; j < a.raters; j++) {
        SerialForm.writeBig(out, a.column(j));
      }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      try {
        read(in);
      } catch (EOFException e) {
        InvalidObjectException invalid = SerialForm.invalid("the serialized state is truncated");
        invalid.initCause(e);
        throw invalid;
      }
    }

    private void read(ObjectInputStream in) throws IOException {
      IccAccumulator a = new IccAccumulator();
      int k = (int) SerialForm.count(in.readInt(), "raters");
      long n = SerialForm.count(in.readLong(), "targets");
      long dropped = SerialForm.count(in.readLong(), "droppedTargets");
      boolean rated = in.readBoolean();
      boolean pairable = in.readBoolean();
      BigInteger g = SerialForm.readBig(in, "grandSum");
      BigInteger sx2 = SerialForm.readBig(in, "sumOfSquares");
      BigInteger sr2 = SerialForm.readBig(in, "sumOfSquaredRowSums");
      List<BigInteger> columns = new ArrayList<>(Math.min(k, 1024));
      BigInteger columnTotal = BigInteger.ZERO;
      BigInteger sc2 = BigInteger.ZERO;
      for (int j = 0; j < k; j++) {
        BigInteger c = SerialForm.readBig(in, "columnSums");
        columns.add(c);
        columnTotal = columnTotal.add(c);
        sc2 = sc2.add(c.pow(2));
      }
      // Empty targets fix no raters: without raters every target added was empty.
      SerialForm.check(
          k == 0 ? n == 0 && !rated && !pairable : n + dropped > 0,
          "raters (%s) disagree with the targets",
          k);
      SerialForm.check(n + dropped >= 0, "targets overflow");
      SerialForm.check(
          (n == 0 || rated) && (!rated || k > 0) && (!pairable || (rated && k >= 2)),
          "flags disagree with the targets");
      SerialForm.check(n == 0 || k < 2 || pairable, "complete targets of %s raters unpaired", k);
      SerialForm.check(columnTotal.equals(g), "column sums do not add up to the grand sum");
      BigInteger bn = BigInteger.valueOf(n);
      BigInteger bk = BigInteger.valueOf(k);
      BigInteger nk = bn.multiply(bk);
      BigInteger g2 = g.pow(2);
      boolean consistent =
          sx2.signum() >= 0
              && sr2.signum() >= 0
              && sx2.compareTo(nk.multiply(LARGEST_SQUARE)) <= 0
              && bn.multiply(sr2).compareTo(g2) >= 0
              && bk.multiply(sx2).compareTo(sr2) >= 0
              && bk.multiply(sc2).compareTo(g2) >= 0
              && nk.multiply(sx2)
                      .subtract(bn.multiply(sr2))
                      .subtract(bk.multiply(sc2))
                      .add(g2)
                      .signum()
                  >= 0;
      SerialForm.check(consistent, "the sums are not those of any ratings");
      SerialForm.check(
          n > 0 || (g.signum() == 0 && sx2.signum() == 0 && sr2.signum() == 0 && sc2.signum() == 0),
          "sums without complete targets");
      a.raters = k;
      a.targets = n;
      a.droppedTargets = dropped;
      a.rated = rated;
      a.pairable = pairable;
      a.grandSum = new WideSum(g);
      a.sumOfSquares = new WideSum(sx2);
      a.sumOfSquaredRowSums = new WideSum(sr2);
      a.columnSums = new long[k];
      a.columnSpill = new BigInteger[k];
      for (int j = 0; j < k; j++) {
        a.columnSpill[j] = columns.get(j);
      }
      state = a;
    }

    private Object readResolve() {
      return state;
    }
  }
}
