package dev.rubric.scoring;

import java.util.List;
import org.immutables.value.Value;

/** A competency to discuss in the debrief, why, and who rated what. */
@Value.Immutable
@ValueStyle
public abstract class AgendaItem {
  AgendaItem() {}

  /** The disputed competency. */
  @Value.Parameter
  public abstract String competencyId();

  /** Why it is on the agenda, with its figures, in one sentence. */
  @Value.Parameter
  public abstract String why();

  /** Who rated what, in canonical order. */
  @Value.Parameter
  public abstract List<RaterLevel> ratings();

  /** Returns an agenda item. */
  public static AgendaItem of(
      String competencyId, String why, Iterable<? extends RaterLevel> ratings) {
    return ImmutableAgendaItem.of(competencyId, why, ratings);
  }
}
