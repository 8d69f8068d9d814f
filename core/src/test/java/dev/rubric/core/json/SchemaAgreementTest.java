package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.fixtures.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema files shipped in {@code /dev/rubric/core/schema/} and {@link RubricJson}'s
 * readers agree: valid documents pass both, structurally invalid documents fail both, at the same
 * JSON pointer.
 */
class SchemaAgreementTest {
  private static final String SCHEMA_DIR = "/dev/rubric/core/schema/";
  private static final String ID_PREFIX = "https://rubric.dev/schema/";
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final RubricJson JSON = RubricJson.standard();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                  .schemaIdResolvers(
                      r -> r.mapPrefix(ID_PREFIX, "classpath:dev/rubric/core/schema/")));

  /** The three document kinds and their schema and reader. */
  enum Kind {
    PLAN("plan.schema.json"),
    SCORECARD("scorecard.schema.json"),
    SCORECARDS("scorecards.schema.json");

    final String file;

    Kind(String file) {
      this.file = file;
    }

    Schema schema() {
      return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + file));
    }

    List<Problem> readerProblems(String doc) {
      switch (this) {
        case PLAN:
          return JSON.readPlan(doc).problems();
        case SCORECARD:
          return JSON.readScorecard(doc).problems();
        default:
          return JSON.readScorecards(doc).problems();
      }
    }

    boolean readerAccepts(String doc) {
      switch (this) {
        case PLAN:
          return JSON.readPlan(doc).isOk();
        case SCORECARD:
          return JSON.readScorecard(doc).isOk();
        default:
          return JSON.readScorecards(doc).isOk();
      }
    }
  }

  // ---------------------------------------------------------------- documents

  static InterviewPlan fullPlan() {
    return InterviewPlan.builder()
        .id("ml-engineer-2026")
        .profile(
            Plans.profile()
                .addRequirements(CompetencyRequirement.mustHave("model-serving", 2.0, 3, 3))
                .addRequirements(CompetencyRequirement.of("communication", 1.0, 3))
                .breadthDepth(
                    BreadthDepthExpectation.builder()
                        .addDepthAreas(AreaBar.of("deployment", 3))
                        .addBreadthAreas(AreaBar.of("communication", 2))
                        .breadthRequired(1)
                        .addSupportedAreas("deployment", "communication")
                        .build())
                .build())
        .scale(RatingScale.fourPoint())
        .addCompetencies(competency("model-serving", "deployment"))
        .addCompetencies(competency("communication", "communication"))
        .addPanelRoles(
            PanelRole.builder()
                .id("deployment-depth")
                .title("Deployment depth")
                .addCompetencies("model-serving")
                .addScenarioPrompts("How was the model transitioned to production?")
                .build())
        .addPanelRoles(
            PanelRole.builder()
                .id("stakeholder-communication")
                .title("Stakeholder communication")
                .addCompetencies("communication")
                .build())
        .addStages(
            EvaluationStage.builder()
                .id("panel")
                .title("Technical panel")
                .addPanelRoles("deployment-depth", "stakeholder-communication")
                .build())
        .seatsPerCompetency(2)
        .build();
  }

  private static Competency competency(String id, String area) {
    return Competency.builder()
        .from(Plans.competency(id, area))
        .description("What " + id + " covers")
        .build();
  }

  static Scorecard card(boolean withRecommendation) {
    Scorecard.Builder b =
        Scorecard.builder()
            .candidateId("cand-1")
            .interviewerId("alice")
            .panelRoleId("deployment-depth")
            .planFingerprint(fullPlan().fingerprint())
            .addRatings(
                Rating.of("model-serving", 3, "Rolled out a canary with automatic rollback."))
            .submittedAt(Instant.parse("2026-11-20T10:15:30Z"));
    if (withRecommendation) {
      b.overallRecommendation(Recommendation.STRONG_YES);
    }
    return b.build();
  }

  static String planJson() {
    return JSON.writePlan(fullPlan());
  }

  static String cardJson() {
    return JSON.writeScorecard(card(true));
  }

  static String listJson() {
    return JSON.writeScorecards(List.of(card(true), card(false)));
  }

  static String fixture(String name) {
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/json/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The instance locations of the schema errors, as JSON pointers to the offending value. */
  static Set<String> schemaErrorPaths(Kind kind, String doc) {
    List<Error> errors = kind.schema().validate(doc, InputFormat.JSON);
    return errors.stream().map(SchemaAgreementTest::pointer).collect(Collectors.toSet());
  }

  /**
   * Where an error points: for keywords about a named property ({@code required}, {@code
   * additionalProperties}, {@code propertyNames}) the property itself, as the reader reports it.
   */
  static String pointer(Error e) {
    String at = e.getInstanceLocation().toString();
    Set<String> aboutProperty = Set.of("required", "additionalProperties", "propertyNames");
    if (aboutProperty.contains(e.getKeyword()) && e.getProperty() != null) {
      return at + "/" + ObjectFields.escape(e.getProperty());
    }
    return at;
  }

  static Set<String> readerProblemPaths(Kind kind, String doc) {
    return kind.readerProblems(doc).stream().map(Problem::path).collect(Collectors.toSet());
  }

  /** {@code doc} parsed, changed by {@code change}, and written again. */
  static String edit(String doc, Consumer<ObjectNode> change) {
    try {
      JsonNode root = MAPPER.readTree(doc);
      change.accept((ObjectNode) root);
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Consumer<ObjectNode> set(String pointer, JsonNode value) {
    return root -> {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1);
      if (parent.isArray()) {
        ((ArrayNode) parent).set(Integer.parseInt(last), value);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
    };
  }

  static Consumer<ObjectNode> remove(String pointer) {
    return root -> {
      int slash = pointer.lastIndexOf('/');
      ((ObjectNode) root.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
    };
  }

  static JsonNode num(String literal) {
    return DecimalNode.valueOf(new BigDecimal(literal));
  }

  static JsonNode text(String s) {
    return NODES.textNode(s);
  }

  // ---------------------------------------------------------------- the schema files

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plan.schema.json", "scorecard.schema.json", "scorecards.schema.json"})
  void schemaFileIsAtTheDocumentedClasspathPathAndValidAgainstTheMetaSchema(String file)
      throws IOException {
    String text;
    try (InputStream in = RubricJson.class.getResourceAsStream(SCHEMA_DIR + file)) {
      assertThat(in).as("classpath resource %s%s", SCHEMA_DIR, file).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();

    JsonNode schema = MAPPER.readTree(text);
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(ID_PREFIX + file);
    assertThat(schema.path("title").asText()).startsWith("Rubric ");
    assertThat(schema.path("description").asText()).contains("RubricJson");
    assertThat(propertiesWithoutDescription(schema, "")).isEmpty();
  }

  @Test
  void theMetaSchemaCheckRejectsABrokenSchema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors =
        meta.validate("{\"type\": \"objekt\", \"required\": \"id\"}", InputFormat.JSON);
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains("/type");
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains("/required");
  }

  /** Pointers to every property schema that has no description. */
  private static List<String> propertiesWithoutDescription(JsonNode node, String at) {
    List<String> missing = new ArrayList<>();
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null) {
        for (Map.Entry<String, JsonNode> p : props.properties()) {
          if (!p.getValue().has("description")) {
            missing.add(at + "/properties/" + p.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        missing.addAll(propertiesWithoutDescription(e.getValue(), at + "/" + e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        missing.addAll(propertiesWithoutDescription(node.get(i), at + "/" + i));
      }
    }
    return missing;
  }

  @Test
  void schemaFilesAreWhereRubricJsonJavadocSaysTheyAre() {
    assertThat(RubricJson.class.getResource("/dev/rubric/core/schema/plan.schema.json"))
        .isNotNull();
    assertThat(RubricJson.class.getResource("/dev/rubric/core/schema/scorecard.schema.json"))
        .isNotNull();
  }

  // ---------------------------------------------------------------- valid documents

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        valid("full plan written by writePlan", Kind.PLAN, planJson()),
        valid("minimal plan", Kind.PLAN, fixture("minimal-plan.json")),
        valid(
            "plan with empty environment and ownership",
            Kind.PLAN,
            edit(
                planJson(),
                set("/profile/environment", NODES.objectNode())
                    .andThen(set("/profile/ownership", NODES.objectNode())))),
        valid(
            "plan with integral levels written as 3.0 and a negative anchor key",
            Kind.PLAN,
            edit(
                planJson(),
                set("/profile/requirements/0/targetLevel", num("3.0"))
                    .andThen(set("/scale/hireLine", num("3.0")))
                    .andThen(set("/competencies/0/anchors/-1", text("Harmful")))
                    .andThen(set("/competencies/0/anchors/0", text("Nothing"))))),
        valid(
            "plan with anchor keys at the ends of the int range",
            Kind.PLAN,
            edit(
                planJson(),
                set("/competencies/0/anchors/2147483647", text("Top"))
                    .andThen(set("/competencies/0/anchors/1000000000", text("Ten digits")))
                    .andThen(set("/competencies/0/anchors/-2147483648", text("Bottom"))))),
        valid("scorecard with recommendation", Kind.SCORECARD, cardJson()),
        valid("scorecard without recommendation", Kind.SCORECARD, JSON.writeScorecard(card(false))),
        valid(
            "scorecard with level 3.0 and an offset timestamp",
            Kind.SCORECARD,
            fixture("scorecard-offset-time.json")),
        valid("scorecard list, wrapper form", Kind.SCORECARDS, listJson()),
        valid("scorecard list, bare array form", Kind.SCORECARDS, fixture("scorecards-bare.json")),
        valid(
            "empty scorecard list, wrapper form", Kind.SCORECARDS, JSON.writeScorecards(List.of())),
        valid("empty scorecard list, bare array form", Kind.SCORECARDS, "[]"));
  }

  private static Arguments valid(String name, Kind kind, String doc) {
    return Arguments.of(Named.of(name, kind), doc);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void validDocumentPassesTheSchemaAndTheReader(Kind kind, String doc) {
    assertThat(kind.schema().validate(doc, InputFormat.JSON)).isEmpty();
    assertThat(kind.readerProblems(doc)).isEmpty();
    assertThat(kind.readerAccepts(doc)).isTrue();
  }

  @Test
  void writtenPlanReadsBackEqual() {
    assertThat(JSON.readPlan(planJson()).orElseThrow()).isEqualTo(fullPlan());
  }

  // ---------------------------------------------------------------- invalid documents

  static Stream<Arguments> invalidDocuments() {
    String plan = planJson();
    String card = cardJson();
    String list = listJson();
    return Stream.of(
        // unknown fields at several depths
        invalid(
            "plan: unknown top-level field",
            Kind.PLAN,
            edit(plan, set("/extra", num("1"))),
            "/extra"),
        invalid(
            "plan: unknown field in profile",
            Kind.PLAN,
            edit(plan, set("/profile/salary", text("high"))),
            "/profile/salary"),
        invalid(
            "plan: unknown field in environment",
            Kind.PLAN,
            edit(plan, set("/profile/environment/gpu", text("A100"))),
            "/profile/environment/gpu"),
        invalid(
            "plan: unknown field in ownership",
            Kind.PLAN,
            edit(plan, set("/profile/ownership/security", text("SRE"))),
            "/profile/ownership/security"),
        invalid(
            "plan: unknown field in a requirement",
            Kind.PLAN,
            edit(plan, set("/profile/requirements/1/mustHave", NODES.booleanNode(true))),
            "/profile/requirements/1/mustHave"),
        invalid(
            "plan: unknown field in an area bar",
            Kind.PLAN,
            edit(plan, set("/profile/breadthDepth/depthAreas/0/level", num("3"))),
            "/profile/breadthDepth/depthAreas/0/level"),
        invalid(
            "plan: unknown field in a scale level",
            Kind.PLAN,
            edit(plan, set("/scale/levels/2/colour", text("green"))),
            "/scale/levels/2/colour"),
        invalid(
            "plan: unknown field in a stage",
            Kind.PLAN,
            edit(plan, set("/stages/0/order", num("1"))),
            "/stages/0/order"),
        invalid(
            "plan: field name needing pointer escaping",
            Kind.PLAN,
            edit(plan, set("/competencies/1/a~b", text("x"))),
            "/competencies/1/a~0b"),
        // missing required fields
        invalid("plan: missing id", Kind.PLAN, edit(plan, remove("/id")), "/id"),
        invalid(
            "plan: missing competency name",
            Kind.PLAN,
            edit(plan, remove("/competencies/0/name")),
            "/competencies/0/name"),
        invalid(
            "plan: missing hire line",
            Kind.PLAN,
            edit(plan, remove("/scale/hireLine")),
            "/scale/hireLine"),
        invalid(
            "plan: missing requirement weight",
            Kind.PLAN,
            edit(plan, remove("/profile/requirements/0/weight")),
            "/profile/requirements/0/weight"),
        invalid(
            "plan: missing panel role competencies",
            Kind.PLAN,
            edit(plan, remove("/panelRoles/1/competencies")),
            "/panelRoles/1/competencies"),
        // wrong types
        invalid("plan: id is a number", Kind.PLAN, edit(plan, set("/id", num("7"))), "/id"),
        invalid(
            "plan: competencies is an object",
            Kind.PLAN,
            edit(plan, set("/competencies", NODES.objectNode())),
            "/competencies"),
        invalid(
            "plan: weight is a string",
            Kind.PLAN,
            edit(plan, set("/profile/requirements/0/weight", text("2.0"))),
            "/profile/requirements/0/weight"),
        invalid(
            "plan: weight is not finite",
            Kind.PLAN,
            edit(plan, set("/profile/requirements/0/weight", num("1e400"))),
            "/profile/requirements/0/weight"),
        invalid(
            "plan: non-integer target level",
            Kind.PLAN,
            edit(plan, set("/profile/requirements/0/targetLevel", num("3.5"))),
            "/profile/requirements/0/targetLevel"),
        invalid(
            "plan: seats beyond 32-bit integers",
            Kind.PLAN,
            edit(plan, set("/seatsPerCompetency", num("2147483648"))),
            "/seatsPerCompetency"),
        invalid(
            "plan: panel role competency is a number",
            Kind.PLAN,
            edit(plan, set("/panelRoles/0/competencies/0", num("1"))),
            "/panelRoles/0/competencies/0"),
        invalid(
            "plan: stage panel roles is a string",
            Kind.PLAN,
            edit(plan, set("/stages/0/panelRoles", text("deployment-depth"))),
            "/stages/0/panelRoles"),
        invalid(
            "plan: required string is null",
            Kind.PLAN,
            edit(plan, set("/profile/title", NODES.nullNode())),
            "/profile/title"),
        // schema version
        invalid(
            "plan: missing schemaVersion",
            Kind.PLAN,
            edit(plan, remove("/schemaVersion")),
            "/schemaVersion"),
        invalid(
            "plan: schemaVersion 2",
            Kind.PLAN,
            edit(plan, set("/schemaVersion", num("2"))),
            "/schemaVersion"),
        invalid(
            "plan: schemaVersion as a string",
            Kind.PLAN,
            edit(plan, set("/schemaVersion", text("1"))),
            "/schemaVersion"),
        // anchors
        invalid(
            "plan: anchor key with a leading zero",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/01", text("x"))),
            "/competencies/0/anchors/01"),
        invalid(
            "plan: anchor key one above the int range",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/2147483648", text("x"))),
            "/competencies/0/anchors/2147483648"),
        invalid(
            "plan: anchor key one below the int range",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/-2147483649", text("x"))),
            "/competencies/0/anchors/-2147483649"),
        invalid(
            "plan: anchor key of ten nines",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/9999999999", text("x"))),
            "/competencies/0/anchors/9999999999"),
        invalid(
            "plan: anchor key that is a word",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/high", text("x"))),
            "/competencies/0/anchors/high"),
        invalid(
            "plan: anchor key with a fraction",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/2.5", text("x"))),
            "/competencies/0/anchors/2.5"),
        invalid(
            "plan: anchor text is a number",
            Kind.PLAN,
            edit(plan, set("/competencies/0/anchors/2", num("2"))),
            "/competencies/0/anchors/2"),
        invalid("plan: top level is an array", Kind.PLAN, "[]", ""),
        // scorecards
        invalid(
            "scorecard: unknown top-level field",
            Kind.SCORECARD,
            edit(card, set("/score", num("3"))),
            "/score"),
        invalid(
            "scorecard: extra field inside a rating",
            Kind.SCORECARD,
            edit(card, set("/ratings/0/confidence", text("high"))),
            "/ratings/0/confidence"),
        invalid(
            "scorecard: missing candidateId",
            Kind.SCORECARD,
            edit(card, remove("/candidateId")),
            "/candidateId"),
        invalid(
            "scorecard: missing submittedAt",
            Kind.SCORECARD,
            edit(card, remove("/submittedAt")),
            "/submittedAt"),
        invalid(
            "scorecard: missing rating level",
            Kind.SCORECARD,
            edit(card, remove("/ratings/0/level")),
            "/ratings/0/level"),
        invalid(
            "scorecard: non-integer level 3.5",
            Kind.SCORECARD,
            edit(card, set("/ratings/0/level", num("3.5"))),
            "/ratings/0/level"),
        invalid(
            "scorecard: level as a string",
            Kind.SCORECARD,
            edit(card, set("/ratings/0/level", text("3"))),
            "/ratings/0/level"),
        invalid(
            "scorecard: evidence is a number",
            Kind.SCORECARD,
            edit(card, set("/ratings/0/evidence", num("5"))),
            "/ratings/0/evidence"),
        invalid(
            "scorecard: ratings is an object",
            Kind.SCORECARD,
            edit(card, set("/ratings", NODES.objectNode())),
            "/ratings"),
        invalid(
            "scorecard: unknown recommendation",
            Kind.SCORECARD,
            edit(card, set("/overallRecommendation", text("maybe"))),
            "/overallRecommendation"),
        invalid(
            "scorecard: recommendation in the wrong case",
            Kind.SCORECARD,
            edit(card, set("/overallRecommendation", text("STRONG_YES"))),
            "/overallRecommendation"),
        invalid(
            "scorecard: recommendation as a level number",
            Kind.SCORECARD,
            edit(card, set("/overallRecommendation", num("4"))),
            "/overallRecommendation"),
        invalid(
            "scorecard: timestamp without an offset",
            Kind.SCORECARD,
            edit(card, set("/submittedAt", text("2026-11-20T10:15:30"))),
            "/submittedAt"),
        invalid(
            "scorecard: timestamp with a decimal point and no decimals",
            Kind.SCORECARD,
            edit(card, set("/submittedAt", text("2026-11-20T10:15:30.Z"))),
            "/submittedAt"),
        invalid(
            "scorecard: timestamp whose offset has seconds",
            Kind.SCORECARD,
            edit(card, set("/submittedAt", text("2026-11-20T10:15:30+01:00:30"))),
            "/submittedAt"),
        invalid(
            "scorecard: timestamp as a date only",
            Kind.SCORECARD,
            edit(card, set("/submittedAt", text("2026-11-20"))),
            "/submittedAt"),
        invalid(
            "scorecard: timestamp as epoch seconds",
            Kind.SCORECARD,
            edit(card, set("/submittedAt", num("1795774530"))),
            "/submittedAt"),
        invalid(
            "scorecard: missing schemaVersion",
            Kind.SCORECARD,
            edit(card, remove("/schemaVersion")),
            "/schemaVersion"),
        invalid(
            "scorecard: schemaVersion 0",
            Kind.SCORECARD,
            edit(card, set("/schemaVersion", num("0"))),
            "/schemaVersion"),
        invalid("scorecard: top level is a string", Kind.SCORECARD, "\"card\"", ""),
        // lists
        invalid(
            "list: wrapper without schemaVersion",
            Kind.SCORECARDS,
            edit(list, remove("/schemaVersion")),
            "/schemaVersion"),
        invalid(
            "list: wrapper with schemaVersion 2",
            Kind.SCORECARDS,
            edit(list, set("/schemaVersion", num("2"))),
            "/schemaVersion"),
        invalid(
            "list: wrapper without scorecards",
            Kind.SCORECARDS,
            edit(list, remove("/scorecards")),
            "/scorecards"),
        invalid(
            "list: unknown field in the wrapper",
            Kind.SCORECARDS,
            edit(list, set("/count", num("2"))),
            "/count"),
        invalid(
            "list: extra field inside a rating of the second card",
            Kind.SCORECARDS,
            edit(list, set("/scorecards/1/ratings/0/weight", num("1"))),
            "/scorecards/1/ratings/0/weight"),
        invalid(
            "list: element with schemaVersion 2",
            Kind.SCORECARDS,
            edit(list, set("/scorecards/0/schemaVersion", num("2"))),
            "/scorecards/0/schemaVersion"),
        invalid(
            "list: element is a string",
            Kind.SCORECARDS,
            edit(list, set("/scorecards/0", text("card"))),
            "/scorecards/0"),
        invalid(
            "list: bare array element with a non-integer level",
            Kind.SCORECARDS,
            bareArray(edit(list, set("/scorecards/1/ratings/0/level", num("2.5")))),
            "/1/ratings/0/level"),
        invalid(
            "list: bare array element with an unknown field",
            Kind.SCORECARDS,
            bareArray(edit(list, set("/scorecards/0/notes", text("x")))),
            "/0/notes"),
        invalid("list: top level is a number", Kind.SCORECARDS, "42", ""));
  }

  private static String bareArray(String wrapper) {
    try {
      return MAPPER.writeValueAsString(MAPPER.readTree(wrapper).get("scorecards"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Arguments invalid(String name, Kind kind, String doc, String path) {
    return Arguments.of(Named.of(name, kind), doc, path);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocumentFailsTheSchemaAndTheReaderAtTheSamePath(Kind kind, String doc, String path) {
    assertThat(kind.readerAccepts(doc)).as("reader accepts").isFalse();
    assertThat(readerProblemPaths(kind, doc)).as("reader problem paths").contains(path);
    assertThat(schemaErrorPaths(kind, doc)).as("schema error paths").contains(path);
  }

  @Test
  void schemaAndReaderReportEveryFaultOfOneDocument() {
    String doc =
        edit(
            cardJson(),
            remove("/candidateId")
                .andThen(set("/ratings/0/level", num("3.5")))
                .andThen(set("/ratings/0/extra", num("1")))
                .andThen(set("/overallRecommendation", text("maybe"))));
    Set<String> expected =
        Set.of("/candidateId", "/ratings/0/level", "/ratings/0/extra", "/overallRecommendation");
    assertThat(readerProblemPaths(Kind.SCORECARD, doc)).isEqualTo(expected);
    assertThat(schemaErrorPaths(Kind.SCORECARD, doc)).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- known disagreements

  /**
   * Where schema and reader differ today. Each case asserts both sides, so a change to either the
   * reader or the schema shows up here and this list stays honest.
   */
  @Test
  void knownDisagreementsAreDocumented() {
    String card = cardJson();

    // Impossible dates: the schema checks the timestamp's shape only (format is an annotation in
    // draft 2020-12); the reader rejects them.
    String feb30 = edit(card, set("/submittedAt", text("2026-02-30T10:15:30Z")));
    assertThat(schemaErrorPaths(Kind.SCORECARD, feb30)).isEmpty();
    assertThat(readerProblemPaths(Kind.SCORECARD, feb30)).containsExactly("/submittedAt");

    // schemaVersion 1.0 is 1 for both; an explicit null is refused by both.
    String oneDotZero = edit(card, set("/schemaVersion", num("1.0")));
    assertThat(schemaErrorPaths(Kind.SCORECARD, oneDotZero)).isEmpty();
    assertThat(readerProblemPaths(Kind.SCORECARD, oneDotZero)).isEmpty();
    String nullEvidence = edit(card, set("/ratings/0/evidence", NODES.nullNode()));
    assertThat(schemaErrorPaths(Kind.SCORECARD, nullEvidence))
        .containsExactly("/ratings/0/evidence");
    assertThat(readerProblemPaths(Kind.SCORECARD, nullEvidence))
        .containsExactly("/ratings/0/evidence");
  }
}
