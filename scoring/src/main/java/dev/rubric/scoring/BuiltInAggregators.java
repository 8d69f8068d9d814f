package dev.rubric.scoring;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;

/** The built-in {@link CompetencyAggregator}s. */
final class BuiltInAggregators {
  private BuiltInAggregators() {}

  /** Mean, median and minimum; a final class, since an enum's {@code name()} cannot be chosen. */
  static final class Simple implements CompetencyAggregator {
    static final Simple MEAN = new Simple("mean", 0);
    static final Simple MEDIAN = new Simple("median", 1);
    static final Simple MINIMUM = new Simple("minimum", 2);

    private final String name;

    /** Which of the three: 0 mean, 1 median, 2 minimum (read per competency, so not the name). */
    private final int kind;

    private Simple(String name, int kind) {
      this.name = name;
      this.kind = kind;
    }

    @Override
    public double aggregate(RatingSample s) {
      Objects.requireNonNull(s, "sample");
      int n = s.size();
      switch (kind) {
        case 0:
          return s.sum() / n;
        case 1:
          return n % 2 == 1 ? s.value(n / 2) : (s.value(n / 2 - 1) + s.value(n / 2)) / 2;
        default:
          return s.value(0);
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final class TrimmedMean implements CompetencyAggregator {
    private final double fraction;

    TrimmedMean(double fraction) {
      this.fraction = fraction;
    }

    @Override
    public double aggregate(RatingSample s) {
      Objects.requireNonNull(s, "sample");
      int n = s.size();
      int k = (int) Math.floor(fraction * n);
      double sum = 0;
      for (int i = k; i < n - k; i++) {
        sum += s.value(i);
      }
      return sum / (n - 2 * k);
    }

    @Override
    public String name() {
      // The shortest decimal that reads back as the fraction: two fractions never share a name.
      return "trimmed-mean(" + Checks.shortestDecimal(fraction) + ")";
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static final class LeniencyAdjusted implements CompetencyAggregator {
    private final ImmutableSortedMap<String, Double> offsets;
    private final CompetencyAggregator base;

    private LeniencyAdjusted(
        ImmutableSortedMap<String, Double> offsets, CompetencyAggregator base) {
      this.offsets = offsets;
      this.base = base;
    }

    static LeniencyAdjusted of(Map<String, Double> offsets, CompetencyAggregator base) {
      Objects.requireNonNull(offsets, "offsetsByInterviewer");
      Objects.requireNonNull(base, "base");
      offsets.forEach(
          (id, offset) -> {
            if (id == null) {
              throw new NullPointerException("offsetsByInterviewer key");
            }
            if (offset == null) {
              throw new NullPointerException("offsetsByInterviewer value for key: " + id);
            }
            Checks.checkArgument(
                Double.isFinite(offset),
                "offset of interviewer '%s' (%s) must be finite",
                id,
                offset);
          });
      return new LeniencyAdjusted(ImmutableSortedMap.copyOf(offsets), base);
    }

    @Override
    public double aggregate(RatingSample s) {
      Objects.requireNonNull(s, "sample");
      double[] lowerBy = new double[s.size()];
      for (int i = 0; i < lowerBy.length; i++) {
        lowerBy[i] = offsets.getOrDefault(s.interviewerId(i), 0.0);
      }
      double score = base.aggregate(s.adjusted(lowerBy));
      return Math.max(s.scale().min(), Math.min(s.scale().max(), score));
    }

    @Override
    public String name() {
      return "leniency-adjusted(" + base.name() + ")";
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static final class Named implements CompetencyAggregator {
    private final String name;
    private final CompetencyAggregator delegate;

    Named(String name, CompetencyAggregator delegate) {
      this.name = name;
      this.delegate = delegate;
    }

    @Override
    public double aggregate(RatingSample s) {
      Objects.requireNonNull(s, "sample");
      return delegate.aggregate(s);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
