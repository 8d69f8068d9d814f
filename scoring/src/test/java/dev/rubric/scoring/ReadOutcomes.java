package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Severity;
import dev.rubric.core.json.ReadResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only outcomes a reader may have on any input: a value that survives writing and reading back,
 * or located errors with a known code. A copy of core's test class of the same name (test classes
 * are not shared between modules), widened to the evaluation codes.
 */
final class ReadOutcomes {
  /** Every code declared in {@link ProblemCodes} and {@link EvaluationProblemCodes}. */
  static final Set<String> CODES =
      Stream.of(ProblemCodes.class, EvaluationProblemCodes.class)
          .flatMap(c -> Arrays.stream(c.getFields()))
          .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
          .map(ReadOutcomes::constant)
          .collect(Collectors.toUnmodifiableSet());

  /** The longest one read may take; far above the milliseconds a read of 4 KiB takes. */
  static final Duration SLOW = Duration.ofSeconds(5);

  private ReadOutcomes() {}

  /** Reads, failing when reading took longer than {@link #SLOW}. */
  static <T> ReadResult<T> timed(Supplier<ReadResult<T>> read) {
    long start = System.nanoTime();
    ReadResult<T> result = read.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("time to read").isLessThan(SLOW);
    return result;
  }

  /**
   * Asserts that {@code read} is a value equal to what {@code write} then {@code reread} give, or
   * only located errors with codes from {@link ProblemCodes} and a message.
   */
  static <T> void check(
      ReadResult<T> read, Function<T, String> write, Function<String, ReadResult<T>> reread) {
    if (read.isOk()) {
      assertThat(read.problems()).isEmpty();
      T value = read.value().orElseThrow();
      String written = write.apply(value);
      ReadResult<T> again = reread.apply(written);
      assertThat(again.problems()).as("problems reading back %s", written).isEmpty();
      assertThat(again.value()).as("read back").contains(value);
      return;
    }
    assertThat(read.value()).isEmpty();
    assertThat(read.problems()).isNotEmpty();
    for (Problem p : read.problems()) {
      assertThat(p.code()).as("code of %s", p).isIn(CODES);
      assertThat(p.severity()).as("severity of %s", p).isEqualTo(Severity.ERROR);
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
