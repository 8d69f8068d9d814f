package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Scorecard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingMatrixTest {
  private static final int NO = Ratings.MISSING;

  private static Scorecard card(String candidate, String interviewer, String time, int... levels) {
    Scorecard.Builder b =
        Scorecard.builder()
            .candidateId(candidate)
            .interviewerId(interviewer)
            .panelRoleId("seat")
            .planFingerprint("sha256:x")
            .submittedAt(Instant.parse(time));
    String[] competencies = {"drift", "serving"};
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] > 0) {
        b.rate(competencies[i], levels[i], "");
      }
    }
    return b.build();
  }

  private final List<Scorecard> history =
      List.of(
          card("c2", "bob", "2026-11-02T10:00:00Z", 3, 2),
          card("c1", "ann", "2026-11-01T10:00:00Z", 4, 0),
          card("c1", "bob", "2026-11-01T11:00:00Z", 3, 3),
          // ann rates c1 again later: her later drift rating (2) replaces the first (4).
          card("c1", "ann", "2026-11-03T10:00:00Z", 2, 0));

  @Test
  void unitsAreCandidateCompetencyPairsAndRatersAreInterviewers() {
    RatingMatrix m = RatingMatrix.fromScorecards(history);
    assertThat(m.unitIds()).containsExactly("c1/drift", "c1/serving", "c2/drift", "c2/serving");
    assertThat(m.raterIds()).containsExactly("ann", "bob");
    assertThat(m.rows()).isDeepEqualTo(new int[][] {{2, 3}, {NO, 3}, {NO, 3}, {NO, 2}});
    assertThat(m.ratings()).isEqualTo(5);
    assertThat(m.toString()).isEqualTo("RatingMatrix{4 units x 2 raters}");
  }

  // Units are ordered by candidate id, then competency id. They were ordered by the joined id
  // "candidate/competency", which put every unit of "c-7" before those of "c" ('-' sorts before
  // '/'), and so did export-ratings with its rows.
  @Test
  void unitsAreOrderedByCandidateThenCompetencyNotByTheJoinedId() {
    RatingMatrix m =
        RatingMatrix.fromScorecards(
            List.of(
                card("c-7", "ann", "2026-11-01T10:00:00Z", 3, 2),
                card("c", "ann", "2026-11-01T11:00:00Z", 4, 1),
                card("c.1", "bob", "2026-11-01T12:00:00Z", 2, 0)));

    assertThat(m.unitIds())
        .containsExactly("c/drift", "c/serving", "c-7/drift", "c-7/serving", "c.1/drift");
    assertThat(m.rows()).isDeepEqualTo(new int[][] {{4, NO}, {1, NO}, {3, NO}, {2, NO}, {NO, 2}});
  }

  @Test
  void firstRatingsGiveTheOneWayLayout() {
    RatingMatrix m = RatingMatrix.fromScorecards(history);
    assertThat(m.firstRatings(2)).isDeepEqualTo(new int[][] {{2, 3}});
    assertThat(m.firstRatings(1)).isDeepEqualTo(new int[][] {{2}, {3}, {3}, {2}});
    assertThatThrownBy(() -> m.firstRatings(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k (0) must be >= 1");
  }

  @Test
  void orderOfTheScorecardsDoesNotMatter() {
    List<Scorecard> shuffled = new ArrayList<>(history);
    Collections.reverse(shuffled);
    assertThat(RatingMatrix.fromScorecards(shuffled))
        .isEqualTo(RatingMatrix.fromScorecards(history));
  }

  @Test
  void feedsTheStatistics() {
    AlphaResult alpha =
        KrippendorffAlpha.nominal().compute(RatingMatrix.fromScorecards(history).rows());
    // Only c1/drift is pairable (2 vs 3): one unit, two different values -> alpha undefined.
    assertThat(alpha.pairableUnits()).isEqualTo(1);
  }

  @Test
  void rowsAreCopies() {
    RatingMatrix m = RatingMatrix.of(List.of("u"), List.of("a", "b"), new int[][] {{1, 2}});
    m.rows()[0][0] = 4;
    assertThat(m.rows()[0][0]).isEqualTo(1);
  }

  @Test
  void aNullRowOrIdIsNamed() {
    assertThatThrownBy(
            () ->
                RatingMatrix.of(List.of("u1", "u2"), List.of("a", "b"), new int[][] {{1, 2}, null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rows[1]");
    assertThatThrownBy(
            () ->
                RatingMatrix.of(
                    java.util.Arrays.asList("u1", null),
                    List.of("a", "b"),
                    new int[][] {{1, 2}, {2, 2}}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitIds[1]");
    assertThatThrownBy(
            () ->
                RatingMatrix.of(
                    List.of("u1"), java.util.Arrays.asList(null, "b"), new int[][] {{1, 2}}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("raterIds[0]");
  }

  @Test
  void plainDataIsChecked() {
    assertThatThrownBy(() -> RatingMatrix.of(List.of("u"), List.of("a", "a"), new int[][] {{1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raterIds ([a, a]) must be distinct");
    assertThatThrownBy(() -> RatingMatrix.of(List.of("u"), List.of("a", "b"), new int[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 0 (1 cells) must have one cell per rater (2)");
  }
}
