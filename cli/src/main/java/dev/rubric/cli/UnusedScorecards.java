package dev.rubric.cli;

import dev.rubric.core.Problem;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.ScorecardAccount;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * <p>The cause of a rejected scorecard is the code of its first error. The command goes on and
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
                new TreeMap<>(causes)
                    .entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")))));
  }

  /** Each cause of the evaluation's rejected scorecards with its count, ordered by code. */
  static Map<String, Integer> causes(Evaluation evaluation) {
    Map<String, Integer> causes = new TreeMap<>();
    for (ScorecardAccount a : evaluation.rejected()) {
      String cause =
          a.problems().stream()
              .filter(Problem::isError)
              .findFirst()
              .map(Problem::code)
              .orElse("REJECTED");
      causes.merge(cause, 1, Integer::sum);
    }
    return causes;
  }
}
