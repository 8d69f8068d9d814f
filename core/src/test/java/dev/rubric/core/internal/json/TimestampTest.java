package dev.rubric.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The formatter-free reading of {@code yyyy-MM-ddTHH:mm:ssZ} agrees with the ISO-8601 parse. */
class TimestampTest {
  @Test
  void commonFormIsReadWithoutAFormatter() {
    assertThat(ObjectFields.utcSeconds("2026-11-20T10:15:30Z"))
        .isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
    assertThat(ObjectFields.utcSeconds("2024-02-29T23:59:59Z"))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
  }

  @Test
  void everythingElseIsLeftToTheFullParse() {
    for (String s :
        new String[] {
          "2026-02-30T10:15:30Z", // impossible date
          "2026-11-20T24:00:00Z", // hour 24
          "2026-11-20T10:15:60Z", // second 60
          "2026-11-20T10:15:30.5Z", // fraction
          "2026-11-20T10:15:30+01:00", // offset
          "2026-11-20 10:15:30Z", // no T
          "2026-1a-20T10:15:30Z", // not a digit
          "+2026-11-20T10:15:30Z" // length
        }) {
      assertThat(ObjectFields.utcSeconds(s)).as(s).isNull();
    }
  }

  @Test
  void agreesWithTheIsoParseOnRandomTimestamps() {
    Random random = new Random(20261126L);
    for (int i = 0; i < 20_000; i++) {
      String s =
          String.format(
              java.util.Locale.ROOT,
              "%04d-%02d-%02dT%02d:%02d:%02dZ",
              random.nextInt(10_000),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextInt(62));
      Instant fast = ObjectFields.utcSeconds(s);
      Instant iso;
      try {
        iso = OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        iso = null;
      }
      if (fast != null) {
        assertThat(fast).as(s).isEqualTo(iso);
      }
      if (iso == null) {
        assertThat(fast).as(s).isNull();
      }
    }
  }
}
