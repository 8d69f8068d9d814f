package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.json.EvaluationJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The snippets of the README section "Evaluating a candidate", run as tests. */
class ReadmeSnippetsTest {
  private static final InterviewPlan plan = Packets.plan();
  private static final List<Scorecard> scorecards = Packets.packet(plan, 4, 3, 4, 4, 3);

  @Test
  void evaluateAPacket() {
    // snippet:evaluate-packet start
    Evaluation evaluation = Evaluator.standard().evaluate(plan, scorecards);
    Decision decision = evaluation.decision();
    System.out.println(decision.outcome()); // HIRE
    for (Reason reason : decision.reasons()) {
      System.out.println(reason.code() + " " + reason.figures() + ": " + reason.sentence());
    }
    String json = EvaluationJson.write(evaluation);
    // snippet:evaluate-packet end
    assertThat(decision.outcome()).isEqualTo(Outcome.HIRE);
    assertThat(json).contains("SCORE_AT_OR_ABOVE_THRESHOLD");
  }

  @Test
  void plugACustomAggregator() {
    // snippet:custom-aggregator start
    CompetencyAggregator secondLowest =
        CompetencyAggregator.named(
            "second-lowest", sample -> sample.value(Math.min(1, sample.size() - 1)));
    Evaluator evaluator =
        Evaluator.builder()
            .aggregator(secondLowest)
            .scoring(ScoringStrategy.hybrid())
            .thresholds(DecisionThresholds.builder().hireThreshold(3.5).build())
            .build();
    Evaluation evaluation = evaluator.evaluate(plan, scorecards);
    // snippet:custom-aggregator end
    assertThat(evaluation.findings().scores().aggregator()).isEqualTo("second-lowest");
    assertThat(evaluation.findings().overall().score()).hasValue(3.625);
    assertThat(evaluation.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
  }

  @Test
  void debriefFindings() {
    // A HIRE whose communication score (2) is below its target 3.
    List<Scorecard> scorecards =
        Packets.packet(plan, 4, 4, 4, 4, 2).stream()
            .map(
                c ->
                    Scorecard.builder()
                        .from(c)
                        .overallRecommendation(
                            c.interviewerId().equals("alice")
                                ? Recommendation.STRONG_YES
                                : Recommendation.YES)
                        .build())
            .toList();
    // snippet:debrief start
    Evaluator evaluator =
        Evaluator.builder()
            .thresholds(DecisionThresholds.builder().strongNoSendsToDebrief(false).build())
            .evidence(
                EvidenceRules.builder()
                    .minimumLength(40)
                    .forbiddenPhrases(List.of("culture fit", "gut feeling", "seems smart"))
                    .build())
            .build();
    Evaluation evaluation = evaluator.evaluate(plan, scorecards);
    PanelRecommendations panel = evaluation.findings().recommendations();
    Map<Recommendation, Integer> counts = panel.counts(); // {..., YES=2, STRONG_YES=1}
    for (Reason concern : evaluation.decision().concerns()) {
      System.out.println(concern.sentence()); // 'comms' scored 2, below its target 3; ...
    }
    // snippet:debrief end
    assertThat(counts)
        .containsEntry(Recommendation.YES, 2)
        .containsEntry(Recommendation.STRONG_YES, 1)
        .containsEntry(Recommendation.NO, 0);
    assertThat(evaluation.decision().outcome()).isEqualTo(Outcome.HIRE);
    assertThat(evaluation.decision().concerns().get(0).sentence())
        .startsWith("'comms' scored 2, below its target 3; ");
  }

  @Test
  void compareCandidates() {
    List<Scorecard> history = new java.util.ArrayList<>(Packets.packet(plan, 4, 4, 4, 4, 4));
    Packets.packet(plan, 2, 2, 2, 2, 2).stream()
        .map(c -> Scorecard.builder().from(c).candidateId("cand-2").build())
        .forEach(history::add);
    // snippet:compare start
    PlanEvaluator compiled = Evaluator.standard().forPlan(plan);
    Map<String, List<Scorecard>> byCandidate = new TreeMap<>();
    for (Scorecard card : history) {
      byCandidate.computeIfAbsent(card.candidateId(), id -> new ArrayList<>()).add(card);
    }
    List<Evaluation> evaluations = new ArrayList<>();
    byCandidate.values().forEach(packet -> evaluations.add(compiled.evaluate(packet)));
    CandidateComparison comparison = CandidateComparison.of(plan, evaluations);
    ComparedCandidate best = comparison.candidates().get(0);
    System.out.println(best.candidateId() + " " + best.outcome() + " " + best.barsMissed());
    // snippet:compare end
    assertThat(best.candidateId()).contains("cand-1");
    assertThat(comparison.candidates().get(1).barsMissed()).containsExactly("serving");
  }

  @Test
  void readmeHoldsTheSnippetsVerbatim() throws Exception {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/dev/rubric/scoring/ReadmeSnippetsTest.java"),
            StandardCharsets.UTF_8);
    String readme =
        Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    for (String name : List.of("debrief", "compare")) {
      int start = lines.indexOf("    // snippet:" + name + " " + "start");
      int end = lines.indexOf("    // snippet:" + name + " " + "end");
      assertThat(start).isNotNegative();
      String snippet =
          lines.subList(start + 1, end).stream()
              .map(String::strip)
              .collect(Collectors.joining("\n"));
      assertThat(readme).contains(snippet);
    }
  }
}
