package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile documents are refused with one located {@code JSON_LIMIT_EXCEEDED} problem. Each read
 * runs under a generous hang guard (5 s): a guard against hangs, not a timing assertion.
 */
class HostileDocumentsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(5);
  private static final RubricJson JSON = RubricJson.standard();

  private static Problem onlyProblem(ReadResult<?> read) {
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems()).hasSize(1);
    Problem p = read.problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    return p;
  }

  @Test
  void hundredThousandNestedBrackets() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Problem p = onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readPlan(deep)));
    assertThat(p.path()).isEqualTo("/0".repeat(32));
    assertThat(p.message())
        .startsWith("The document exceeds a limit: Document nesting depth (33) exceeds the maximum")
        .endsWith("exceeds the maximum allowed (32; see JsonLimits.maxNestingDepth).");
  }

  @Test
  void tenMegabyteString() {
    String text =
        "{\"schemaVersion\":1,\"ratings\":[{\"evidence\":\"" + "x".repeat(10_000_000) + "\"}]}";
    Problem p = onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecard(text)));
    assertThat(p.path()).isEqualTo("/ratings/0/evidence");
    assertThat(p.message())
        .startsWith(
            "The document exceeds a limit: A string is longer than the maximum of 65536"
                + " characters (see JsonLimits.maxStringLength).");
  }

  @Test
  void numberWithAThousandDigits() {
    String text = "{\"schemaVersion\":1,\"ratings\":[{\"level\":" + "7".repeat(1000) + "}]}";
    Problem p = onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecard(text)));
    assertThat(p.path()).isEqualTo("/ratings/0/level");
    assertThat(p.message())
        .startsWith(
            "The document exceeds a limit: A number is longer than the maximum of 40 characters"
                + " (see JsonLimits.maxNumberLength)");
  }

  /**
   * Found by a review: a 300,000-character name was said to have 512 characters, where the parser
   * stopped. The message states the limit, not a length the reader never measured.
   */
  @ParameterizedTest
  @ValueSource(ints = {257, 512, 100_000, 300_000})
  void veryLongFieldName(int length) {
    String text = "{\"schemaVersion\":1,\"" + "n".repeat(length) + "\":1}";
    Problem p = onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecard(text)));
    assertThat(p.message())
        .startsWith(
            "The document exceeds a limit: A field name is longer than the maximum of 256 bytes"
                + " of UTF-8 (see JsonLimits.maxNameLength)")
        .doesNotContain("512", "exceeds the maximum allowed");
  }

  @Test
  void aMillionScorecardsExceedTheDocumentSize() {
    // About 250 MB if it were read whole; the reader stops one byte past 16 MiB.
    InputStream million = list(1_000_000, HostileDocumentsTest::scorecard);
    Problem p =
        onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecards(million)));
    assertThat(p.path()).isEmpty();
    assertThat(p.message())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "The document has %d bytes; the limit is %d.",
                JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1,
                JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES));
  }

  @Test
  void aMillionScorecardsExceedTheArrayElementsUnderARaisedDocumentSize() throws Exception {
    RubricJson raised =
        RubricJson.withLimits(JsonLimits.defaults().withMaxDocumentBytes(64 * 1024 * 1024));
    // 26 MB, made before the guard starts: only the read is guarded.
    byte[] million =
        list(1_000_000, i -> String.format(Locale.ROOT, "{\"candidateId\":\"c-%07d\"}", i))
            .readAllBytes();
    Problem p =
        onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> raised.readScorecards(million)));
    assertThat(p.path()).isEqualTo("/scorecards");
    assertThat(p.message()).isEqualTo("The array has 1000000 elements; the limit is 20000.");
  }

  @Test
  void aScorecardWithOnePointTwoMillionUnknownFieldsIsOneProblem() {
    // About 16 MB; refused while streaming, before a tree (or a problem per field) is built.
    StringBuilder text = new StringBuilder("{\"schemaVersion\":1");
    for (int i = 0; i < 1_200_000; i++) {
      text.append(",\"").append(Integer.toString(i, 36)).append("\":0");
    }
    byte[] bytes = text.append('}').toString().getBytes(UTF_8);
    Problem p = onlyProblem(assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecard(bytes)));
    assertThat(p.path()).isEmpty();
    assertThat(p.message()).isEqualTo("The object has more than 1000 fields; the limit is 1000.");
  }

  @Test
  void anObjectWithTooManyFieldsInASmallDocumentIsRefused() {
    StringBuilder text = new StringBuilder("{\"schemaVersion\":1,\"ratings\":[{\"level\":3");
    for (int i = 0; i < 1_000; i++) {
      text.append(",\"f").append(i).append("\":0");
    }
    Problem p = onlyProblem(JSON.readScorecard(text.append("}]}").toString()));
    assertThat(p.path()).isEqualTo("/ratings/0");
    assertThat(p.message()).isEqualTo("The object has 1001 fields; the limit is 1000.");
  }

  @Test
  void aFloodOfProblemsIsCutAtOneHundredAndOneMoreSayingHowMany() throws Exception {
    // 20,000 scorecards with 10 unknown fields each: 300,000 problems, 101 reported.
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      fields.append("\"u").append(i).append("\":0,");
    }
    String element = "{" + fields + "\"candidateId\":\"c\"}";
    byte[] flood = list(20_000, i -> element).readAllBytes();
    ReadResult<?> read = assertTimeoutPreemptively(HANG_GUARD, () -> JSON.readScorecards(flood));
    assertThat(read.problems()).hasSize(101);
    Problem last = read.problems().get(100);
    assertThat(last.code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(last.isError()).isTrue();
    assertThat(last.path()).isEmpty();
    // Per scorecard: 10 unknown fields and 5 missing required fields.
    assertThat(last.message())
        .isEqualTo(
            (20_000 * 15 - 100)
                + " more problems were found and not listed (the report stops after 100); fix the"
                + " ones above and read the document again.");
  }

  @Test
  void theProblemCapIsConfigurable() {
    RubricJson three = RubricJson.withLimits(JsonLimits.defaults().withMaxProblems(3));
    // 4 unknown fields and 7 missing ones (schemaVersion and the six required fields).
    ReadResult<?> read = three.readScorecard("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}");
    assertThat(read.problems()).hasSize(4);
    assertThat(read.problems().get(3).code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(read.problems().get(3).message()).startsWith("8 more problems were found");
  }

  private static String scorecard(int i) {
    return String.format(
        Locale.ROOT,
        "{\"candidateId\":\"cand-%07d\",\"interviewerId\":\"bob\",\"panelRoleId\":"
            + "\"deployment-depth\",\"planFingerprint\":\"sha256:%064d\",\"ratings\":"
            + "[{\"competencyId\":\"model-serving\",\"level\":3}],"
            + "\"submittedAt\":\"2026-11-26T10:15:30Z\"}",
        i,
        0);
  }

  /** {@code {"schemaVersion":1,"scorecards":[...]}} generated element by element as it is read. */
  @SuppressWarnings("JdkObsolete") // SequenceInputStream takes its parts as an Enumeration only
  private static InputStream list(int count, IntFunction<String> element) {
    Iterator<InputStream> parts =
        new Iterator<>() {
          private int next = -1;

          @Override
          public boolean hasNext() {
            return next <= count;
          }

          @Override
          public InputStream next() {
            String text;
            if (next == -1) {
              text = "{\"schemaVersion\":1,\"scorecards\":[";
            } else if (next == count) {
              text = "]}";
            } else {
              text = (next == 0 ? "" : ",") + element.apply(next);
            }
            next++;
            return new ByteArrayInputStream(text.getBytes(UTF_8));
          }
        };
    return new SequenceInputStream(
        new Enumeration<InputStream>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return parts.next();
          }
        });
  }
}
