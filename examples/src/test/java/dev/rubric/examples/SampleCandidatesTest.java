package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleCandidatesTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();

  static Stream<Arguments> candidates() {
    return Stream.of(
        Arguments.of(SampleCandidates.T_SHAPED_ENGINEER_FILE, SampleCandidates.tShapedEngineer()),
        Arguments.of(SampleCandidates.RESEARCHER_FILE, SampleCandidates.researcherWhoCannotShip()),
        Arguments.of(SampleCandidates.SPLIT_PANEL_FILE, SampleCandidates.splitPanel()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("candidates")
  void classpathFileReadsToTheJavaScorecards(String file, ImmutableList<Scorecard> expected)
      throws IOException {
    try (InputStream in =
        SampleCandidates.class.getResourceAsStream(SampleCandidates.RESOURCE_FOLDER + file)) {
      assertThat(in).isNotNull();
      assertThat(RubricJson.standard().readScorecards(in).orElseThrow()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("candidates")
  void everyScorecardValidatesAgainstThePlanWithoutAnyProblem(
      String file, ImmutableList<Scorecard> cards) {
    for (Scorecard card : cards) {
      assertThat(card.validateAgainst(PLAN).problems())
          .as("%s by %s", card.candidateId(), card.interviewerId())
          .isEmpty();
      assertThat(card.ratings()).allSatisfy(r -> assertThat(r.evidence()).hasSizeGreaterThan(30));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("candidates")
  void everySeatIsCoveredForOneCandidate(String file, ImmutableList<Scorecard> cards) {
    assertThat(cards.stream().map(Scorecard::candidateId).distinct()).hasSize(1);
    assertThat(cards.stream().map(Scorecard::panelRoleId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "deployment-depth",
            "infrastructure-fluency",
            "stakeholder-communication",
            "scalability-planning");
  }

  @Test
  void tShapedEngineerMeetsEveryMustHaveBarAndMissesOnlyModeling() {
    Map<String, Double> means = meanPerCompetency(SampleCandidates.tShapedEngineer());

    assertThat(barsMissed(means)).isEmpty();
    assertThat(means.entrySet().stream().filter(e -> e.getValue() < 3).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("security-compliance", "modeling-depth");
  }

  @Test
  void researcherIsDeepInModelingButMissesEveryMustHaveBar() {
    Map<String, Double> means = meanPerCompetency(SampleCandidates.researcherWhoCannotShip());

    assertThat(means.get("modeling-depth")).isEqualTo(4.0);
    assertThat(barsMissed(means))
        .containsExactlyInAnyOrder(
            "model-serving",
            "experiment-to-production",
            "drift-detection",
            "monitoring-alerting",
            "deployment-rollback");
  }

  @Test
  void splitPanelDisagreesAcrossTheHireLineOnTwoMustHaves() {
    List<Scorecard> cards = SampleCandidates.splitPanel();
    Set<String> split =
        PLAN.competencies().stream()
            .map(c -> c.id())
            .filter(
                id -> {
                  List<Integer> levels = levels(cards, id);
                  return levels.stream().anyMatch(l -> l >= 3)
                      && levels.stream().anyMatch(l -> l < 3);
                })
            .collect(Collectors.toSet());

    assertThat(split).containsExactlyInAnyOrder("drift-detection", "monitoring-alerting");
    assertThat(levels(cards, "drift-detection")).containsExactly(4, 2);
    assertThat(barsMissed(meanPerCompetency(cards))).isEmpty();
  }

  private static List<Integer> levels(List<Scorecard> cards, String competencyId) {
    return cards.stream()
        .flatMap(c -> c.rating(competencyId).stream())
        .map(Rating::level)
        .collect(Collectors.toList());
  }

  private static Map<String, Double> meanPerCompetency(List<Scorecard> cards) {
    return cards.stream()
        .flatMap(c -> c.ratings().stream())
        .collect(
            Collectors.groupingBy(Rating::competencyId, Collectors.averagingInt(Rating::level)));
  }

  private static Set<String> barsMissed(Map<String, Double> means) {
    return PLAN.profile().requirements().stream()
        .filter(CompetencyRequirement::isMustHave)
        .filter(r -> means.getOrDefault(r.competencyId(), 0.0) < r.mustHaveBar().orElseThrow())
        .map(CompetencyRequirement::competencyId)
        .collect(Collectors.toSet());
  }
}
