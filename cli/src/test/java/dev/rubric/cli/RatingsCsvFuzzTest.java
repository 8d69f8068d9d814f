package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the agreement command's CSV reader: on any text, {@link RatingsCsv#parse} gives a
 * units-by-raters matrix consistent with its header, or rejects the file with one {@link
 * InputRejected} line naming the file; any other exception, or a read slower than {@link #SLOW}, is
 * a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal build) it runs once per file in {@code
 * src/test/resources/dev/rubric/cli/RatingsCsvFuzzTestInputs/parse/}: the seeds and every past
 * finding. To fuzz for longer:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp -pl cli -am test -Dtest=RatingsCsvFuzzTest#parse \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RatingsCsvFuzzTest {
  /** The longest one read may take; far above the milliseconds a read of 4 KiB takes. */
  private static final Duration SLOW = Duration.ofSeconds(5);

  static {
    // Load and instrument the reader's classes before any read is timed.
    RatingsCsv.parse("unit,a,b\nx,1,2\n", "warm-up.csv");
  }

  @FuzzTest(maxDuration = "2m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    RatingsCsv csv;
    try {
      csv = RatingsCsv.parse(text, "r.csv");
    } catch (InputRejected e) {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to read").isLessThan(SLOW);
      String message = String.valueOf(e.getMessage());
      assertThat(message).startsWith("r.csv: ").doesNotContain("\n", "\r");
      assertThat(message.substring("r.csv: ".length())).isNotBlank();
      assertThat(e.lines())
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(ProblemLines.MAX_LINES + 1)
          .allSatisfy(
              line ->
                  assertThat(line)
                      .doesNotContain("\n", "\r")
                      .matches("(?s)r\\.csv: .+|\\.\\.\\. and [0-9]+ more problems?"));
      return;
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to read").isLessThan(SLOW);
    assertThat(csv.raters()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
    assertThat(csv.raters()).allSatisfy(r -> assertThat(r).isNotBlank().isEqualTo(r.strip()));
    assertThat(csv.units()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(csv.units()).allSatisfy(u -> assertThat(u).isNotBlank().isEqualTo(u.strip()));
    assertThat(csv.rows()).hasSameSizeAs(csv.units()).isSorted().doesNotHaveDuplicates();
    assertThat(csv.rows().get(0)).isGreaterThan(csv.headerRow());
    assertThat(csv.headerRow()).isPositive();
    double[][] ratings = csv.ratings();
    assertThat(ratings).hasNumberOfRows(csv.units().size());
    int given = 0;
    for (double[] row : ratings) {
      assertThat(row).hasSize(csv.raters().size());
      for (double r : row) {
        assertThat(Double.isInfinite(r)).as("infinite rating").isFalse();
        given += Double.isNaN(r) ? 0 : 1;
      }
    }
    assertThat(csv.ratingCount()).isEqualTo(given);
    assertThat(new HashSet<>(csv.units())).hasSize(csv.units().size());
  }
}
