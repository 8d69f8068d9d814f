package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.FieldFaults;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every problem the plan and scorecard readers report for a field left out, null or of the wrong
 * type, anywhere in a real document, is pinned: refactoring a reader keeps each problem, its path,
 * its message and its order exactly.
 */
class FieldFaultsTest {
  private static final RubricJson JSON = RubricJson.standard();

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(FieldFaultsTest.class.getResourceAsStream(name))) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static void assertPinned(String pin, List<String> actual) {
    List<String> pinned = FieldFaults.pinned(pin, actual);
    assertThat(actual).hasSizeGreaterThan(40);
    assertThat(actual).containsExactlyElementsOf(pinned);
  }

  @Test
  void planReaderProblemsArePinned() throws IOException {
    assertPinned(
        "/json/field-faults/plan.txt",
        FieldFaults.report(resource("/v1/ml-engineer.json"), JSON::readPlan));
  }

  @Test
  void scorecardListReaderProblemsArePinned() throws IOException {
    assertPinned(
        "/json/field-faults/scorecards.txt",
        FieldFaults.report(resource("/v1/split-panel.json"), JSON::readScorecards));
  }

  @Test
  void scorecardReaderProblemsArePinned() throws IOException {
    Scorecard card = JSON.readScorecards(resource("/v1/split-panel.json")).orElseThrow().get(0);
    assertPinned(
        "/json/field-faults/scorecard.txt",
        FieldFaults.report(JSON.writeScorecard(card), JSON::readScorecard));
  }
}
