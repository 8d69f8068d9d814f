package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Evidence is what an interviewer wrote about a candidate: a rating or a scorecard printed in a log
 * shows how long it is, never the text, while equality and the JSON still carry every character.
 */
class RatingTextTest {
  private static final String EVIDENCE = "Walked through rolling back a bad model at 2am — calmly.";

  @Test
  void aRatingPrintsItsCompetencyLevelAndEvidenceLengthOnly() {
    Rating r = Rating.of("model-serving", 4, EVIDENCE);

    assertThat(r.toString())
        .isEqualTo(
            "Rating{competencyId=model-serving, level=4, evidence="
                + EVIDENCE.codePointCount(0, EVIDENCE.length())
                + " characters}");
    assertThat(Rating.of("model-serving", 4).toString()).endsWith("evidence=0 characters}");
    assertThat(r).isNotEqualTo(Rating.of("model-serving", 4, EVIDENCE + "!"));
    assertThat(r.evidence()).isEqualTo(EVIDENCE);
  }

  @Test
  void aScorecardPrintedInALogCarriesNoEvidence() {
    Scorecard card =
        Scorecard.builder()
            .candidateId("cand-1")
            .interviewerId("iv-1")
            .panelRoleId("deploy")
            .planFingerprint("sha256:0")
            .submittedAt(Instant.parse("2026-11-20T10:00:00Z"))
            .rate("model-serving", 4, EVIDENCE)
            .rate("monitoring", 2, "No alerting story; 😀 emoji counted once.")
            .build();

    assertThat(card.toString())
        .contains("cand-1", "iv-1", "deploy", "level=4", "evidence=56 characters")
        .contains("evidence=40 characters")
        .doesNotContain("rolling back", "alerting");
  }
}
