package dev.rubric.scoring.agreement;

import java.math.BigInteger;

/**
 * An exact integer sum of any size: a {@code long} for the usual case and a {@link BigInteger} that
 * takes over what would overflow it, so that adding stays one addition and a branch until the sum
 * leaves the range of a {@code long}. A mutable builder confined to one thread.
 */
final class WideSum {
  private long small;
  private BigInteger big = BigInteger.ZERO;

  WideSum() {}

  WideSum(BigInteger value) {
    big = value;
  }

  /** Adds {@code v} exactly. */
  void add(long v) {
    long before = small;
    long s = before + v;
    small = s;
    if (((before ^ s) & (v ^ s)) < 0) {
      spill(before, v);
    }
  }

  /** The rare path of {@link #add}: moves the running part into the big one. */
  private void spill(long before, long v) {
    big = big.add(BigInteger.valueOf(before));
    small = v;
  }

  /** Adds {@code v * v} exactly, for any {@code long v}. */
  void addSquare(long v) {
    long high = Math.multiplyHigh(v, v);
    long low = v * v;
    if (high == 0 && low >= 0) {
      add(low);
    } else {
      big = big.add(BigInteger.valueOf(v).pow(2));
    }
  }

  /** Adds the value of {@code other}, which is unchanged. */
  void add(WideSum other) {
    add(other.small);
    if (other.big.signum() != 0) {
      big = big.add(other.big);
    }
  }

  /** The exact sum. */
  BigInteger value() {
    return big.add(BigInteger.valueOf(small));
  }
}
