package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Severity;
import dev.rubric.core.json.ReadResult;
import dev.rubric.fixtures.ReadOutcomes;
import java.util.HashSet;
import java.util.Set;

/**
 * The only outcomes an import or a mapping read may have on any input: a value, with every fault a
 * located problem carrying a known code, a JSON-pointer path and a message. core's {@link
 * ReadOutcomes}, widened to the interop codes and to advice.
 */
final class ImportOutcomes {
  /** Every code declared in {@link ProblemCodes} and {@link InteropProblemCodes}. */
  static final Set<String> CODES =
      ReadOutcomes.codes(ProblemCodes.class, InteropProblemCodes.class);

  /** An import reports advice as well as errors. */
  private static final Set<Severity> SEVERITIES = Set.of(Severity.ERROR, Severity.ADVICE);

  private ImportOutcomes() {}

  /** Asserts that every problem of an import is located, coded and explained. */
  static void check(ImportResult result) {
    ReadOutcomes.located(result.problems(), CODES, SEVERITIES);
    Set<String> paths = new HashSet<>();
    for (ElementOutcome o : result.outcomes()) {
      assertThat(o.path().isEmpty() || o.path().startsWith("/")).as("path of %s", o).isTrue();
      assertThat(paths.add(o.path())).as("one outcome for %s", o.path()).isTrue();
      o.problem().ifPresent(p -> checkOwnProblem(result, o, p));
    }
    long used = result.count(ElementOutcome.Kind.USED);
    long inCards =
        result.scorecards().stream()
            .mapToLong(c -> c.ratings().size() + (c.overallRecommendation().isPresent() ? 1 : 0))
            .sum();
    assertThat(inCards).as("used elements are the scorecards' ratings").isEqualTo(used);
    if (result.hasErrors()) {
      assertThat(result.problems()).anyMatch(Problem::isError);
    }
  }

  /**
   * Asserts that the problem of a refused element is its own located error: one of the problems
   * reported, or, when the report was capped, an error that is not the cap's placeholder.
   */
  static void checkOwnProblem(ImportResult result, ElementOutcome o, Problem p) {
    assertThat(p.isError()).as("problem of %s", o.path()).isTrue();
    assertThat(p.code())
        .as("problem of %s", o.path())
        .isNotEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    if (!truncated(result)) {
      assertThat(result.problems()).contains(p);
    }
  }

  /** Whether the report of {@code result} was capped. */
  static boolean truncated(ImportResult result) {
    return result.problems().stream()
        .anyMatch(p -> p.code().equals(ProblemCodes.PROBLEMS_TRUNCATED));
  }

  /**
   * Asserts that a mapping read is a mapping that writes and reads back equal, or only located
   * errors.
   */
  static void check(ReadResult<ImportMapping> read) {
    ReadOutcomes.check(read, ImportMapping::toJson, ImportMapping::fromJson, CODES, SEVERITIES);
  }
}
