package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.json.StrictParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The token-stream reader of scorecards gives exactly what the strict tree reader gives: the same
 * scorecards for a valid document, and for any other document it steps aside so that the tree
 * reader's problems, paths and limits are reported unchanged.
 */
class ScorecardStreamTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final Path SEEDS =
      Path.of("src/test/resources/dev/rubric/core/json/RubricJsonFuzzTestInputs");

  private static Scorecard card(String candidate, String seat) {
    return Scorecard.builder()
        .candidateId(candidate)
        .interviewerId("ann")
        .panelRoleId(seat)
        .planFingerprint("sha256:" + "ab".repeat(32))
        .rate("serving", 4, "Shipped a canary rollout.\nRolled back twice; \"why\" explained. 🚀")
        .rate("monitoring", 2, "")
        .overallRecommendation(Recommendation.YES)
        .submittedAt(Instant.parse("2026-11-20T10:15:30Z"))
        .build();
  }

  private static final List<Scorecard> CARDS =
      List.of(
          Scorecard.builder()
              .from(card("c-1", "deploy"))
              .interviewedAt(Instant.parse("2026-11-20T09:00:00Z"))
              .build(),
          card("", "infra"));
  private static final String LIST = JSON.writeScorecards(CARDS);
  private static final String ONE = JSON.writeScorecard(CARDS.get(0));

  /** Each a document that differs from a valid one in one way; some still valid, most not. */
  private static List<String> variants(String valid) {
    List<String> out = new ArrayList<>();
    out.add(valid);
    out.add(valid.replace("\"level\" : 4", "\"level\" : 4.0"));
    out.add(valid.replace("\"level\" : 4", "\"level\" : 4e0"));
    out.add(valid.replace("\"level\" : 4", "\"level\" : \"4\""));
    out.add(valid.replace("\"level\" : 4", "\"level\" : null"));
    out.add(valid.replace("\"level\" : 4", "\"level\" : 99999999999"));
    out.add(valid.replace("\"level\" : 4", "\"level\" : 3.5"));
    out.add(valid.replace("\"level\" : 4,", ""));
    out.add(valid.replace("\"level\" : 4", "\"level\" : 4, \"level\" : 3"));
    out.add(valid.replace("\"level\" : 4", "\"level\" : 4, \"note\" : 3"));
    out.add(valid.replace("\"candidateId\" : \"c-1\",", ""));
    out.add(valid.replace("\"candidateId\" : \"c-1\"", "\"candidateId\" : \"c\\u0007\""));
    out.add(valid.replace("\"candidateId\" : \"c-1\"", "\"candidateId\" : \"\\t\""));
    out.add(valid.replace("\"candidateId\" : \"c-1\"", "\"candidateId\" : \"c\\ud800\""));
    out.add(valid.replace("\"candidateId\" : \"c-1\"", "\"candidateId\" : 7"));
    out.add(valid.replace("\"candidateId\" : \"c-1\"", "\"candidateId\" : \"c-1\", \"x\" : []"));
    out.add(
        valid.replace(
            "\"candidateId\" : \"c-1\"", "\"candidateId\" : \"c-1\", \"candidateId\" : \"c-2\""));
    out.add(valid.replace("Rolled back", "Rolled\\u0000back \\ud83d\\ude80"));
    out.add(valid.replace("Rolled back", "Rolled \\udc00 back"));
    out.add(valid.replace("\"yes\"", "\"maybe\""));
    out.add(valid.replace("\"yes\"", "null"));
    out.add(valid.replace("\"overallRecommendation\" : \"yes\",", ""));
    out.add(valid.replace("2026-11-20T10:15:30Z", "2026-11-20T12:15:30+02:00"));
    out.add(valid.replace("2026-11-20T10:15:30Z", "2026-11-20T10:15:30"));
    out.add(valid.replace("2026-11-20T10:15:30Z", "yesterday"));
    out.add(valid.replace("\"2026-11-20T09:00:00Z\"", "null"));
    out.add(valid.replace("2026-11-20T09:00:00Z", "2026-11-20T11:00:00+02:00"));
    out.add(valid.replace("2026-11-20T09:00:00Z", "at nine"));
    out.add(
        valid.replace(
            "\"interviewedAt\" : \"2026-11-20T09:00:00Z\"",
            "\"interviewedAt\" : \"2026-11-20T09:00:00Z\", \"interviewedAt\" : \"2026-11-20T09:00:00Z\""));
    out.add(valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
    out.add(valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0"));
    out.add(valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : \"1\""));
    out.add(valid.replace("\"schemaVersion\" : 1,", ""));
    out.add(valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"schemaVersion\" : 1"));
    out.add(valid.replace("\"ratings\" : [", "\"ratings\" : [ ], \"r\" : ["));
    out.add(valid.replace("\"ratings\" : [", "\"ratings\" : [ [ ], "));
    out.add(valid.replace("\"ratings\" : [", "\"ratings\" : [ 3, "));
    out.add(valid + " {}");
    out.add(valid + " x");
    out.add("\ufeff" + valid);
    out.add(valid.substring(0, valid.length() / 2));
    out.add("[" + valid + "]");
    out.add("[]");
    out.add("{}");
    out.add("null");
    out.add("");
    return out;
  }

  @Test
  void listsReadByTheStreamEqualTheTreeReadersResult() {
    int fast = 0;
    for (RubricJson json : readers()) {
      for (String doc : variants(LIST)) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(json.readScorecards(bytes)).as(doc).isEqualTo(json.readScorecardsTree(bytes));
        fast += new ScorecardStream(JsonLimits.defaults()).read(bytes, true) != null ? 1 : 0;
      }
    }
    assertThat(fast).as("documents read by the stream").isGreaterThan(5);
  }

  @Test
  void oneScorecardReadByTheStreamEqualsTheTreeReadersResult() {
    for (RubricJson json : readers()) {
      for (String doc : variants(ONE)) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(json.readScorecard(bytes)).as(doc).isEqualTo(json.readScorecardTree(bytes));
      }
    }
  }

  @Test
  void aValidDocumentIsReadByTheStreamToTheSameScorecards() {
    byte[] bytes = LIST.getBytes(StandardCharsets.UTF_8);

    assertThat(new ScorecardStream(JsonLimits.defaults()).read(bytes, true)).isEqualTo(CARDS);
    assertThat(JSON.readScorecards(bytes).orElseThrow()).isEqualTo(CARDS);
    assertThat(JSON.readScorecards("[]".getBytes(StandardCharsets.UTF_8)).orElseThrow()).isEmpty();
  }

  @Test
  void ratingsOutOfCanonicalOrderAreSortedAsByTheTreeReader() {
    String doc =
        JSON.writeScorecards(List.of(CARDS.get(0))).replace("\"serving\"", "\"zz-serving\"");
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

    List<Scorecard> read = new ScorecardStream(JsonLimits.defaults()).read(bytes, true);
    assertThat(read).isNotNull().hasSize(1);
    assertThat(java.util.Objects.requireNonNull(read).get(0).ratings())
        .extracting(Rating::competencyId)
        .containsExactly("monitoring", "zz-serving");
    assertThat(JSON.readScorecards(bytes)).isEqualTo(JSON.readScorecardsTree(bytes));
  }

  @Test
  void everyFuzzSeedReadsAlikeThroughBothPaths() throws IOException {
    for (String method : List.of("readScorecards", "readScorecard", "readPlan")) {
      try (Stream<Path> files = Files.list(SEEDS.resolve(method))) {
        for (Path file : files.toList()) {
          byte[] bytes = Files.readAllBytes(file);
          assertThat(JSON.readScorecards(bytes))
              .as(file.toString())
              .isEqualTo(JSON.readScorecardsTree(bytes));
          assertThat(JSON.readScorecard(bytes))
              .as(file.toString())
              .isEqualTo(JSON.readScorecardTree(bytes));
        }
      }
    }
  }

  @Test
  void aDocumentOverOneMebibyteGoesStraightToTheTreeReader() {
    List<Scorecard> many = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      many.add(card("c-" + i, "deploy"));
    }
    byte[] bytes = JSON.writeScorecards(many).getBytes(StandardCharsets.UTF_8);

    assertThat(bytes.length).isGreaterThan(StrictParser.STREAM_CHECK_BYTES);
    assertThat(new ScorecardStream(JsonLimits.defaults()).read(bytes, true)).isNull();
    assertThat(JSON.readScorecards(bytes).orElseThrow()).isEqualTo(many);
  }

  @Test
  void anInstantOutsideFourDigitYearsIsLeftToTheLocatedReader() {
    for (String text :
        List.of("0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z")) {
      assertThat(ScorecardStream.instant(text)).as(text).isNull();
    }
  }

  @Test
  void theUsualInstantIsReadAsTheParserReadsIt() {
    for (String text :
        List.of(
            "2026-11-20T10:15:30Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "2024-02-29T12:00:00Z",
            "2026-11-20t10:15:30z",
            "2026-11-20T10:15:30.5Z",
            "2026-11-20T10:15Z",
            "2026-11-20T12:15:30+02:00")) {
      assertThat(ScorecardStream.instant(text))
          .as(text)
          .isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
    }
    for (String text :
        List.of(
            "2026-02-29T12:00:00Z",
            "2026-11-31T10:15:30Z",
            "2026-13-20T10:15:30Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T10:60:30Z",
            "2026-11-20T10:15:60Z",
            "2026-11-2xT10:15:30Z",
            "2026-11-20 10:15:30Z",
            "2026-11-20T10:15:30")) {
      assertThat(ScorecardStream.instant(text)).as(text).isNull();
    }
  }

  /** The standard reader and readers whose limits the valid documents exceed, one at a time. */
  private static List<RubricJson> readers() {
    JsonLimits d = JsonLimits.defaults();
    return List.of(
        JSON,
        RubricJson.withLimits(d.withMaxArrayElements(1)),
        RubricJson.withLimits(d.withMaxFieldsPerObject(2)),
        RubricJson.withLimits(d.withMaxStringLength(10)),
        RubricJson.withLimits(d.withMaxNestingDepth(2)),
        RubricJson.withLimits(d.withMaxNameLength(8)),
        RubricJson.withLimits(d.withMaxNumberLength(1)),
        RubricJson.withLimits(d.withMaxDocumentBytes(100)));
  }
}
