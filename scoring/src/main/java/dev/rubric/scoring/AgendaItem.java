package dev.rubric.scoring;

import java.util.List;
import org.immutables.value.Value;

/** A competency to discuss in the debrief, why, and who rated what. */
@Value.Immutable
@ValueStyle
public abstract class AgendaItem {
  AgendaItem() {}

  /** {@return the disputed competency} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return why it is on the agenda, with its figures, in one sentence} */
  @Value.Parameter
  public abstract String why();

  /** {@return who rated what, in canonical order} */
  @Value.Parameter
  public abstract List<RaterLevel> ratings();

  /**
   * {@return an agenda item}
   *
   * @param competencyId a competency to discuss in the debrief, why, and who rated what
   * @param why why it is on the agenda, with its figures, in one sentence
   * @param ratings who rated what, in canonical order
   */
  public static AgendaItem of(
      String competencyId, String why, Iterable<? extends RaterLevel> ratings) {
    return ImmutableAgendaItem.of(competencyId, why, ratings);
  }
}
