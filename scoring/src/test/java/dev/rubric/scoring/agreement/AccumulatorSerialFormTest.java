package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Accumulators serialize through proxies that check what they read: a stream written by an
 * accumulator reads back to an equal result, and bytes no accumulator wrote (flipped counts,
 * negative or huge sizes, totals that disagree) give an {@link InvalidObjectException} at once,
 * before any allocation the stream does not pay for.
 *
 * <p>The tampered streams keep the stream header and the proxy's class descriptor of a real
 * serialized accumulator and replace its data block (the primitives after the descriptor) with
 * bytes written here in the proxy's documented layout.
 */
class AccumulatorSerialFormTest {
  private static final int M = MISSING;

  /** Writes the primitives of a data block. */
  @FunctionalInterface
  private interface Block {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /**
   * Replaces the data block of a serialized proxy (the stream ends with {@code TC_BLOCKDATA len
   * data TC_ENDBLOCKDATA} for a short block) with {@code block}, written in the long form.
   */
  private static byte[] withBlock(Object accumulator, Block block) throws IOException {
    byte[] original = serialize(accumulator);
    int end = original.length - 1;
    assertThat(original[end]).isEqualTo((byte) 0x78); // TC_ENDBLOCKDATA
    int start = -1;
    for (int len = 0; len < 256 && len + 2 <= end; len++) {
      int at = end - len - 2;
      if (original[at] == (byte) 0x77 && (original[at + 1] & 0xff) == len) {
        start = at;
        break;
      }
    }
    assertThat(start).as("short data block").isPositive();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    block.write(new DataOutputStream(data));
    byte[] d = data.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(original, 0, start);
    DataOutputStream o = new DataOutputStream(out);
    o.writeByte(0x7A); // TC_BLOCKDATALONG
    o.writeInt(d.length);
    o.write(d);
    o.writeByte(0x78);
    return out.toByteArray();
  }

  private static void assertRejected(byte[] bytes) {
    assertThatThrownBy(() -> deserialize(bytes)).isInstanceOf(InvalidObjectException.class);
  }

  private static void longs(DataOutputStream out, long... values) throws IOException {
    for (long v : values) {
      out.writeLong(v);
    }
  }

  private static void big(DataOutputStream out, long value) throws IOException {
    byte[] b = BigInteger.valueOf(value).toByteArray();
    out.writeInt(b.length);
    out.write(b);
  }

  @Test
  void everyAccumulatorReadsBackEqualAndMergeable() throws Exception {
    int[][] m = Generated.correlated(new Random(41), 300, 4, 1, 5, 0.2);
    AlphaAccumulator alpha = KrippendorffAlpha.interval().accumulator();
    FleissAccumulator fleiss = FleissKappa.of().accumulator();
    CohenAccumulator cohen = CohenKappa.linear().onCategories(1, 2, 3, 4, 5).accumulator();
    IccAccumulator icc = IntraclassCorrelation.of().accumulator();
    for (int[] row : m) {
      alpha.addUnit(row);
      fleiss.addUnit(row);
      cohen.addUnit(row[0], row[1]);
      icc.addUnit(row);
    }
    AlphaResult alphaBefore = alpha.result();
    byte[] alphaBytes = serialize(alpha);
    AlphaAccumulator alphaBack = (AlphaAccumulator) deserialize(alphaBytes);

    assertThat(alphaBack.result()).isEqualTo(alphaBefore);
    assertThat(alphaBack.addUnit(1, 2, 3).result())
        .isEqualTo(alpha.addUnit(1, 2, 3).result()); // the copy works on
    assertThat(((FleissAccumulator) deserialize(serialize(fleiss))).result())
        .isEqualTo(fleiss.result());
    assertThat(((CohenAccumulator) deserialize(serialize(cohen))).result())
        .isEqualTo(cohen.result());
    assertThat(((IccAccumulator) deserialize(serialize(icc))).result()).isEqualTo(icc.result());
  }

