package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agenda items whose sentence is written on first use. */
class AgendaItemTest {
  private static final List<RaterLevel> RATINGS =
      List.of(RaterLevel.of("ann", "seat-1", 1), RaterLevel.of("bo", "seat-2", 4));

  @Test
  void aRenderedAgendaItemEqualsOneGivenTheSameSentence() {
    List<RaterLevel> ratings = RATINGS;
    AgendaItem given = AgendaItem.of("c-1", "Ratings split.", ratings);
    AgendaItem lazy = AgendaItem.rendered("c-1", ratings, () -> "Ratings split.");

    assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
    assertThat(lazy.why()).isEqualTo("Ratings split.");
  }

  /** Equality by competency, sentence and ratings, however the sentence was given. */
  @Test
  // Public: guava-testlib's package sanity test skips a class whose test has a public testEquals.
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(
            AgendaItem.of("c-1", "Split.", RATINGS),
            AgendaItem.rendered("c-1", RATINGS, () -> "Split."))
        .addEqualityGroup(AgendaItem.of("c-2", "Split.", RATINGS))
        .addEqualityGroup(AgendaItem.rendered("c-1", RATINGS, () -> "Disagree."))
        .addEqualityGroup(AgendaItem.of("c-1", "Split.", RATINGS.subList(0, 1)))
        .testEquals();
  }
}
