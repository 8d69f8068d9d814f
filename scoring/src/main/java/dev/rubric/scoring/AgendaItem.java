package dev.rubric.scoring;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A competency to discuss in the debrief, why, and who rated what.
 *
 * <p>Immutable and thread-safe. The items a consensus measure builds write their {@link #why()}
 * sentence on first use. Two items are equal when their competency, sentence and ratings are.
 */
public final class AgendaItem {
  private final String competencyId;
  private final List<RaterLevel> ratings;

  /** Writes the sentence; returns the same text every time. */
  private final Supplier<String> render;

  /**
   * The sentence, or null before the first {@link #why()}: a benign race of equal, immutable
   * strings, as in {@link Reason#sentence()}.
   */
  private @Nullable String why;

  private AgendaItem(
      String competencyId,
      @Nullable String why,
      Iterable<? extends RaterLevel> ratings,
      Supplier<String> render) {
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.ratings = RaterLevels.copyOf(ratings);
    this.why = why;
    this.render = render;
  }

  /** {@return the disputed competency} */
  public String competencyId() {
    return competencyId;
  }

  /** {@return why it is on the agenda, with its figures, in one sentence} */
  public String why() {
    String s = why;
    if (s == null) {
      s = Objects.requireNonNull(render.get(), "why");
      why = s;
    }
    return s;
  }

  /** {@return who rated what, in canonical order} */
  public List<RaterLevel> ratings() {
    return ratings;
  }

  /**
   * {@return an agenda item}
   *
   * @param competencyId the disputed competency
   * @param why why it is on the agenda, with its figures, in one sentence
   * @param ratings who rated what, in canonical order
   * @throws NullPointerException if an argument or a rating is null
   */
  public static AgendaItem of(
      String competencyId, String why, Iterable<? extends RaterLevel> ratings) {
    Objects.requireNonNull(why, "why");
    return new AgendaItem(competencyId, why, ratings, () -> why);
  }

  /**
   * An agenda item whose sentence {@code render} writes on first use.
   *
   * @param render returns the sentence, the same text on every call, never null
   */
  static AgendaItem rendered(
      String competencyId, List<RaterLevel> ratings, Supplier<String> render) {
    return new AgendaItem(competencyId, null, ratings, Objects.requireNonNull(render, "render"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof AgendaItem a
        && competencyId.equals(a.competencyId)
        && why().equals(a.why())
        && ratings.equals(a.ratings);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + competencyId.hashCode();
    h += (h << 5) + why().hashCode();
    h += (h << 5) + ratings.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "AgendaItem{competencyId="
        + competencyId
        + ", why="
        + why()
        + ", ratings="
        + ratings
        + "}";
  }
}
