package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Severity;
import dev.rubric.core.json.ReadResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only outcomes an import or a mapping read may have on any input: a value, with every fault a
 * located problem carrying a known code, a JSON-pointer path and a message. A copy of the checks of
 * core's {@code ReadOutcomes}, widened to the interop codes.
 */
final class ImportOutcomes {
  /** Every code declared in {@link ProblemCodes} and {@link InteropProblemCodes}. */
  static final Set<String> CODES =
      Stream.of(ProblemCodes.class, InteropProblemCodes.class)
          .flatMap(c -> Arrays.stream(c.getFields()))
          .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
          .map(ImportOutcomes::constant)
          .collect(Collectors.toUnmodifiableSet());

  /** The longest one import may take; far above the milliseconds an import of 4 KiB takes. */
  static final Duration SLOW = Duration.ofSeconds(5);

  private ImportOutcomes() {}

  /** Runs {@code read}, failing when it took longer than {@link #SLOW}. */
  static <T> T timed(Supplier<T> read) {
    long start = System.nanoTime();
    T result = read.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("time to read").isLessThan(SLOW);
    return result;
  }

  /** Asserts that every problem of an import is located, coded and explained. */
  static void check(ImportResult result) {
    located(result.problems());
    java.util.Set<String> paths = new java.util.HashSet<>();
    for (ElementOutcome o : result.outcomes()) {
      assertThat(o.path().isEmpty() || o.path().startsWith("/")).as("path of %s", o).isTrue();
      assertThat(paths.add(o.path())).as("one outcome for %s", o.path()).isTrue();
      o.problem().ifPresent(p -> assertThat(result.problems()).contains(p));
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
   * Asserts that a mapping read is a mapping that writes and reads back equal, or only located
   * errors.
   */
  static void check(ReadResult<ImportMapping> read) {
    if (read.isOk()) {
      assertThat(read.problems()).isEmpty();
      ImportMapping mapping = read.value().orElseThrow();
      String written = mapping.toJson();
      ReadResult<ImportMapping> again = ImportMapping.fromJson(written);
      assertThat(again.problems()).as("problems reading back %s", written).isEmpty();
      assertThat(again.value()).as("read back").contains(mapping);
      return;
    }
    assertThat(read.value()).isEmpty();
    assertThat(read.problems()).isNotEmpty().anyMatch(Problem::isError);
    located(read.problems());
  }

  private static void located(List<Problem> problems) {
    for (Problem p : problems) {
      assertThat(p.code()).as("code of %s", p).isIn(CODES);
      assertThat(p.severity()).as("severity of %s", p).isIn(Severity.ERROR, Severity.ADVICE);
      assertThat(p.path().isEmpty() || p.path().startsWith("/")).as("path of %s", p).isTrue();
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  private static String constant(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