  /**
   * Law: {@code merge(other)} leaves {@code other} unchanged, down to its serialized form. Units of
   * three ratings on five levels are counted as patterns; the merge used to fold the argument's
   * patterns in place, which changed its state (and raced when threads merged one shared
   * accumulator).
   */
  @Test
  void mergeLeavesItsArgumentUnchanged() throws Exception {
    int[][] m = Generated.correlated(new Random(53), 200, 3, 1, 5, 0.1);
    Object[][] pairs = {
      {KrippendorffAlpha.ordinal().accumulator(), KrippendorffAlpha.ordinal().accumulator()},
      {FleissKappa.of().accumulator(), FleissKappa.of().accumulator()},
      {CohenKappa.linear().accumulator(), CohenKappa.linear().accumulator()},
      {IntraclassCorrelation.of().accumulator(), IntraclassCorrelation.of().accumulator()}
    };
    for (Object[] pair : pairs) {
      for (int[] row : m) {
        add(pair[0], row);
        add(pair[1], new int[] {row[2], row[1], row[0]});
      }
      byte[] before = serialize(pair[1]);
      merge(pair[0], pair[1]);

      assertThat(serialize(pair[1])).as("%s", pair[1].getClass()).isEqualTo(before);
    }
  }

  private static void add(Object accumulator, int[] row) {
    if (accumulator instanceof AlphaAccumulator a) {
      a.addUnit(row);
    } else if (accumulator instanceof FleissAccumulator f) {
      f.addUnit(row);
    } else if (accumulator instanceof CohenAccumulator c) {
      c.addUnit(row[0], row[1]);
    } else {
      ((IccAccumulator) accumulator).addUnit(row);
    }
  }

  private static void merge(Object into, Object from) {
    if (into instanceof AlphaAccumulator a) {
      a.merge((AlphaAccumulator) from);
    } else if (into instanceof FleissAccumulator f) {
      f.merge((FleissAccumulator) from);
    } else if (into instanceof CohenAccumulator c) {
      c.merge((CohenAccumulator) from);
    } else {
      ((IccAccumulator) into).merge((IccAccumulator) from);
    }
  }

  @Test
  void serializingDoesNotChangeTheAccumulator() throws Exception {
    // Units of 3 ratings within the span held: counted as patterns, not yet folded.
    AlphaAccumulator alpha = KrippendorffAlpha.ordinal().accumulator().addUnit(1, 4, 4);
    for (int i = 0; i < 50; i++) {
      alpha.addUnit(1 + i % 4, 2, M);
    }
    AlphaAccumulator reference = KrippendorffAlpha.ordinal().accumulator().merge(alpha);
    serialize(alpha);

    assertThat(alpha.result()).isEqualTo(reference.result());
  }

  @Test
  void emptyAccumulatorsReadBack() throws Exception {
    assertThat(
            ((AlphaAccumulator) deserialize(serialize(KrippendorffAlpha.nominal().accumulator())))
                .result())
        .isEqualTo(KrippendorffAlpha.nominal().accumulator().result());
    assertThat(
            ((IccAccumulator) deserialize(serialize(IntraclassCorrelation.of().accumulator())))
                .result())
        .isEqualTo(IntraclassCorrelation.of().accumulator().result());
  }

  // Alpha, nominal, two units {1, 2} and {2, 2}: marginals {1: 1, 2: 3}, one table of size 2:
  // pairs (1,2) = (2,1) = 1, (2,2) = 2.
  private static Block alphaBlock(long[] marginals, long[] pairs, int raters, int sizes, int m) {
    return out -> {
      out.writeInt(AlphaLevel.NOMINAL.ordinal());
      longs(out, 2, 2, 4);
      out.writeInt(raters);
      out.writeBoolean(true);
      out.writeInt(1);
      out.writeInt(marginals.length);
      longs(out, marginals);
      out.writeInt(sizes);
      out.writeInt(m);
      longs(out, pairs);
    };
  }

