package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

/**
 * How the R oracle fixtures are read and compared, shared by {@link ROracleTest} and {@link
 * ROracleRandomTest}: rows written {@code 1,2,NA;3,4,5}, values within 1e-9 relative or 1e-12
 * absolute, and {@code U:REASON} for a figure the library must leave undefined for that reason.
 */
final class ROracleValues {
  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-12;

  private ROracleValues() {}

  /**
   * {@code actual} against {@code expected}: a number within the tolerance, or {@code U:REASON}.
   */
  static void check(String line, Coefficient actual, String expected) {
    if (expected.startsWith("U:")) {
      assertThat(actual.undefinedReason())
          .as(line)
          .hasValue(UndefinedReason.valueOf(expected.substring(2)));
    } else {
      assertThat(actual.isDefined()).as(line).isTrue();
      close(line, actual.value(), Double.parseDouble(expected));
    }
  }

  /** {@code actual} within 1e-9 of {@code expected}, relative, or 1e-12 absolute. */
  static void close(String what, double actual, double expected) {
    double tolerance = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
    assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
  }

  /**
   * An ICC estimate against R's {@code value,F,p,lower,upper}, each a number or {@code U:REASON};
   * an interval of {@code NA} means none is given (where psych's bounds came out inverted or across
   * the pole: see each fixture's header).
   */
  static void icc(String line, IccEstimate estimate, String[] e) {
    check(line + " value", estimate.value(), e[0]);
    FTest test = estimate.test().orElseThrow();
    check(line + " F", test.f(), e[1]);
    check(line + " p", test.pValue(), e[2]);
    if (e[3].equals("NA")) {
      assertThat(estimate.interval()).as(line + " interval").isEmpty();
      return;
    }
    ConfidenceInterval interval = estimate.interval().orElseThrow();
    close(line + " lower", interval.lower(), Double.parseDouble(e[3]));
    close(line + " upper", interval.upper(), Double.parseDouble(e[4]));
  }

  /** Rows written {@code 1,2,NA;3,4,5}, NA a missing rating. */
  static int[][] rows(String data) {
    return Arrays.stream(data.split(";"))
        .map(
            row ->
                Arrays.stream(row.split(","))
                    .mapToInt(cell -> cell.equals("NA") ? Ratings.MISSING : Integer.parseInt(cell))
                    .toArray())
        .toArray(int[][]::new);
  }
}
