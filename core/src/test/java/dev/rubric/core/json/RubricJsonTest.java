package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Recommendation;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricJsonTest {
  private final RubricJson json = RubricJson.standard();
  private final InterviewPlan plan = fullPlan();

  static InterviewPlan fullPlan() {
    InterviewPlan base = Plans.minimal().build();
    return Plans.minimal()
        .profile(
            RoleProfile.builder()
                .from(base.profile())
                .breadthDepth(
                    BreadthDepthExpectation.builder()
                        .addDepthAreas(AreaBar.of("deployment", 3))
                        .addBreadthAreas(AreaBar.of("communication", 3))
                        .breadthRequired(1)
                        .addSupportedAreas("communication")
                        .build())
                .build())
        .seatsPerCompetency(2)
        .build();
  }

  private Scorecard card() {
    return Plans.card(plan)
        .rate("model-serving", 4, "Rolled back a bad model in \"minutes\"; wrote the runbook.")
        .overallRecommendation(Recommendation.STRONG_YES)
        .build();
  }

  @Test
  void planRoundTrips() {
    String written = json.writePlan(plan);
    ReadResult<InterviewPlan> read = json.readPlan(written);
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(plan);
    assertThat(read.orElseThrow().fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(written).contains("\"schemaVersion\" : 1");
  }

  @Test
  void scorecardAndListRoundTrip() {
    Scorecard card = card();
    assertThat(json.readScorecard(json.writeScorecard(card)).orElseThrow()).isEqualTo(card);
    Scorecard other = Plans.card(plan).interviewerId("bob").build();
    ImmutableList<Scorecard> list = ImmutableList.of(card, other);
    assertThat(json.readScorecards(json.writeScorecards(list)).orElseThrow()).isEqualTo(list);
  }

  @Test
  void bareArrayOfScorecardsIsAccepted() throws Exception {
    String array = "[" + json.writeScorecard(card()) + "]";
    assertThat(
            json.readScorecards(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow())
        .containsExactly(card());
  }

  @Test
  void oneScorecardWhereAListIsReadIsOneProblemThatSaysSo() {
    for (String one :
        List.of(
            json.writeScorecard(card()),
            json.writeScorecard(card()).replace("\"schemaVersion\" : 1,", ""))) {
      ReadResult<List<Scorecard>> read = json.readScorecards(one);

      assertThat(read.problems())
          .extracting(Problem::code, Problem::path)
          .containsExactly(tuple(ProblemCodes.JSON_MISSING_FIELD, "/scorecards"));
      assertThat(read.problems().get(0).message())
          .isEqualTo(
              "The required field 'scorecards' is missing: this document is one scorecard (it has"
                  + " 'ratings'), where a list of scorecards is read; give it as"
                  + " {\"schemaVersion\": 1, \"scorecards\": [ ... ]} or as [ ... ].");
    }
    // A list document without its list is still read field by field.
    assertThat(json.readScorecards("{\"schemaVersion\": 1, \"cards\": []}").problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.JSON_MISSING_FIELD, ProblemCodes.JSON_UNKNOWN_FIELD);
  }

  @Test
  void timestampsWithAnOffsetAreReadAsInstants() {
    String text =
        json.writeScorecard(card()).replace("2026-11-20T10:15:30Z", "2026-11-20T11:15:30+01:00");
    assertThat(json.readScorecard(text).orElseThrow().submittedAt())
        .isEqualTo(card().submittedAt());
  }

  @Test
  void fingerprintIgnoresWhitespaceAndKeyOrderOfTheInput() {
    String compact = new String(RubricJson.canonicalBytes(plan), StandardCharsets.UTF_8);
    assertThat(compact)
        .doesNotContain("\n")
        .startsWith("{\"schemaVersion\":1,\"id\":\"ml-engineer\"");
    String reordered =
        compact.replaceFirst(
            "\"schemaVersion\":1,\"id\":\"ml-engineer\"",
            "\"id\":\"ml-engineer\",\"schemaVersion\":1");
    assertThat(json.readPlan(reordered).orElseThrow().fingerprint()).isEqualTo(plan.fingerprint());
  }

  @Test
  void everyStructuralFaultIsLocatedAtOnce() {
    String text =
        "{\"schemaVersion\":1,\"candidateId\":\"c\",\"interviewerId\":7,"
            + "\"panelRoleId\":\"deployment-depth\",\"planFingerprint\":\"x\","
            + "\"ratings\":[{\"competencyId\":\"model-serving\",\"level\":3.5},"
            + "{\"competencyId\":\"communication\",\"level\":\"high\",\"colour\":\"red\"}],"
            + "\"overallRecommendation\":\"maybe\",\"submittedAt\":\"yesterday\"}";
    ReadResult<Scorecard> read = json.readScorecard(text);
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/interviewerId"),
            tuple(ProblemCodes.JSON_NOT_INTEGER, "/ratings/0/level"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/ratings/1/level"),
            tuple(ProblemCodes.JSON_UNKNOWN_FIELD, "/ratings/1/colour"),
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/overallRecommendation"),
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/submittedAt"));
    assertThat(read.problems())
        .filteredOn(p -> p.path().equals("/interviewerId"))
        .extracting(Problem::message)
        .containsExactly("Expected a string at /interviewerId, found the number 7.");
    assertThat(read.problems())
        .filteredOn(p -> p.path().equals("/ratings/0/level"))
        .extracting(Problem::message)
        .containsExactly("Expected an integer between -2147483648 and 2147483647, found 3.5.");
  }

  @Test
  void missingFieldsAndUnsupportedVersion() {
    ReadResult<Scorecard> read = json.readScorecard("{\"schemaVersion\":2}");
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .contains(
            tuple(ProblemCodes.JSON_UNSUPPORTED_VERSION, "/schemaVersion"),
            tuple(ProblemCodes.JSON_MISSING_FIELD, "/candidateId"),
            tuple(ProblemCodes.JSON_MISSING_FIELD, "/ratings"),
            tuple(ProblemCodes.JSON_MISSING_FIELD, "/submittedAt"));
    assertThat(json.readScorecard("{\"candidateId\":\"c\"}").problems())
        .extracting(Problem::code)
        .contains(ProblemCodes.JSON_UNSUPPORTED_VERSION);
  }

  @Test
  void integralFloatLevelIsAnInteger() {
    String text = json.writeScorecard(card()).replace("\"level\" : 4", "\"level\" : 4.0");
    assertThat(json.readScorecard(text).orElseThrow().ratings().get(0).level()).isEqualTo(4);
  }

  @Test
  void duplicateKeyIsLocated() {
    ReadResult<Scorecard> read =
        json.readScorecard("{\"schemaVersion\":1,\"ratings\":[{\"level\":1,\"level\":2}]}");
    assertThat(read.problems()).hasSize(1);
    Problem p = read.problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_DUPLICATE_KEY);
    assertThat(p.path()).isEqualTo("/ratings/0/level");
    assertThat(p.message()).startsWith("Duplicate field 'level'");
  }

  @Test
  void duplicateKeyIsReportedBeforeAFaultInsideItsValue() {
    ReadResult<Scorecard> read =
        json.readScorecard("{\"schemaVersion\":1,\"ratings\":[],\"ratings\":[{\"level\":}]}");
    assertThat(read.problems()).hasSize(1);
    Problem p = read.problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_DUPLICATE_KEY);
    assertThat(p.path()).isEqualTo("/ratings");
    assertThat(p.message()).startsWith("Duplicate field 'ratings'");
  }

  @Test
  void duplicateObjectValuedKeyIsFoundAtAnyDepth() {
    ReadResult<Scorecard> read = json.readScorecard("{\"a\":{\"b\":{\"c\":{}, \"c\":{}}}}");
    assertThat(read.problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.JSON_DUPLICATE_KEY);
    assertThat(read.problems().get(0).path()).isEqualTo("/a/b/c");
  }

  @Test
  void nanInfinityAndTrailingContentAreSyntaxErrors() {
    for (String text :
        new String[] {
          "{\"schemaVersion\":NaN}", "{\"schemaVersion\":Infinity}", "{\"schemaVersion\":1} {}", ""
        }) {
      ReadResult<Scorecard> read = json.readScorecard(text);
      assertThat(read.problems()).as(text).hasSize(1);
      assertThat(read.problems().get(0).code()).as(text).isEqualTo(ProblemCodes.JSON_SYNTAX);
    }
  }

  @Test
  void hugeExponentIsNotFinite() {
    String planText = json.writePlan(plan).replace("\"weight\" : 2.0", "\"weight\" : 1e400");
    ReadResult<InterviewPlan> read = json.readPlan(planText);
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_NOT_FINITE, "/profile/requirements/0/weight"));
  }

  @Test
  void exponentBeyondAnIntIsNotFiniteRatherThanAnException() {
    // Found by RubricJsonFuzzTest#readScorecard: Jackson threw NumberFormatException here.
    for (String number : List.of("666666E64444444444444444444", "1e-99999999999")) {
      ReadResult<Scorecard> read =
          json.readScorecard("{\"schemaVersion\":1,\"candidateId\":" + number + "}");
      assertThat(read.problems())
          .extracting(Problem::code, Problem::path, Problem::message)
          .containsExactly(
              tuple(
                  ProblemCodes.JSON_NOT_FINITE,
                  "/candidateId",
                  "The number before line 1, column "
                      + (34 + number.length())
                      + " cannot be read: its exponent is out of range."));
    }
  }

  @Test
  void wrongTopLevelType() {
    assertThat(json.readPlan("[1,2]").problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "",
                "Expected an object at the top level, found an array."));
  }

  @Test
  void minusZeroAnchorKeyIsRefusedRatherThanMergedWithZero() {
    String planText =
        json.writePlan(plan).replaceFirst("\"1\" : \"No example\"", "\"-0\" : \"No example\"");
    assertThat(json.readPlan(planText).problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_INVALID_VALUE, "/competencies/0/anchors/-0"));
  }

  @Test
  void explicitNullIsAWrongTypeNotAnAbsentValue() {
    String text =
        json.writeScorecard(card())
            .replace("\"candidateId\" : \"cand-1\"", "\"candidateId\" : null");
    assertThat(json.readScorecard(text).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/candidateId",
                "The field 'candidateId' is null; leave an absent value out instead."));
  }

  @Test
  void smallestIntegerWrittenAsAFloatIsAnInteger() {
    String text = json.writeScorecard(card()).replace("\"level\" : 4", "\"level\" : -2147483648.0");
    assertThat(json.readScorecard(text).orElseThrow().ratings().get(0).level())
        .isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void badAnchorKey() {
    String planText =
        json.writePlan(plan).replaceFirst("\"1\" : \"No example\"", "\"one\" : \"No example\"");
    assertThat(json.readPlan(planText).problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_INVALID_VALUE, "/competencies/0/anchors/one"));
  }
}
