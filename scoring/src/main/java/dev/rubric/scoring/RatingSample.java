package dev.rubric.scoring;

import dev.rubric.core.RatingScale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ratings that the panel gave one competency, as a read-only view over flat arrays: the
 * aggregator's input. Never empty: a competency that nobody rated is not aggregated at all.
 *
 * <p>Entries are in canonical order: ascending {@link #value(int) value}, then interviewer id, then
 * seat id; the order does not depend on the order in which scorecards were given. {@link
 * #level(int)} is the level as rated; {@link #value(int)} is the level after any leniency
 * adjustment ({@link CompetencyAggregator#leniencyAdjusted}) and equals the level otherwise.
 * Built-in aggregators read values. Immutable as far as callers can see; safe to read from several
 * threads.
 */
public final class RatingSample {
  private final String competencyId;
  private final RatingScale scale;
  private final int[] levels;
  private final double @Nullable [] values;
  private final String[] interviewers;
  private final String[] seats;
  private final int from;
  private final int size;

  RatingSample(
      String competencyId,
      RatingScale scale,
      int[] levels,
      double @Nullable [] values,
      String[] interviewers,
      String[] seats,
      int from,
      int size) {
    this.competencyId = competencyId;
    this.scale = scale;
    this.levels = levels;
    this.values = values;
    this.interviewers = interviewers;
    this.seats = seats;
    this.from = from;
    this.size = size;
  }

  /**
   * {@return a sample of the given levels, for tests and custom code; interviewers are named {@code
   * r1}, {@code r2}, ..} in the order given, all in seat {@code seat}. The levels must be on {@code
   * scale}.
   *
   * @param competencyId the ratings that the panel gave one competency, as a read-only view over
   *     flat arrays: the aggregator's input
   * @param scale the plan's scale
   * @param levels the rated levels, one per entry; not empty
   * @throws IllegalArgumentException if {@code levels} is empty or a level is off the scale
   */
  public static RatingSample of(String competencyId, RatingScale scale, int... levels) {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(competencyId, "competencyId");
    Objects.requireNonNull(scale, "scale");
    Checks.checkArgument(levels.length > 0, "levels (%s) must not be empty", levels.length);
    int n = levels.length;
    String[] ids = new String[n];
    String[] seats = new String[n];
    for (int i = 0; i < n; i++) {
      Checks.checkArgument(
          scale.contains(levels[i]), "levels[%s] (%s) must be on the scale", i, levels[i]);
      ids[i] = "r" + (i + 1);
      seats[i] = "seat";
    }
    int[] copy = levels.clone();
    Sorting.sort(copy, null, ids, seats, 0, n);
    return new RatingSample(competencyId, scale, copy, null, ids, seats, 0, n);
  }

  /** {@return the competency rated} */
  public String competencyId() {
    return competencyId;
  }

  /** {@return the plan's scale} */
  public RatingScale scale() {
    return scale;
  }

  /** {@return the number of ratings; at least one} */
  public int size() {
    return size;
  }

  /**
   * {@return the level rated by entry {@code i}, {@code 0 <= i < size()}}
   *
   * @param i the entry's index, {@code 0 <= i < size()}
   */
  public int level(int i) {
    return levels[from + Objects.checkIndex(i, size)];
  }

  /**
   * {@return the value of entry {@code i}: its level less any leniency offset; entries ascend by
   * value}
   *
   * @param i the entry's index, {@code 0 <= i < size()}
   */
  public double value(int i) {
    int at = from + Objects.checkIndex(i, size);
    return values == null ? levels[at] : values[at];
  }

  /**
   * {@return the interviewer of entry {@code i}}
   *
   * @param i the entry's index, {@code 0 <= i < size()}
   */
  public String interviewerId(int i) {
    return interviewers[from + Objects.checkIndex(i, size)];
  }

  /**
   * {@return the seat (panel role id) of entry {@code i}}
   *
   * @param i the entry's index, {@code 0 <= i < size()}
   */
  public String panelRoleId(int i) {
    return seats[from + Objects.checkIndex(i, size)];
  }

  /** {@return the sum of the values, added in canonical (ascending) order} */
  public double sum() {
    double s = 0;
    for (int i = 0; i < size; i++) {
      s += value(i);
    }
    return s;
  }

  /** A sample with each value lowered by {@code offsets[i]}, re-sorted into canonical order. */
  RatingSample adjusted(double[] offsets) {
    int[] l = new int[size];
    double[] v = new double[size];
    String[] ids = new String[size];
    String[] s = new String[size];
    for (int i = 0; i < size; i++) {
      l[i] = level(i);
      v[i] = value(i) - offsets[i];
      ids[i] = interviewerId(i);
      s[i] = panelRoleId(i);
    }
    Sorting.sort(l, v, ids, s, 0, size);
    return new RatingSample(competencyId, scale, l, v, ids, s, 0, size);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(competencyId).append('[');
    for (int i = 0; i < size; i++) {
      b.append(i == 0 ? "" : ", ").append(interviewerId(i)).append('=').append(level(i));
    }
    return b.append(']').toString();
  }
}
