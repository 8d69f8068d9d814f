package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ratings an evaluation keeps as views of its flat arrays ({@link RaterLevels}) behave as the
 * immutable lists of {@link RaterLevel} they stand for, and the values that hold them ({@link
 * CompetencyScore}, {@link CompetencyConsensus}, {@link AgendaItem}) are equal to the same values
 * built from plain lists.
 */
class RaterLevelsTest {
  private static final String[] IDS = {"ana", "ben", "cy", "dee", "eve"};
  private static final String[] SEATS = {"s1", "s2", "s1", "s3", "s2"};
  private static final int[] LEVELS = {1, 2, 2, 3, 4};

  private static List<RaterLevel> plain(int from, int size) {
    List<RaterLevel> out = new ArrayList<>();
    for (int k = from; k < from + size; k++) {
      out.add(RaterLevel.of(IDS[k], SEATS[k], LEVELS[k]));
    }
    return List.copyOf(out);
  }

  /** Law: every window of the arrays equals, hashes and prints as the plain list of its values. */
  @Test
  void aViewIsTheListOfItsWindow() {
    for (int from = 0; from <= IDS.length; from++) {
      for (int size = 0; from + size <= IDS.length; size++) {
        RaterLevels view = new RaterLevels(IDS, SEATS, LEVELS, from, size);
        List<RaterLevel> expected = plain(from, size);
        assertThat(view).as("[%d, +%d)", from, size).isEqualTo(expected).hasSize(size);
        assertThat(expected).isEqualTo(view);
        assertThat(view.hashCode()).isEqualTo(expected.hashCode());
        assertThat(view.toString()).isEqualTo(expected.toString());
        for (int k = 0; k < size; k++) {
          assertThat(view.level(k)).isEqualTo(LEVELS[from + k]);
          assertThat(view.indexOf(expected.get(k))).isEqualTo(expected.indexOf(expected.get(k)));
        }
        int end = size;
        assertThatThrownBy(() -> view.get(end)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.level(end)).isInstanceOf(IndexOutOfBoundsException.class);
      }
    }
  }

  /** A view cannot be changed through the list interface, and a window must fit its arrays. */
  @Test
  void aViewIsReadOnlyAndInBounds() {
    RaterLevels view = new RaterLevels(IDS, SEATS, LEVELS, 1, 3);
    RaterLevel r = RaterLevel.of("x", "s1", 2);
    assertThatThrownBy(() -> view.add(r)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.set(0, r)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(view::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(view).isEqualTo(plain(1, 3));
    assertThatThrownBy(() -> new RaterLevels(IDS, SEATS, LEVELS, 3, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** A value keeps a view or an immutable list as it is, copies anything else, refuses nulls. */
  @Test
  void valuesKeepImmutableRatingsAndCopyTheRest() {
    RaterLevels view = new RaterLevels(IDS, SEATS, LEVELS, 0, 5);
    assertThat(RaterLevels.copyOf(view)).isSameAs(view);
    List<RaterLevel> immutable = plain(0, 2);
    assertThat(RaterLevels.copyOf(immutable)).isSameAs(immutable);
    List<RaterLevel> mutable = new ArrayList<>(immutable);
    List<RaterLevel> copy = RaterLevels.copyOf(mutable);
    mutable.clear();
    assertThat(copy).isEqualTo(immutable);
    Iterable<RaterLevel> iterable = () -> immutable.iterator(); // not a Collection
    assertThat(RaterLevels.copyOf(iterable)).isEqualTo(immutable);
    List<RaterLevel> withNull = new ArrayList<>(immutable);
    withNull.add(null);
    assertThatThrownBy(() -> RaterLevels.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    Iterable<RaterLevel> nullIterable = () -> withNull.iterator();
    assertThatThrownBy(() -> RaterLevels.copyOf(nullIterable))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ratings");
  }

  /** Law, over random windows: values holding a view equal the values holding the plain list. */
  @Test
  void valuesOverAViewEqualValuesOverThePlainList() {
    SplittableRandom random = new SplittableRandom(2026_12_01L);
    for (int trial = 0; trial < 200; trial++) {
      int from = random.nextInt(IDS.length + 1);
      int size = random.nextInt(IDS.length - from + 1);
      RaterLevels view = new RaterLevels(IDS, SEATS, LEVELS, from, size);
      List<RaterLevel> list = plain(from, size);
      Coefficient score = Coefficient.of(random.nextInt(1, 5));
      CompetencyScore a = CompetencyScore.of("c", "area", score, view);
      CompetencyScore b = CompetencyScore.of("c", "area", score, list);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.toString()).isEqualTo(b.toString());
      assertThat(a.ratings()).isSameAs(view);

      CompetencyConsensus c =
          CompetencyConsensus.of(
              "c", size, Coefficient.of(0.5), 2, Coefficient.of(0.8), false, 0.25, true, view);
      CompetencyConsensus d =
          CompetencyConsensus.builder()
              .competencyId("c")
              .raters(size)
              .sd(Coefficient.of(0.5))
              .range(2)
              .rwg(Coefficient.of(0.8))
              .rwgTruncated(false)
              .averageDeviation(0.25)
              .split(true)
              .ratings(list)
              .build();
      assertThat(c).isEqualTo(d).hasSameHashCodeAs(d);
      assertThat(c.toString()).isEqualTo(d.toString());
      assertThat(CompetencyConsensus.builder().from(c).build()).isEqualTo(c);

      AgendaItem e = AgendaItem.of("c", "why", view);
      assertThat(e).isEqualTo(AgendaItem.of("c", "why", list));
      assertThat(e.ratings()).isSameAs(view);
    }
  }
}
