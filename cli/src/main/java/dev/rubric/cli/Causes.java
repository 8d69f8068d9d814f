package dev.rubric.cli;

import dev.rubric.core.Problem;
import dev.rubric.scoring.ScorecardAccount;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How every command names why scorecards were not used: each scorecard by one cause, the causes
 * listed with their counts ({@code 472 CANDIDATE_MISMATCH, 3 FINGERPRINT_MISMATCH}). Stateless and
 * thread-safe.
 */
final class Causes {
  private Causes() {}

  /**
   * The cause of a scorecard its evaluation did not use: the code of its first error, else (a
   * calibration-only scorecard) of its first problem, else {@code REJECTED}.
   *
   * @param account the scorecard's account
   * @return the cause
   */
  static String of(ScorecardAccount account) {
    List<Problem> problems = account.problems();
    for (Problem p : problems) {
      if (p.isError()) {
        return p.code();
      }
    }
    return problems.isEmpty() ? "REJECTED" : problems.get(0).code();
  }

  /**
   * {@return each cause with its count before it, in the map's order, separated by commas}
   *
   * @param counts each cause with how many scorecards it held back
   */
  static String listed(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
