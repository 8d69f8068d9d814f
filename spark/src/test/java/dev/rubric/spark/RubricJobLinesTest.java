package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The job's standard-error lines that need no Spark session to be checked. */
class RubricJobLinesTest {
  @Test
  void theUnreadLineTakesTheNumberOfEachCount() {
    assertThat(RubricJob.unreadLine(1, 1))
        .isEqualTo(
            "1 candidate (1 row) cannot be read and is left out; the evaluations table says why");
    assertThat(RubricJob.unreadLine(1, 4))
        .isEqualTo(
            "1 candidate (4 rows) cannot be read and is left out; the evaluations table says why");
    assertThat(RubricJob.unreadLine(2, 7))
        .isEqualTo(
            "2 candidates (7 rows) cannot be read and are left out; the evaluations table says"
                + " why");
  }
}
