package dev.rubric.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ordered set of integer rating levels, each with a label, and the hire line: the level from
 * which a rating counts as positive.
 *
 * <p>"Not assessed" is never a level: a competency that an interviewer did not rate simply has no
 * rating, and nothing in Rubric reads a missing rating as a low one.
 *
 * <p>A scale may be built in an invalid state (too few levels, repeated or unordered levels, a hire
 * line off the scale) so that {@link InterviewPlan#validate()} can report every such problem at
 * once; the query methods below assume a valid scale.
 */
@Value.Immutable
@ValueStyle
public abstract class RatingScale {
  RatingScale() {}

  /** {@return the levels, lowest first} */
  public abstract List<ScaleLevel> levels();

  /** {@return the lowest level that counts as positive ("Yes" on the four-level scale)} */
  public abstract int hireLine();

  /**
   * {@return a scale with the given levels (lowest first) and hire line}
   *
   * @param levels the scale's levels, each with its number and label
   * @param hireLine the lowest level that counts as positive (at or above the hire line)
   */
  public static RatingScale of(Iterable<ScaleLevel> levels, int hireLine) {
    Objects.requireNonNull(levels, "levels");
    return builder().addAllLevels(levels).hireLine(hireLine).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the four-level scale: 1 Strong no, 2 No, 3 Yes, 4 Strong yes; hire line at 3 (Yes)} It
   * has no middle level, so every rating takes a side.
   */
  public static RatingScale fourPoint() {
    return BuiltInScales.FOUR_POINT;
  }

  /**
   * {@return Greenhouse's five-level attribute scale: 1 Definitely not, 2 No, 3 Mixed, 4 Yes, 5
   * Strong yes; hire line at 4 (Yes)} Greenhouse's "no decision" is not a level: it is a missing
   * rating.
   */
  public static RatingScale greenhouseFivePoint() {
    return BuiltInScales.GREENHOUSE_FIVE_POINT;
  }

  /** {@return the lowest level's value} */
  public int min() {
    return levels().get(0).value();
  }

  /** {@return the highest level's value} */
  public int max() {
    return levels().get(levels().size() - 1).value();
  }

  /** {@return the number of levels} */
  public int size() {
    return levels().size();
  }

  /**
   * {@return whether {@code level} is one of this scale's levels}
   *
   * @param level a level on the plan's rating scale
   */
  public boolean contains(int level) {
    return label(level).isPresent();
  }

  /**
   * {@return the label of {@code level}, or empty when it is not a level of this scale}
   *
   * @param level a level on the plan's rating scale
   */
  public Optional<String> label(int level) {
    for (ScaleLevel l : levels()) {
      if (l.value() == level) {
        return Optional.of(l.label());
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether {@code level} is at or above the hire line}
   *
   * @param level a level on the plan's rating scale
   */
  public boolean isPositive(int level) {
    return level >= hireLine();
  }

  /** Builds a {@link RatingScale}. */
  public static final class Builder extends ImmutableRatingScale.Builder {
    Builder() {}

    /**
     * Adds the level {@code value} with its {@code label}.
     *
     * @param value the level's number on the scale
     * @param label the level's label, for example "Meets"
     * @return this builder
     */
    public Builder level(int value, String label) {
      addLevels(ScaleLevel.of(value, label));
      return this;
    }
  }
}
