package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.EvaluationProblemCodes;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.PropertyCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link RubricGen#hostileHistoriesFor}: valid and usable, one id per person, pairs of people whose
 * ids print alike or differ only in case, whom the evaluation and calibration keep apart and name,
 * shrinking to the plain history, and leaving {@link RubricGen#historiesFor} alone.
 */
class HostileHistoriesTest {
  private static final Gen<History> HOSTILE =
      RubricGen.plans(PlanShape.standard().withProcess(true).withHostileText(true))
          .flatMap(RubricGen::hostileHistoriesFor);

  /** The standard histories of a seed are the ones they were before hostile histories existed. */
  @Test
  void theStandardHistoriesKeepTheValuesOfEverySeed() {
    List<String> seen = new ArrayList<>();
    RubricGen.histories().sample(20261203L, 40).stream()
        .flatMap(h -> h.scorecards().stream())
        .forEach(c -> seen.add(c.toString()));

    assertThat(Integer.toHexString(seen.hashCode())).isEqualTo("ebf02e26");
  }

  @Test
  void hostileHistoriesAreValidRoundTripAndKeepOneIdPerPerson() {
    List<History> histories = HOSTILE.sample(7, 120);
    RubricJson json = RubricJson.standard();

    assertThat(histories)
        .allSatisfy(
            h -> {
              assertThat(h.scorecards())
                  .allSatisfy(
                      c -> {
                        assertThat(c.validateAgainst(h.plan()).errors()).isEmpty();
                        assertThat(json.readScorecard(json.writeScorecard(c)).value()).contains(c);
                      });
              // Candidate by candidate: each candidate's scorecards stand together under one id,
              // and no id comes back for a later candidate.
              assertThat(candidateRuns(h.scorecards())).isEqualTo(h.candidates().size());
              assertThat(h.interviewers().size()).isBetween(1, 10);
            })
        .anySatisfy(h -> assertThat(printAlike(h.interviewers())).isNotEmpty())
        .anySatisfy(h -> assertThat(printAlike(h.candidates())).isNotEmpty())
        .anySatisfy(h -> assertThat(caseVariants(h.interviewers())).isNotEmpty())
        .anySatisfy(h -> assertThat(caseVariants(h.candidates())).isNotEmpty())
        .anySatisfy(h -> assertThat(h.interviewers()).anySatisfy(i -> assertThat(i).contains(" ")))
        .anySatisfy(
            h -> assertThat(h.candidates()).anySatisfy(c -> assertThat(c).hasSize(Hostile.LONGEST)))
        .anySatisfy(
            h ->
                assertThat(h.scorecards())
                    .anySatisfy(c -> assertThat(c.interviewedAt()).isPresent()));
  }

  /**
   * Whatever groups people by id keeps look-alikes apart: each candidate's evaluation accounts for
   * exactly their scorecards, and calibration profiles every interviewer id of the history once,
   * using every scorecard.
   */
  @Test
  void evaluationAndCalibrationKeepLookAlikePeopleApart() {
    List<History> histories = HOSTILE.sample(11, 40);
    List<History> withPairs =
        histories.stream().filter(h -> !printAlike(h.interviewers()).isEmpty()).toList();
    assertThat(withPairs).isNotEmpty();

    for (History h : histories) {
      Map<String, List<Scorecard>> byCandidate = new LinkedHashMap<>();
      h.scorecards()
          .forEach(
              c -> byCandidate.computeIfAbsent(c.candidateId(), k -> new ArrayList<>()).add(c));
      for (Map.Entry<String, List<Scorecard>> e : byCandidate.entrySet()) {
        Evaluation evaluation = Evaluator.standard().evaluate(h.plan(), e.getValue());
        assertThat(evaluation.candidateId()).contains(e.getKey());
        assertThat(evaluation.scorecards()).hasSameSizeAs(e.getValue());
        assertThat(evaluation.rejected()).isEmpty();
      }
      CalibrationReport report =
          InterviewerCalibration.standard().calibrate(h.plan(), h.scorecards());
      assertThat(report.scorecardsGiven()).isEqualTo(h.scorecards().size());
      assertThat(report.rejected()).isEmpty();
      assertThat(report.interviewers().stream().map(InterviewerProfile::interviewerId).toList())
          .containsExactlyInAnyOrderElementsOf(h.interviewers());
      // Every set of interviewer ids differing only in case is named in the report's advice.
      List<String> named =
          report.idAdvice().stream()
              .filter(p -> p.code().equals(EvaluationProblemCodes.CASE_VARIANT_ID))
              .map(p -> p.message())
              .toList();
      assertThat(named).hasSize(caseVariants(h.interviewers()).size());
    }
  }

  @Test
  void aHostileHistoryShrinksToThePlainOne() {
    History shrunk =
        PropertyCheck.forAll(HOSTILE)
            .withSeed(3)
            .runThat(h -> h.scorecards().stream().allMatch(c -> c.interviewedAt().isEmpty()))
            .shrunk()
            .orElseThrow();

    assertThat(shrunk.candidates()).containsExactly("candidate-1");
    assertThat(shrunk.interviewers()).allSatisfy(i -> assertThat(i).matches("interviewer-\\d+"));
    assertThat(shrunk.scorecards()).hasSize(1);
  }

  /** The sets of {@code ids} that differ only in letter case, two or more ids each. */
  private static List<Set<String>> caseVariants(Set<String> ids) {
    Map<String, Set<String>> byCase = new TreeMap<>();
    ids.forEach(
        id ->
            byCase
                .computeIfAbsent(
                    id.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                .add(id));
    return byCase.values().stream().filter(v -> v.size() > 1).toList();
  }

  /** How many runs of equal candidate ids the scorecards make, in their order. */
  private static int candidateRuns(List<Scorecard> cards) {
    int runs = 0;
    for (int i = 0; i < cards.size(); i++) {
      if (i == 0 || !cards.get(i).candidateId().equals(cards.get(i - 1).candidateId())) {
        runs++;
      }
    }
    return runs;
  }

  /** The ids that print like another of {@code ids}: equal once Cyrillic look-alikes are Latin. */
  private static Set<String> printAlike(Set<String> ids) {
    Map<String, List<String>> bySkeleton =
        ids.stream().collect(Collectors.groupingBy(HostileHistoriesTest::skeleton));
    Set<String> alike = new TreeSet<>();
    bySkeleton.values().stream().filter(v -> v.size() > 1).forEach(alike::addAll);
    return alike;
  }

  private static String skeleton(String id) {
    String cyrillic = "асеорху";
    String latin = "aceopxy";
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      int at = cyrillic.indexOf(c);
      out.append(at < 0 ? c : latin.charAt(at));
    }
    return out.toString();
  }
}
