package dev.rubric.core;

import java.util.List;
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

  /** The levels, lowest first. */
  public abstract List<ScaleLevel> levels();

  /** The lowest level that counts as positive ("Yes" on the four-level scale). */
  public abstract int hireLine();

  /** Returns a scale with the given levels (lowest first) and hire line. */
  public static RatingScale of(Iterable<ScaleLevel> levels, int hireLine) {
    return builder().addAllLevels(levels).hireLine(hireLine).build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The four-level scale: 1 Strong no, 2 No, 3 Yes, 4 Strong yes; hire line at 3 (Yes). It has no
   * middle level, so every rating takes a side.
   */
  public static RatingScale fourPoint() {
    return BuiltInScales.FOUR_POINT;
  }

  /**
   * Greenhouse's five-level attribute scale: 1 Definitely not, 2 No, 3 Mixed, 4 Yes, 5 Strong yes;
   * hire line at 4 (Yes). Greenhouse's "no decision" is not a level: it is a missing rating.
   */
  public static RatingScale greenhouseFivePoint() {
    return BuiltInScales.GREENHOUSE_FIVE_POINT;
  }

  /** The lowest level's value. */
  public int min() {
    return levels().get(0).value();
  }

  /** The highest level's value. */
  public int max() {
    return levels().get(levels().size() - 1).value();
  }

  /** The number of levels. */
  public int size() {
    return levels().size();
  }

  /** Whether {@code level} is one of this scale's levels. */
  public boolean contains(int level) {
    return label(level).isPresent();
  }

  /** The label of {@code level}, or empty when it is not a level of this scale. */
  public Optional<String> label(int level) {
    for (ScaleLevel l : levels()) {
      if (l.value() == level) {
        return Optional.of(l.label());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code level} is at or above the hire line. */
  public boolean isPositive(int level) {
    return level >= hireLine();
  }

  /** Builds a {@link RatingScale}. */
  public static final class Builder extends ImmutableRatingScale.Builder {
    Builder() {}

    /** Adds the level {@code value} with its {@code label}. */
    public Builder level(int value, String label) {
      addLevels(ScaleLevel.of(value, label));
      return this;
    }
  }
}
