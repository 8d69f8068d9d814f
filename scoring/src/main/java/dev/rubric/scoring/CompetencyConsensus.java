package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the panel agrees on one rated competency. Formulas (x the n levels given, m their mean, A
 * the number of levels of the plan's scale):
 *
 * <ul>
 *   <li>{@link #sd()}: sample standard deviation s = sqrt(sum (x - m)^2 / (n - 1)); undefined for
 *       one rater ({@link UndefinedReason#ONE_RATER}).
 *   <li>{@link #range()}: max - min; 0 for one rater.
 *   <li>{@link #rwg()}: 1 - s^2 / sigma^2_EU with sigma^2_EU = (A^2 - 1) / 12, the variance of the
 *       uniform ("no agreement") null over A levels (James, Demaree and Wolf 1984, doi:<a
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
 */
@Value.Immutable
@ValueStyle
public abstract class CompetencyConsensus {
  CompetencyConsensus() {}

  /** The standard deviation of a single rating: undefined, {@link UndefinedReason#ONE_RATER}. */
  public static final Coefficient ONE_RATER_SD =
      Coefficient.undefined(
          UndefinedReason.ONE_RATER,
          "A standard deviation needs at least two raters; this competency has one");

  /** The rwg of a single rating: undefined, {@link UndefinedReason#ONE_RATER}. */
  public static final Coefficient ONE_RATER_RWG =
      Coefficient.undefined(
          UndefinedReason.ONE_RATER, "rwg needs at least two raters; this competency has one");

  /** {@return the competency} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return the number of ratings, at least one} */
  @Value.Parameter
  public abstract int raters();

  /** {@return the sample standard deviation; undefined for one rater (the builder's default)} */
  @Value.Parameter
  public abstract Coefficient sd();

  /** {@return highest minus lowest level} */
  @Value.Parameter
  public abstract int range();

  /** {@return rwg, truncated at 0; undefined for one rater (the builder's default)} */
  @Value.Parameter
  public abstract Coefficient rwg();

  /** {@return whether rwg was below 0 and set to 0} */
  @Value.Parameter
  public abstract boolean rwgTruncated();

  /** {@return why rwg is undefined, when it is: the sentence of the undefined {@link #rwg()}} */
  public Optional<String> rwgUndefinedReason() {
    return rwg() instanceof Coefficient.Undefined u
        ? Optional.of(u.explanation())
        : Optional.empty();
  }

  /** {@return the average absolute deviation around the mean} */
  @Value.Parameter
  public abstract double averageDeviation();

  /** {@return whether the ratings fall on both sides of the hire line} */
  @Value.Parameter
  public abstract boolean split();

  /** {@return who rated what, in canonical order} */
  @Value.Parameter
  public abstract List<RaterLevel> ratings();

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetencyConsensus}. */
  public static final class Builder extends ImmutableCompetencyConsensus.Builder {
    // Defaults set here rather than with @Value.Default, whose generated initialisation costs
    // every value two volatile writes and an extra object.
    Builder() {
      sd(ONE_RATER_SD);
      rwg(ONE_RATER_RWG);
    }
  }
}
