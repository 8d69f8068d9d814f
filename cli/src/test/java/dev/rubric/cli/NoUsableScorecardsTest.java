package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scorecards that cannot be used say so first: in the library, the decision's first reason is
 * NO_USABLE_SCORECARDS with each cause and its count; on the command line, {@code evaluate} exits 1
 * with one line. A vendor payload given without {@code --from} is named in one line.
 */
class NoUsableScorecardsTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();
  private static final String OTHER = "f".repeat(64);

  @TempDir Path dir;

  @Test
  void scorecardsForAnotherPlanGiveAFirstReasonWithBothFingerprints() {
    List<Scorecard> cards = forAnotherPlan();

    Evaluation evaluation = Evaluator.standard().evaluate(PLAN, cards);

    assertThat(evaluation.decision().outcome()).isEqualTo(Outcome.INCOMPLETE);
    Reason first = evaluation.decision().reasons().get(0);
    assertThat(first.code()).isEqualTo(ReasonCode.NO_USABLE_SCORECARDS);
    assertThat(first.figures())
        .containsEntry("scorecards", (double) cards.size())
        .containsEntry("FINGERPRINT_MISMATCH", (double) cards.size());
    assertThat(first.sentence())
        .contains(
            cards.size() + " FINGERPRINT_MISMATCH",
            OTHER,
            PLAN.fingerprint(),
            PLAN.scoringFingerprint());
    assertThat(evaluation.decision().reasons().subList(1, evaluation.decision().reasons().size()))
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.NO_USABLE_SCORECARDS);
  }

  /**
   * The history commands' summary names both of the plan's fingerprints and, among the scorecards'
   * own, only those that are not the plan's: a scorecard carrying the scoring fingerprint, rejected
   * for another cause, is not listed as naming another plan.
   */
  @Test
  void theSummaryNamesOnlyFingerprintsThatAreNotThePlans() {
    List<Scorecard> history = new ArrayList<>(forAnotherPlan().subList(0, 2));
    history.add(
        Scorecard.builder()
            .from(SampleCandidates.splitPanel().get(0))
            .planFingerprint(PLAN.scoringFingerprint())
            .panelRoleId("no-such-seat")
            .build());
    history.add(
        Scorecard.builder()
            .from(SampleCandidates.splitPanel().get(1))
            .planFingerprint(PLAN.fingerprint())
            .panelRoleId("no-such-seat")
            .build());

    assertThat(NothingUsable.fingerprints(PLAN, history))
        .isEqualTo(
            ": the plan's fingerprint is "
                + PLAN.fingerprint()
                + " (scoring fingerprint "
                + PLAN.scoringFingerprint()
                + "), the scorecards name "
                + OTHER);
  }

  @Test
  void eachCauseIsCountedMostFrequentFirst() {
    List<Scorecard> cards = new ArrayList<>(forAnotherPlan().subList(0, 3));
    cards.add(
        Scorecard.builder()
            .from(SampleCandidates.splitPanel().get(0))
            .panelRoleId("no-such-seat")
            .build());

    Reason first = Evaluator.standard().evaluate(PLAN, cards).decision().reasons().get(0);

    assertThat(first.code()).isEqualTo(ReasonCode.NO_USABLE_SCORECARDS);
    assertThat(first.figures().keySet()).startsWith("scorecards", "FINGERPRINT_MISMATCH");
    assertThat(first.figures().get("FINGERPRINT_MISMATCH")).isEqualTo(3.0);
    assertThat(first.figures()).hasSizeGreaterThan(2);
  }

  @Test
  void aUsableScorecardOrNoneGivenKeepsTheUsualReasons() {
    List<Scorecard> cards = new ArrayList<>(forAnotherPlan());
    cards.add(SampleCandidates.splitPanel().get(0));

    assertThat(Evaluator.standard().evaluate(PLAN, cards).decision().codes())
        .doesNotContain(ReasonCode.NO_USABLE_SCORECARDS);
    assertThat(Evaluator.standard().evaluate(PLAN, List.of()).decision().codes())
        .doesNotContain(ReasonCode.NO_USABLE_SCORECARDS);
  }

  @Test
  void evaluateExitsOneWithOneLine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("cards.json"), RubricJson.standard().writeScorecards(forAnotherPlan()));

    CommandRun run = CommandRun.of("evaluate", "--plan", EvaluateCommandTest.PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .hasLineCount(1)
        .startsWith("rubric: " + file + ": None of the 5 scorecards can be used with plan")
        .contains("5 FINGERPRINT_MISMATCH", OTHER, PLAN.fingerprint());
  }

  @Test
  void aVendorPayloadWithoutFromGetsOneLineNamingTheVendor() throws Exception {
    Path payload = resource("ats/greenhouse_scorecard_example.json");

    CommandRun run =
        CommandRun.of("evaluate", "--plan", EvaluateCommandTest.PLAN, payload.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + payload
                + ": this is a Greenhouse payload, not Rubric scorecards; read it with --from"
                + " greenhouse --mapping MAPPING.json\n");
  }

  @Test
  void everyVendorShapeIsTold() throws Exception {
    assertThat(VendorPayloads.detect(bytes("[{\"submittedValues\": {}}]")))
        .contains(dev.rubric.interop.AtsVendor.ASHBY);
    assertThat(VendorPayloads.detect(bytes("{\"results\": [{\"remote_id\": \"1\"}]}")))
        .contains(dev.rubric.interop.AtsVendor.MERGE);
    assertThat(VendorPayloads.detect(bytes("{\"data\": [{\"fields\": [], \"user\": \"u\"}]}")))
        .contains(dev.rubric.interop.AtsVendor.LEVER);
    assertThat(
            VendorPayloads.detect(Files.readAllBytes(resource("ats/merge_scorecard_example.json"))))
        .contains(dev.rubric.interop.AtsVendor.MERGE);
    // The payload itself is looked at before a wrapper field: a Greenhouse scorecard with a data
    // field of another shape is still told as Greenhouse, and a page whose first wrapper holds
    // nothing known is looked at under its other one.
    assertThat(
            VendorPayloads.detect(
                bytes("{\"candidate_id\": 1, \"attributes\": [], \"data\": [{\"remote_id\": 1}]}")))
        .contains(dev.rubric.interop.AtsVendor.GREENHOUSE);
    assertThat(VendorPayloads.detect(bytes("{\"data\": {}, \"results\": [{\"remote_id\": 1}]}")))
        .contains(dev.rubric.interop.AtsVendor.MERGE);
    assertThat(VendorPayloads.detect(bytes("{\"scorecards\": []}"))).isEmpty();
    assertThat(VendorPayloads.detect(bytes("not json"))).isEmpty();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<Scorecard> forAnotherPlan() {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      cards.add(Scorecard.builder().from(c).planFingerprint(OTHER).build());
    }
    return cards;
  }

  /**
   * The test-class-path resource {@code name} (from the test fixtures jar) copied to a file, for
   * the command line to read.
   */
  private Path resource(String name) throws IOException {
    Path target = dir.resolve(name.replace('/', '-'));
    try (InputStream in = NoUsableScorecardsTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(Objects.requireNonNull(in), target);
    }
    return target;
  }
}
