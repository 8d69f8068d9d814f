package dev.rubric.scoring.agreement;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Helpers of the accumulators' serialized forms. Each accumulator serializes through a proxy that
 * writes its state as primitives, each array after its length, and reads it back checking every
 * bound before it allocates and every invariant before it builds the accumulator, so that bytes
 * that no accumulator wrote give an {@link InvalidObjectException}, never a wrong statistic, an
 * exception from {@code result()} or an allocation the stream does not pay for.
 */
final class SerialForm {
  /** The longest integer of a serialized form, in bytes: far above any reachable sum. */
  static final int MAX_INTEGER_BYTES = 64;

  /** How many array elements are allocated before the stream has delivered them. */
  private static final int CHUNK = 1024;

  private SerialForm() {}

  static InvalidObjectException invalid(String template, Object... args) {
    return new InvalidObjectException(String.format(Locale.ROOT, template, args));
  }

  static void check(boolean condition, String template, Object... args)
      throws InvalidObjectException {
    if (!condition) {
      throw invalid(template, args);
    }
  }

  /** Reads {@code n} longs (n already checked), allocating no more than the stream delivers. */
  static long[] readLongs(ObjectInputStream in, int n) throws IOException {
    check(n >= 0, "array length (%s) must be >= 0", n);
    long[] out = new long[Math.min(n, CHUNK)];
    for (int i = 0; i < n; i++) {
      if (i == out.length) {
        out = java.util.Arrays.copyOf(out, (int) Math.min(n, 2L * out.length));
      }
      out[i] = in.readLong();
    }
    return out;
  }

  /** Reads {@code n} longs, each {@code >= 0}. */
  static long[] readCounts(ObjectInputStream in, int n, String what) throws IOException {
    long[] out = readLongs(in, n);
    for (int i = 0; i < n; i++) {
      check(out[i] >= 0, "%s[%s] (%s) must be >= 0", what, i, out[i]);
    }
    return out;
  }

  static void writeLongs(ObjectOutputStream out, long[] values, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      out.writeLong(values[i]);
    }
  }

  static void writeBig(ObjectOutputStream out, BigInteger value) throws IOException {
    byte[] bytes = value.toByteArray();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static BigInteger readBig(ObjectInputStream in, String what) throws IOException {
    int length = in.readInt();
    check(
        length >= 1 && length <= MAX_INTEGER_BYTES,
        "%s length (%s) must be in [1, %s]",
        what,
        length,
        MAX_INTEGER_BYTES);
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new BigInteger(bytes);
  }

  /** Checks a count read from the stream. */
  static long count(long value, String what) throws InvalidObjectException {
    check(value >= 0, "%s (%s) must be >= 0", what, value);
    return value;
  }

  /** The sum of {@code values}, failing on overflow. */
  static long sum(long[] values, String what) throws InvalidObjectException {
    long s = 0;
    for (long v : values) {
      s = add(s, v, what);
    }
    return s;
  }

  static long add(long a, long b, String what) throws InvalidObjectException {
    long s = a + b;
    check(((a ^ s) & (b ^ s)) >= 0, "%s overflows", what);
    return s;
  }

  /** Checks a span {@code [lo, lo + width)} of rating values. */
  static void span(int lo, int width) throws InvalidObjectException {
    check(
        width >= 0 && width <= Ratings.MAX_SPAN,
        "width (%s) must be in [0, %s]",
        width,
        Ratings.MAX_SPAN);
    check(
        width == 0 ? lo == 0 : lo != Ratings.MISSING && (long) lo + width - 1 <= Integer.MAX_VALUE,
        "span [%s, +%s) must hold rating values",
        lo,
        width);
  }
}
