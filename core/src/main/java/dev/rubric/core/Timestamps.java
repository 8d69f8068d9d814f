package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.TIMESTAMP_OUT_OF_RANGE;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The years a timestamp of a plan or scorecard may name: 0001 to 9999 (UTC), the years a four-digit
 * ISO-8601 timestamp spells and the only ones the JSON readers accept. A value built in code is
 * held to the same range by validation, so that everything valid can be written and read back.
 * Stateless.
 */
final class Timestamps {
  /** The earliest instant: {@code 0001-01-01T00:00:00Z}. */
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant: {@code 9999-12-31T23:59:59.999999999Z}. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * The longest deadline a plan may set: the span from {@link #EARLIEST} to {@link #LATEST}, so
   * that any timestamp a document holds plus any deadline is an instant Java can represent.
   */
  static final Duration LONGEST_DEADLINE = Duration.between(EARLIEST, LATEST);

  private Timestamps() {}

  /** Whether {@code t} lies in the years 0001 to 9999 (UTC). */
  static boolean inRange(Instant t) {
    return !t.isBefore(EARLIEST) && !t.isAfter(LATEST);
  }

  /** The {@code TIMESTAMP_OUT_OF_RANGE} error for {@code t}, the {@code what} at {@code path}. */
  static Problem outOfRange(String path, String what, Instant t) {
    return Problem.error(
        TIMESTAMP_OUT_OF_RANGE,
        path,
        String.format(
            Locale.ROOT,
            "The %s %s is outside the years 0001 to 9999 (UTC), which no Rubric document can"
                + " hold; give a time in those years.",
            what,
            t));
  }
}
