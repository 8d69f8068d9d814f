package dev.rubric.cli;

import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.ScorecardAccount;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code compare} and {@code audit --plan} say about the scorecards an evaluation rejected
 * while it used others, whose reports show the decisions but not the scorecards: one line on
 * standard error per file naming it, how many of its scorecards were not used and the causes with
 * their counts, ordered by code, as {@code calibrate} counts them:
 *
 * <pre>
 * rubric: history.json: 472 of 480 scorecards not used (472 CANDIDATE_MISMATCH)
 * </pre>
 *
 * <p>Each rejected scorecard counts under its cause ({@link Causes#of}). The command goes on and
 * exits 0: the line only makes sure that nothing is left out unsaid. Stateless and thread-safe.
 */
final class UnusedScorecards {
  private UnusedScorecards() {}

  /**
   * Prints the line for {@code file} when {@code evaluation} rejected any of its scorecards.
   *
   * @param err standard error
   * @param file the file as given on the command line
   * @param given how many scorecards the file held
   * @param evaluation the evaluation of the file's scorecards
   */
  static void report(PrintWriter err, String file, int given, Evaluation evaluation) {
    line(file, given, causes(evaluation))
        .ifPresent(
            line -> {
              err.println(line);
              err.flush();
            });
  }

  /**
   * The line for {@code file}, if any scorecard was rejected.
   *
   * @param file the file as given on the command line (or the files, joined)
   * @param given how many scorecards the file held
   * @param causes each cause with how many scorecards it rejected (printed in code order)
   * @return the line with its {@code rubric: } prefix, or empty when {@code causes} is
   */
  static Optional<String> line(String file, int given, Map<String, Integer> causes) {
    if (causes.isEmpty()) {
      return Optional.empty();
    }
    int unused = causes.values().stream().mapToInt(Integer::intValue).sum();
    return Optional.of(
        OneLineErrors.line(
            String.format(
                Locale.ROOT,
                "%s: %d of %d %s not used (%s)",
                file,
                unused,
                given,
                given == 1 ? "scorecard" : "scorecards",
                Causes.listed(new TreeMap<>(causes)))));
  }

  /** Each cause of the evaluation's rejected scorecards with its count, ordered by code. */
  static Map<String, Integer> causes(Evaluation evaluation) {
    Map<String, Integer> causes = new TreeMap<>();
    for (ScorecardAccount a : evaluation.rejected()) {
      causes.merge(Causes.of(a), 1, Integer::sum);
    }
    return causes;
  }
}
