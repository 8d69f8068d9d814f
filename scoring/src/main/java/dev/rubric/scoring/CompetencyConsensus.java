package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far the panel agrees on one rated competency. Formulas (x the n levels given, m their mean, A
 * the number of levels of the plan's scale):
 *
 * <ul>
 *   <li>{@link #sd()}: sample standard deviation s = sqrt(sum (x - m)^2 / (n - 1)); undefined for
 *       one rater ({@link UndefinedReason#ONE_RATER}).
 *   <li>{@link #range()}: max - min, in level values (4 for ratings 3 and 7 on the scale {1, 3, 5,
 *       7}); 0 for one rater. The standard measure counts scale steps (positions in the level
 *       list), not this difference, when it decides whether ratings are disputed.
 *   <li>{@link #rwg()}: 1 - s^2 / sigma^2_EU with sigma^2_EU the variance of the uniform ("no
 *       agreement") null over the scale's A levels, sum (v - mean v)^2 / A over the level values v:
 *       (A^2 - 1) / 12 when the levels are consecutive integers. Both variances are counted in
 *       steps of the scale, so a scale with levels {1, 3, 5, 7} gives the rwg of {1, 2, 3, 4}
 *       (James, Demaree and Wolf 1984, doi:<a
 *       href="https://doi.org/10.1037/0021-9010.69.1.85">10.1037/0021-9010.69.1.85</a>). Values
 *       below 0 (more spread than chance) are set to 0 with {@link #rwgTruncated()}; undefined for
 *       one rater ({@link UndefinedReason#ONE_RATER}), with its sentence in {@link
 *       #rwgUndefinedReason()}.
 *   <li>{@link #averageDeviation()}: sum |x - m| / n (Burke, Finkelstein and Dusig 1999, doi:<a
 *       href="https://doi.org/10.1177/109442819921004">10.1177/109442819921004</a>); 0 for one
 *       rater.
 *   <li>{@link #split()}: some ratings below the hire line and some at or above it.
 * </ul>
 *
 * Unanimous raters give s = 0, range 0, rwg = 1 and average deviation 0.
 *
 * <p>Immutable and thread-safe. Two values are equal when every attribute is (the average deviation
 * compared bit for bit).
 */
public final class CompetencyConsensus {
  /** The standard deviation of a single rating: undefined, {@link UndefinedReason#ONE_RATER}. */
  public static final Coefficient ONE_RATER_SD =
      Coefficient.undefined(
          UndefinedReason.ONE_RATER,
          "A standard deviation needs at least two raters; this competency has one");

  /** The rwg of a single rating: undefined, {@link UndefinedReason#ONE_RATER}. */
  public static final Coefficient ONE_RATER_RWG =
      Coefficient.undefined(
          UndefinedReason.ONE_RATER, "rwg needs at least two raters; this competency has one");

  private final String competencyId;
  private final int raters;
  private final Coefficient sd;
  private final int range;
  private final Coefficient rwg;
  private final boolean rwgTruncated;
  private final double averageDeviation;
  private final boolean split;
  private final List<RaterLevel> ratings;

  private CompetencyConsensus(
      String competencyId,
      int raters,
      Coefficient sd,
      int range,
      Coefficient rwg,
      boolean rwgTruncated,
      double averageDeviation,
      boolean split,
      List<RaterLevel> ratings) {
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.raters = raters;
    this.sd = Objects.requireNonNull(sd, "sd");
    this.range = range;
    this.rwg = Objects.requireNonNull(rwg, "rwg");
    this.rwgTruncated = rwgTruncated;
    this.averageDeviation = averageDeviation;
    this.split = split;
    this.ratings = ratings;
  }

  /**
   * The consensus on a competency from figures already computed; {@code ratings} kept as they are
   * when immutable (see {@link RaterLevels#copyOf}).
   */
  static CompetencyConsensus of(
      String competencyId,
      int raters,
      Coefficient sd,
      int range,
      Coefficient rwg,
      boolean rwgTruncated,
      double averageDeviation,
      boolean split,
      Iterable<? extends RaterLevel> ratings) {
    return new CompetencyConsensus(
        competencyId,
        raters,
        sd,
        range,
        rwg,
        rwgTruncated,
        averageDeviation,
        split,
        RaterLevels.copyOf(ratings));
  }

  /** {@return the competency} */
  public String competencyId() {
    return competencyId;
  }

  /** {@return the number of ratings, at least one} */
  public int raters() {
    return raters;
  }

  /** {@return the sample standard deviation; undefined for one rater (the builder's default)} */
  public Coefficient sd() {
    return sd;
  }

  /**
   * {@return highest minus lowest level value (not scale steps: 4 for ratings 3 and 7 on the scale
   * {1, 3, 5, 7}); {@link Integer#MAX_VALUE} when a scale spread over more than that separates
   * them}
   */
  public int range() {
    return range;
  }

  /** {@return rwg, truncated at 0; undefined for one rater (the builder's default)} */
  public Coefficient rwg() {
    return rwg;
  }

  /** {@return whether rwg was below 0 and set to 0} */
  public boolean rwgTruncated() {
    return rwgTruncated;
  }

  /** {@return why rwg is undefined, when it is: the sentence of the undefined {@link #rwg()}} */
  public Optional<String> rwgUndefinedReason() {
    return rwg instanceof Coefficient.Undefined u ? Optional.of(u.explanation()) : Optional.empty();
  }

  /** {@return the average absolute deviation around the mean} */
  public double averageDeviation() {
    return averageDeviation;
  }

  /** {@return whether the ratings fall on both sides of the hire line} */
  public boolean split() {
    return split;
  }

  /** {@return who rated what, in canonical order} */
  public List<RaterLevel> ratings() {
    return ratings;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof CompetencyConsensus c
        && competencyId.equals(c.competencyId)
        && raters == c.raters
        && sd.equals(c.sd)
        && range == c.range
        && rwg.equals(c.rwg)
        && rwgTruncated == c.rwgTruncated
        && Double.doubleToLongBits(averageDeviation) == Double.doubleToLongBits(c.averageDeviation)
        && split == c.split
        && ratings.equals(c.ratings);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + competencyId.hashCode();
    h += (h << 5) + raters;
    h += (h << 5) + sd.hashCode();
    h += (h << 5) + range;
    h += (h << 5) + rwg.hashCode();
    h += (h << 5) + Boolean.hashCode(rwgTruncated);
    h += (h << 5) + Double.hashCode(averageDeviation);
    h += (h << 5) + Boolean.hashCode(split);
    h += (h << 5) + ratings.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "CompetencyConsensus{competencyId="
        + competencyId
        + ", raters="
        + raters
        + ", sd="
        + sd
        + ", range="
        + range
        + ", rwg="
        + rwg
        + ", rwgTruncated="
        + rwgTruncated
        + ", averageDeviation="
        + averageDeviation
        + ", split="
        + split
        + ", ratings="
        + ratings
        + "}";
  }

  /**
   * Builds a {@link CompetencyConsensus}. Every attribute is required except {@code sd} and {@code
   * rwg} (undefined for one rater, {@link #ONE_RATER_SD} and {@link #ONE_RATER_RWG}) and the
   * ratings (none). Not thread-safe; the value it builds is.
   */
  public static final class Builder {
    private @Nullable String competencyId;
    private @Nullable Integer raters;
    private Coefficient sd = ONE_RATER_SD;
    private @Nullable Integer range;
    private Coefficient rwg = ONE_RATER_RWG;
    private @Nullable Boolean rwgTruncated;
    private @Nullable Double averageDeviation;
    private @Nullable Boolean split;
    private final List<RaterLevel> ratings = new ArrayList<>();

    Builder() {}

    /**
     * Copies every attribute of {@code instance}; its ratings are added to those already given.
     *
     * @param instance the value to copy
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder from(CompetencyConsensus instance) {
      Objects.requireNonNull(instance, "instance");
      competencyId(instance.competencyId());
      raters(instance.raters());
      sd(instance.sd());
      range(instance.range());
      rwg(instance.rwg());
      rwgTruncated(instance.rwgTruncated());
      averageDeviation(instance.averageDeviation());
      split(instance.split());
      return addAllRatings(instance.ratings());
    }

    /**
     * Sets the competency.
     *
     * @param competencyId the competency
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder competencyId(String competencyId) {
      this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
      return this;
    }

    /**
     * Sets the number of ratings.
     *
     * @param raters the number of ratings, at least one
     * @return this builder
     */
    public Builder raters(int raters) {
      this.raters = raters;
      return this;
    }

    /**
     * Sets the sample standard deviation.
     *
     * @param sd the sample standard deviation
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder sd(Coefficient sd) {
      this.sd = Objects.requireNonNull(sd, "sd");
      return this;
    }

    /**
     * Sets the range.
     *
     * @param range highest minus lowest level
     * @return this builder
     */
    public Builder range(int range) {
      this.range = range;
      return this;
    }

    /**
     * Sets rwg.
     *
     * @param rwg rwg, truncated at 0
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder rwg(Coefficient rwg) {
      this.rwg = Objects.requireNonNull(rwg, "rwg");
      return this;
    }

    /**
     * Sets whether rwg was truncated.
     *
     * @param rwgTruncated whether rwg was below 0 and set to 0
     * @return this builder
     */
    public Builder rwgTruncated(boolean rwgTruncated) {
      this.rwgTruncated = rwgTruncated;
      return this;
    }

    /**
     * Sets the average deviation.
     *
     * @param averageDeviation the average absolute deviation around the mean
     * @return this builder
     */
    public Builder averageDeviation(double averageDeviation) {
      this.averageDeviation = averageDeviation;
      return this;
    }

    /**
     * Sets whether the ratings are split.
     *
     * @param split whether the ratings fall on both sides of the hire line
     * @return this builder
     */
    public Builder split(boolean split) {
      this.split = split;
      return this;
    }

    /**
     * Adds a rating.
     *
     * @param element who rated what
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder addRatings(RaterLevel element) {
      ratings.add(Objects.requireNonNull(element, "ratings element"));
      return this;
    }

    /**
     * Adds ratings.
     *
     * @param elements who rated what
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     */
    public Builder addRatings(RaterLevel... elements) {
      for (RaterLevel e : Objects.requireNonNull(elements, "ratings")) {
        addRatings(e);
      }
      return this;
    }

    /**
     * Replaces the ratings.
     *
     * @param elements who rated what, in canonical order
     * @return this builder
     * @throws NullPointerException if they or an element is null
     */
    public Builder ratings(Iterable<? extends RaterLevel> elements) {
      ratings.clear();
      return addAllRatings(elements);
    }

    /**
     * Adds ratings.
     *
     * @param elements who rated what
     * @return this builder
     * @throws NullPointerException if they or an element is null
     */
    public Builder addAllRatings(Iterable<? extends RaterLevel> elements) {
      for (RaterLevel e : Objects.requireNonNull(elements, "ratings")) {
        addRatings(e);
      }
      return this;
    }

    /**
     * {@return the consensus}
     *
     * @throws IllegalStateException naming every required attribute not set
     */
    public CompetencyConsensus build() {
      List<String> missing = new ArrayList<>();
      if (competencyId == null) {
        missing.add("competencyId");
      }
      if (raters == null) {
        missing.add("raters");
      }
      if (range == null) {
        missing.add("range");
      }
      if (rwgTruncated == null) {
        missing.add("rwgTruncated");
      }
      if (averageDeviation == null) {
        missing.add("averageDeviation");
      }
      if (split == null) {
        missing.add("split");
      }
      if (competencyId == null
          || raters == null
          || range == null
          || rwgTruncated == null
          || averageDeviation == null
          || split == null) {
        throw new IllegalStateException(
            "Cannot build CompetencyConsensus, some of required attributes are not set " + missing);
      }
      return new CompetencyConsensus(
          competencyId,
          raters,
          sd,
          range,
          rwg,
          rwgTruncated,
          averageDeviation,
          split,
          List.copyOf(ratings));
    }
  }
}