  @Test
  void alphaChecksItsTables() throws Exception {
    AlphaAccumulator real = KrippendorffAlpha.nominal().accumulator().addUnit(1, 2).addUnit(2, 2);
    AlphaResult expected = real.result();
    byte[] rewritten =
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, 2}, 2, 1, 2));

    assertThat(((AlphaAccumulator) deserialize(rewritten)).result()).isEqualTo(expected);
    // A flipped count: (1,2) without (2,1).
    assertRejected(
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 2, 1, 2}, 2, 1, 2)));
    // Marginals that disagree with the pairs (alpha of these would exceed 1).
    assertRejected(
        withBlock(real, alphaBlock(new long[] {2, 2}, new long[] {0, 1, 1, 2}, 2, 1, 2)));
    // A negative count.
    assertRejected(
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, -2}, 2, 1, 2)));
    // A unit size above the raters, or a size below 2.
    assertRejected(
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, 2}, 2, 1, 3)));
    assertRejected(
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, 2}, 2, 1, 1)));
    // Huge or negative table counts and widths: refused before anything is allocated.
    assertRejected(
        withBlock(real, alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, 2}, 2, -1, 2)));
    assertRejected(
        withBlock(
            real,
            alphaBlock(new long[] {1, 3}, new long[] {0, 1, 1, 2}, Integer.MAX_VALUE, 1 << 30, 2)));
    assertRejected(
        withBlock(
            real,
            out -> {
              out.writeInt(0);
              longs(out, 2, 2, 4);
              out.writeInt(2);
              out.writeBoolean(true);
              out.writeInt(1);
              out.writeInt(1 << 30); // width
            }));
    // An unknown level.
    assertRejected(
        withBlock(
            real,
            out -> {
              out.writeInt(9);
              longs(out, 0, 0, 0);
              out.writeInt(0);
              out.writeBoolean(false);
              out.writeInt(0);
              out.writeInt(0);
              out.writeInt(0);
            }));
  }

  // Fleiss, two units {1, 1} and {1, 2}: totals {1: 3, 2: 1}, sum of squares 4 + 2 = 6.
  private static Block fleissBlock(long units, long squares, int perUnit, long... totals) {
    return out -> {
      longs(out, units, squares);
      out.writeInt(perUnit);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeInt(2);
      out.writeInt(perUnit);
      out.writeInt(1);
      out.writeInt(totals.length);
      longs(out, totals);
    };
  }

  @Test
  void fleissChecksItsSums() throws Exception {
    FleissAccumulator real = FleissKappa.of().accumulator().addUnit(1, 1).addUnit(1, 2);

    assertThat(
            ((FleissAccumulator) deserialize(withBlock(real, fleissBlock(2, 6, 2, 3, 1)))).result())
        .isEqualTo(real.result());
    // A sum of squares above T * n: observed agreement above 1, kappa above 1.
    assertRejected(withBlock(real, fleissBlock(2, 9, 2, 3, 1)));
    // Totals that are not units x ratings per unit.
    assertRejected(withBlock(real, fleissBlock(2, 6, 2, 4, 1)));
    // Negative totals and negative units.
    assertRejected(withBlock(real, fleissBlock(2, 6, 2, 5, -1)));
    assertRejected(withBlock(real, fleissBlock(-2, 6, 2, 3, 1)));
    // Totals too concentrated for the sum of squares (Cauchy-Schwarz): 2 units, T = (4, 0), S = 4.
    assertRejected(withBlock(real, fleissBlock(2, 4, 2, 4, 0)));
  }

  private static Block cohenBlock(long units, long paired, long... table) {
    return out -> {
      out.writeInt(KappaWeights.NONE.ordinal());
      out.writeInt(0);
      longs(out, units, paired);
      out.writeBoolean(true);
      out.writeInt(1);
      out.writeInt(2);
      longs(out, table);
    };
  }

  @Test
  void cohenChecksItsTable() throws Exception {
    CohenAccumulator real = CohenKappa.unweighted().accumulator().addUnit(1, 1).addUnit(1, 2);

    assertThat(
            ((CohenAccumulator) deserialize(withBlock(real, cohenBlock(2, 2, 1, 1, 0, 0))))
                .result())
        .isEqualTo(real.result());
    assertRejected(withBlock(real, cohenBlock(2, 2, 1, 3, 0, 0))); // cells != paired units
    assertRejected(withBlock(real, cohenBlock(1, 2, 1, 1, 0, 0))); // paired > units
    assertRejected(withBlock(real, cohenBlock(2, 2, 3, -1, 0, 0))); // a negative cell
    // A declared scale {1, 3} with a count at the value 2, which is off the scale.
    CohenAccumulator declared = CohenKappa.unweighted().onCategories(1, 3).accumulator();
    assertRejected(
        withBlock(
            declared,
            out -> {
              out.writeInt(KappaWeights.NONE.ordinal());
              out.writeInt(2);
              out.writeInt(1);
              out.writeInt(3);
              longs(out, 1, 1);
              out.writeBoolean(true);
              out.writeInt(1);
              out.writeInt(3);
              longs(out, 0, 1, 0, 0, 0, 0, 0, 0, 0);
            }));
  }

  // ICC, targets {1, 2} and {3, 5}: G = 11, sum x^2 = 39, sum R^2 = 9 + 64 = 73, C = (4, 7).
  private static Block iccBlock(int raters, long sx2, long... columns) {
    return out -> {
      out.writeInt(raters);
      longs(out, 2, 0);
      out.writeBoolean(true);
      out.writeBoolean(true);
      big(out, 11);
      big(out, sx2);
      big(out, 73);
      for (long c : columns) {
        big(out, c);
      }
    };
  }

  @Test
  void iccChecksItsSums() throws Exception {
    IccAccumulator real = IntraclassCorrelation.of().accumulator().addUnit(1, 2).addUnit(3, 5);

    assertThat(((IccAccumulator) deserialize(withBlock(real, iccBlock(2, 39, 4, 7)))).result())
        .isEqualTo(real.result());
    assertRejected(withBlock(real, iccBlock(2, 39, 5, 7))); // columns do not add up to G
    assertRejected(withBlock(real, iccBlock(2, 30, 4, 7))); // a negative error sum of squares
    // 2^31 - 1 raters in a stream that holds two: no 16 GB array, a refusal.
    assertRejected(withBlock(real, iccBlock(Integer.MAX_VALUE, 39, 4, 7)));
    // An integer whose length is huge.
    assertRejected(
        withBlock(
            real,
            out -> {
              out.writeInt(2);
              longs(out, 2, 0);
              out.writeBoolean(true);
              out.writeBoolean(true);
              out.writeInt(Integer.MAX_VALUE);
            }));
  }

  @Test
  void randomlyFlippedBytesNeverGiveAWrongResult() throws Exception {
    int[][] m = Generated.correlated(new Random(43), 40, 3, 1, 4, 0.1);
    Object[] accumulators = {
      KrippendorffAlpha.ordinal().accumulator(),
      FleissKappa.of().accumulator(),
      CohenKappa.quadratic().accumulator(),
      IntraclassCorrelation.of().accumulator()
    };
    for (int[] row : m) {
      ((AlphaAccumulator) accumulators[0]).addUnit(row);
      ((FleissAccumulator) accumulators[1]).addUnit(row);
      ((CohenAccumulator) accumulators[2]).addUnit(row[0], row[1]);
      ((IccAccumulator) accumulators[3]).addUnit(row);
    }
    Random random = new Random(47);
    for (Object acc : accumulators) {
      byte[] bytes = serialize(acc);
      Object expected = result(deserialize(bytes));
      for (int trial = 0; trial < 2_000; trial++) {
        byte[] flipped = bytes.clone();
        int at = bytes.length - 1 - random.nextInt(Math.min(bytes.length, 200));
        flipped[at] ^= (byte) (1 << random.nextInt(8));
        Object back;
        try {
          back = deserialize(flipped);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
          continue; // refused: fine
        } catch (RuntimeException e) {
          // ObjectInputStream itself fails so on some corrupt class descriptors.
          assertThat(e.getStackTrace()[0].getClassName()).startsWith("java.io.");
          continue;
        }
        // Accepted: a consistent state whose result is computed without an exception.
        Object r = result(back);
        assertThat(r).isNotNull();
        if (Arrays.equals(flipped, bytes)) {
          assertThat(r).isEqualTo(expected);
        }
      }
    }
  }

  private static Object result(Object accumulator) {
    if (accumulator instanceof AlphaAccumulator a) {
      AlphaResult r = a.result();
      r.alpha().toOptional().ifPresent(v -> assertThat(v).isLessThanOrEqualTo(1.0));
      return r;
    }
    if (accumulator instanceof FleissAccumulator f) {
      FleissResult r = f.result();
      r.kappa().toOptional().ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
      return r;
    }
    if (accumulator instanceof CohenAccumulator c) {
      CohenResult r = c.result();
      r.kappa().toOptional().ifPresent(v -> assertThat(v).isLessThanOrEqualTo(1.0));
      return r;
    }
    return ((IccAccumulator) accumulator).result();
  }
}
