package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.internal.json.StrictParser;
import dev.rubric.core.internal.json.Utf8Text;
import java.io.IOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads scorecards straight from Jackson's token stream, without building a tree: the fast path of
 * {@link RubricJson#readScorecards(byte[])} and {@link RubricJson#readScorecard(byte[])} for the
 * usual, valid document. Immutable and thread-safe.
 *
 * <p>It accepts only a document the strict tree reader would accept with no problem, and then gives
 * the same scorecards: every field known and given once with the type that reader expects (strings
 * without a lone surrogate, ids also without a character {@link VisibleText} escapes, levels as
 * JSON integers in {@code int} range, a known recommendation, an ISO-8601 instant), every required
 * field present, {@code schemaVersion} 1 where the tree reader requires it, and every object,
 * array, string, number, name and nesting depth within {@link JsonLimits}. On anything else, a
 * fault or merely an unusual spelling ({@code "level": 3.0}, a {@code null}, an unknown field), it
 * returns null and the strict tree reader reads the document again: its problems, paths and limits
 * are the only ones ever reported.
 */
final class ScorecardStream {
  /** Field bits of a scorecard. */
  private static final int CANDIDATE = 1;

  private static final int INTERVIEWER = 2;
  private static final int SEAT = 4;
  private static final int FINGERPRINT = 8;
  private static final int RATINGS = 16;
  private static final int RECOMMENDATION = 32;
  private static final int SUBMITTED = 64;
  private static final int INTERVIEWED = 128;
  private static final int REQUIRED_CARD =
      CANDIDATE | INTERVIEWER | SEAT | FINGERPRINT | RATINGS | SUBMITTED;

  /** Field bits of a rating. */
  private static final int COMPETENCY = 1;

  private static final int LEVEL = 2;
  private static final int EVIDENCE = 4;

  private final JsonLimits limits;
  private final JsonFactory factory;

  ScorecardStream(JsonLimits limits) {
    this.limits = limits;
    this.factory = StrictParser.factory(limits.toParseLimits(), false);
  }

  /**
   * The scorecards of a valid document: a list ({@code {"schemaVersion": 1, "scorecards": [...]}}
   * or a bare array) when {@code list}, else one scorecard with {@code "schemaVersion": 1}; null
   * when the document is anything else, to be read by the strict tree reader.
   */
  @Nullable List<Scorecard> read(byte[] bytes, boolean list) {
    // A large document goes straight to the tree reader, which counts its arrays while streaming:
    // a hostile document, faulty only near its end, is then never parsed twice.
    if (bytes.length > StrictParser.STREAM_CHECK_BYTES
        || bytes.length > limits.maxDocumentBytes()
        || Utf8Text.problem(bytes) != null) {
      return null;
    }
    try (JsonParser p = factory.createParser(bytes)) {
      List<Scorecard> cards = list ? list(p) : single(p);
      return cards != null && p.nextToken() == null ? cards : null;
    } catch (IOException | RuntimeException e) {
      return null; // malformed, over a limit, or a value the builders refuse: the tree reader says
    }
  }

  private @Nullable List<Scorecard> single(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Scorecard card = card(p, true);
    return card == null ? null : List.of(card);
  }

  private @Nullable List<Scorecard> list(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == JsonToken.START_ARRAY) {
      return cards(p);
    }
    if (first != JsonToken.START_OBJECT) {
      return null;
    }
    boolean version = false;
    List<Scorecard> cards = null;
    int fields = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (++fields > limits.maxFieldsPerObject()) {
        return null;
      }
      if (name.equals("schemaVersion") && !version) {
        version = isVersion(p, value);
        if (!version) {
          return null;
        }
      } else if (name.equals("scorecards") && cards == null && value == JsonToken.START_ARRAY) {
        cards = cards(p);
        if (cards == null) {
          return null;
        }
      } else {
        return null;
      }
    }
    return version ? cards : null;
  }

  private static boolean isVersion(JsonParser p, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT
        && p.getIntValue() == RubricJson.SCHEMA_VERSION;
  }

  /** The scorecards of the array whose START_ARRAY was just read. */
  private @Nullable List<Scorecard> cards(JsonParser p) throws IOException {
    List<Scorecard> cards = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT || cards.size() >= limits.maxArrayElements()) {
        return null;
      }
      Scorecard card = card(p, false);
      if (card == null) {
        return null;
      }
      cards.add(card);
    }
    return cards;
  }

  /** The scorecard whose START_OBJECT was just read. */
  private @Nullable Scorecard card(JsonParser p, boolean versionRequired) throws IOException {
    Scorecard.Builder card = Scorecard.builder();
    int seen = 0;
    boolean version = false;
    int fields = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (++fields > limits.maxFieldsPerObject()) {
        return null;
      }
      int bit = cardField(name);
      if (bit == 0) {
        if (!versionRequired || version || !name.equals("schemaVersion") || !isVersion(p, value)) {
          return null; // an unknown field, or a version where the tree reader checks it itself
        }
        version = true;
        continue;
      }
      if ((seen & bit) != 0) {
        return null;
      }
      seen |= bit;
      if (bit == RATINGS) {
        if (value != JsonToken.START_ARRAY || !ratings(p, card)) {
          return null;
        }
        continue;
      }
      String text = text(p, value, bit != RECOMMENDATION && bit != SUBMITTED && bit != INTERVIEWED);
      if (text == null) {
        return null;
      }
      switch (bit) {
        case CANDIDATE -> card.candidateId(text);
        case INTERVIEWER -> card.interviewerId(text);
        case SEAT -> card.panelRoleId(text);
        case FINGERPRINT -> card.planFingerprint(text);
        case RECOMMENDATION -> {
          Optional<Recommendation> r = Recommendation.fromJsonName(text);
          if (r.isEmpty()) {
            return null;
          }
          card.overallRecommendation(r.get());
        }
        default -> {
          Instant at = instant(text);
          if (at == null) {
            return null;
          }
          if (bit == SUBMITTED) {
            card.submittedAt(at);
          } else {
            card.interviewedAt(at);
          }
        }
      }
    }
    if ((seen & REQUIRED_CARD) != REQUIRED_CARD || (versionRequired && !version)) {
      return null;
    }
    return card.build();
  }

  /**
   * The instant {@link ObjectFields#parseTimestamp} reads, or null when it throws or is outside the
   * years 0001 to 9999. The usual spelling, {@code 2026-11-20T10:15:30Z}, is read digit by digit;
   * any other goes through the parser.
   */
  static @Nullable Instant instant(String text) {
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if ((year | month | day | hour | minute | second) >= 0) {
        try {
          Instant at =
              LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
          return ObjectFields.inRange(at) ? at : null;
        } catch (DateTimeException e) {
          return null; // a day or time that does not exist; the parser refuses it too
        }
      }
    }
    try {
      Instant parsed = ObjectFields.parseTimestamp(text);
      // Out of range: null, so the located reader reports it.
      return ObjectFields.inRange(parsed) ? parsed : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The number spelled by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int cardField(String name) {
    switch (name) {
      case "candidateId":
        return CANDIDATE;
      case "interviewerId":
        return INTERVIEWER;
      case "panelRoleId":
        return SEAT;
      case "planFingerprint":
        return FINGERPRINT;
      case "ratings":
        return RATINGS;
      case "overallRecommendation":
        return RECOMMENDATION;
      case "submittedAt":
        return SUBMITTED;
      case "interviewedAt":
        return INTERVIEWED;
      default:
        return 0;
    }
  }

  /** Adds the ratings of the array whose START_ARRAY was just read; false on anything unusual. */
  private boolean ratings(JsonParser p, Scorecard.Builder card) throws IOException {
    int count = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT || count++ >= limits.maxArrayElements()) {
        return false;
      }
      String competency = null;
      int level = 0;
      String evidence = "";
      int seen = 0;
      int fields = 0;
      for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int bit =
            name.equals("competencyId")
                ? COMPETENCY
                : name.equals("level") ? LEVEL : name.equals("evidence") ? EVIDENCE : 0;
        if (bit == 0 || (seen & bit) != 0 || ++fields > limits.maxFieldsPerObject()) {
          return false;
        }
        seen |= bit;
        if (bit == LEVEL) {
          if (value != JsonToken.VALUE_NUMBER_INT
              || p.getNumberType() != JsonParser.NumberType.INT) {
            return false;
          }
          level = p.getIntValue();
        } else {
          String text = text(p, value, bit == COMPETENCY);
          if (text == null) {
            return false;
          }
          if (bit == COMPETENCY) {
            competency = text;
          } else {
            evidence = text;
          }
        }
      }
      if (competency == null || (seen & LEVEL) == 0) {
        return false;
      }
      card.addRatings(Rating.of(competency, level, evidence));
    }
    return true;
  }

  /**
   * The string value just read, or null when it is not a string, holds a lone surrogate or, for an
   * {@code id}, any character {@link VisibleText} would escape, a space that would make it print
   * like another id, or a spelling not in Unicode normalization form C: the tree reader reports
   * those.
   */
  private static @Nullable String text(JsonParser p, JsonToken value, boolean id)
      throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      return null;
    }
    String text = p.getText();
    if (id
        ? VisibleText.indexOfHidden(text) >= 0
            || VisibleText.indexOfAmbiguousSpace(text) >= 0
            || !Normalizer.isNormalized(text, Normalizer.Form.NFC)
        : Utf8Text.loneSurrogate(text) >= 0) {
      return null;
    }
    return text;
  }
}
