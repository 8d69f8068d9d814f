package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();
  private static final List<Scorecard> HISTORY = HistoryGenerator.generate();

  @Test
  void sameSeedSameHistory() {
    assertThat(HistoryGenerator.generate(HistoryGenerator.SEED, HistoryGenerator.CANDIDATES))
        .isEqualTo(HISTORY);
    assertThat(HistoryGenerator.generate(7, 10)).isEqualTo(HistoryGenerator.generate(7, 10));
    assertThat(HistoryGenerator.generate(7, 10)).isNotEqualTo(HistoryGenerator.generate(8, 10));
  }

  @Test
  void eightyCandidatesFourSeatsAndEveryFourthShadowedOrRotated() {
    // 80 x 4 seats, plus a second scorecard per seat for the 20 shadowed and 20 rotated candidates.
    assertThat(HISTORY).hasSize(80 * 4 + 20 * 4 + 20 * 4);
    assertThat(HISTORY.stream().map(Scorecard::candidateId).distinct()).hasSize(80);
    assertThat(HistoryGenerator.generate(1, 0)).isEmpty();
  }

  @Test
  void twelveInterviewersThreePerSeatTwoPlanted() {
    Map<String, Set<String>> seatsOf = new HashMap<>();
    HISTORY.forEach(
        c -> seatsOf.computeIfAbsent(c.interviewerId(), k -> new HashSet<>()).add(c.panelRoleId()));

    assertThat(seatsOf).hasSize(12);
    // a home seat and the previous seat, shadowed in rotation
    assertThat(seatsOf.values()).allSatisfy(seats -> assertThat(seats).hasSize(2));
    assertThat(HistoryGenerator.interviewerOffsets())
        .hasSize(12)
        .containsKeys(seatsOf.keySet().toArray(new String[0]));
    assertThat(HistoryGenerator.interviewerOffsets().values().stream().filter(o -> o != 0.0))
        .containsExactlyInAnyOrder(0.8, -0.8);
    assertThat(HistoryGenerator.interviewerOffsets())
        .containsEntry(HistoryGenerator.LENIENT_INTERVIEWER, 0.8)
        .containsEntry(HistoryGenerator.SEVERE_INTERVIEWER, -0.8);
  }

  @Test
  void everyScorecardValidatesAgainstThePlanWithoutAnyProblem() {
    assertThat(HISTORY)
        .allSatisfy(c -> assertThat(c.validateAgainst(PLAN).problems()).as(c.toString()).isEmpty());
  }

  @Test
  void everyPairOfInterviewersInASeatRatesSomeOfTheSameCandidates() {
    Map<String, Set<String>> candidatesOf = new HashMap<>();
    HISTORY.forEach(
        c ->
            candidatesOf
                .computeIfAbsent(c.interviewerId(), k -> new HashSet<>())
                .add(c.candidateId()));
    for (int seat = 0; seat < 4; seat++) {
      for (int a = 1; a <= 3; a++) {
        for (int b = a + 1; b <= 3; b++) {
          Set<String> shared = new HashSet<>(candidatesOf.get(id(seat * 3 + a)));
          shared.retainAll(candidatesOf.get(id(seat * 3 + b)));
          assertThat(shared)
              .as("%s and %s", id(seat * 3 + a), id(seat * 3 + b))
              .hasSizeGreaterThanOrEqualTo(5);
        }
      }
    }
  }

  @Test
  void calibrationSeesOneComparableGroupAndFindsExactlyThePlantedInterviewers() {
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, HISTORY);

    assertThat(report.comparableGroups()).isEqualTo(1);
    assertThat(report.interviewers())
        .allSatisfy(p -> assertThat(p.leniency().group()).isEqualTo(1));
    assertThat(report.flagged())
        .extracting(InterviewerProfile::interviewerId)
        .containsExactly(HistoryGenerator.LENIENT_INTERVIEWER, HistoryGenerator.SEVERE_INTERVIEWER);
  }

  @Test
  void plantedInterviewersStandOutAgainstTheirShadowPartners() {
    // For every candidate-competency rated twice, each rater's deviation from the other rater.
    Map<String, List<Integer>> levels = new HashMap<>();
    Map<String, List<String>> raters = new HashMap<>();
    for (Scorecard c : HISTORY) {
      for (Rating r : c.ratings()) {
        String unit = c.candidateId() + "/" + r.competencyId();
        levels.computeIfAbsent(unit, k -> new ArrayList<>()).add(r.level());
        raters.computeIfAbsent(unit, k -> new ArrayList<>()).add(c.interviewerId());
      }
    }
    Map<String, List<Integer>> deviations = new HashMap<>();
    levels.forEach(
        (unit, ls) -> {
          if (ls.size() == 2) {
            List<String> who = raters.getOrDefault(unit, List.of());
            deviations
                .computeIfAbsent(who.get(0), k -> new ArrayList<>())
                .add(ls.get(0) - ls.get(1));
            deviations
                .computeIfAbsent(who.get(1), k -> new ArrayList<>())
                .add(ls.get(1) - ls.get(0));
          }
        });
    Map<String, Double> mean =
        deviations.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        e.getValue().stream().mapToInt(Integer::intValue).average().orElseThrow()));

    double lenient = mean.getOrDefault(HistoryGenerator.LENIENT_INTERVIEWER, 0.0);
    double severe = mean.getOrDefault(HistoryGenerator.SEVERE_INTERVIEWER, 0.0);
    assertThat(lenient).isGreaterThan(0.4);
    assertThat(severe).isLessThan(-0.4);
    mean.forEach(
        (who, m) -> {
          if (!who.equals(HistoryGenerator.LENIENT_INTERVIEWER)
              && !who.equals(HistoryGenerator.SEVERE_INTERVIEWER)) {
            assertThat(Math.abs(m)).as(who).isLessThan(Math.min(lenient, -severe));
          }
        });
  }

  @Test
  void levelsUseTheWholeScale() {
    Map<Integer, Long> counts =
        HISTORY.stream()
            .flatMap(c -> c.ratings().stream())
            .collect(Collectors.groupingBy(Rating::level, Collectors.counting()));
    assertThat(counts).containsOnlyKeys(1, 2, 3, 4);
    double mean =
        HISTORY.stream()
            .flatMap(c -> c.ratings().stream())
            .mapToInt(Rating::level)
            .average()
            .orElseThrow();
    assertThat(mean).isCloseTo(2.7, within(0.3));
  }

  @Test
  void rejectsANegativeNumberOfCandidates() {
    assertThatThrownBy(() -> HistoryGenerator.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates (-1) must be >= 0");
  }

  private static String id(int n) {
    return String.format(java.util.Locale.ROOT, "iv-%02d", n);
  }
}
