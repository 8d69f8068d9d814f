package dev.rubric.core.json;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.core.internal.json.ObjectFields.object;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Approval;
import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.OwnershipBoundaries;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.SeatKind;
import dev.rubric.core.TechnicalEnvironment;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the JSON form of an {@link InterviewPlan}, with keys in any order. Writing is the model's:
 * {@link InterviewPlan#canonicalJson()}, indented by {@link RubricJson#writePlan}.
 */
final class PlanCodec {
  private PlanCodec() {}

  // ---------------------------------------------------------------- reading

  static Optional<InterviewPlan> read(JsonNode node, String path, List<Problem> sink) {
    return object(PlanCodec::plan).read(node, path, sink);
  }

  private static Supplier<InterviewPlan> plan(ObjectFields f) {
    JsonTrees.checkVersion(f, true);
    InterviewPlan.Builder plan = InterviewPlan.builder().id(f.requiredId("id"));
    f.requiredObject("profile", object(PlanCodec::profile)).ifPresent(plan::profile);
    f.requiredObject("scale", object(PlanCodec::scale)).ifPresent(plan::scale);
    plan.addAllCompetencies(f.list("competencies", true, object(PlanCodec::competency)));
    plan.addAllPanelRoles(f.list("panelRoles", true, object(PlanCodec::panelRole)));
    plan.addAllStages(f.list("stages", false, object(PlanCodec::stage)));
    f.optionalInt("seatsPerCompetency").ifPresent(plan::seatsPerCompetency);
    f.optionalDeadline("decisionDueWithin").ifPresent(plan::decisionDueWithin);
    plan.addAllApprovals(f.list("approvals", false, object(PlanCodec::approval)));
    return plan::build;
  }

  private static Supplier<RoleProfile> profile(ObjectFields f) {
    RoleProfile.Builder p =
        RoleProfile.builder()
            .title(f.requiredString("title"))
            .seniority(f.requiredString("seniority"));
    f.optionalObject("environment", object(PlanCodec::environment)).ifPresent(p::environment);
    f.optionalObject("ownership", object(PlanCodec::ownership)).ifPresent(p::ownership);
    p.addAllRequirements(f.list("requirements", true, object(PlanCodec::requirement)));
    f.optionalObject("breadthDepth", object(PlanCodec::breadthDepth)).ifPresent(p::breadthDepth);
    return p::build;
  }

  private static Supplier<TechnicalEnvironment> environment(ObjectFields f) {
    TechnicalEnvironment.Builder e = TechnicalEnvironment.builder();
    f.optionalString("mlopsFramework").ifPresent(e::mlopsFramework);
    f.optionalString("cloud").ifPresent(e::cloud);
    f.optionalString("modelVersioning").ifPresent(e::modelVersioning);
    f.optionalString("modelMonitoring").ifPresent(e::modelMonitoring);
    f.optionalString("observability").ifPresent(e::observability);
    return e::build;
  }

  private static Supplier<OwnershipBoundaries> ownership(ObjectFields f) {
    OwnershipBoundaries.Builder b = OwnershipBoundaries.builder();
    f.optionalString("experimentation").ifPresent(b::experimentation);
    f.optionalString("productionDeployment").ifPresent(b::productionDeployment);
    f.optionalString("performanceMonitoring").ifPresent(b::performanceMonitoring);
    f.optionalString("degradationResponse").ifPresent(b::degradationResponse);
    return b::build;
  }

  private static Supplier<CompetencyRequirement> requirement(ObjectFields f) {
    CompetencyRequirement.Builder r =
        CompetencyRequirement.builder()
            .competencyId(f.requiredId("competencyId"))
            .weight(f.requiredNumber("weight"))
            .targetLevel(f.requiredInt("targetLevel"));
    f.optionalInt("mustHaveBar").ifPresent(r::mustHaveBar);
    return r::build;
  }

  private static Supplier<BreadthDepthExpectation> breadthDepth(ObjectFields f) {
    BreadthDepthExpectation.Builder b =
        BreadthDepthExpectation.builder()
            .addAllDepthAreas(f.list("depthAreas", false, object(PlanCodec::areaBar)))
            .addAllBreadthAreas(f.list("breadthAreas", false, object(PlanCodec::areaBar)))
            .breadthRequired(f.optionalInt("breadthRequired").orElse(0))
            .addAllSupportedAreas(f.ids("supportedAreas", false));
    return b::build;
  }

  private static Supplier<AreaBar> areaBar(ObjectFields f) {
    String area = f.requiredId("area");
    int bar = f.requiredInt("bar");
    return () -> AreaBar.of(area, bar);
  }

  private static Supplier<RatingScale> scale(ObjectFields f) {
    RatingScale.Builder s =
        RatingScale.builder()
            .addAllLevels(f.list("levels", true, object(PlanCodec::level)))
            .hireLine(f.requiredInt("hireLine"));
    return s::build;
  }

  private static Supplier<ScaleLevel> level(ObjectFields f) {
    int value = f.requiredInt("value");
    String label = f.requiredString("label");
    return () -> ScaleLevel.of(value, label);
  }

  private static Supplier<Competency> competency(ObjectFields f) {
    Competency.Builder c =
        Competency.builder()
            .id(f.requiredId("id"))
            .name(f.requiredString("name"))
            .area(f.requiredId("area"));
    f.optionalString("description").ifPresent(c::description);
    f.optionalObject("anchors", PlanCodec::readAnchors).ifPresent(c::putAllAnchors);
    return c::build;
  }

  private static Optional<Map<Integer, String>> readAnchors(
      JsonNode node, String path, List<Problem> sink) {
    Optional<ObjectFields> maybe = ObjectFields.of(node, path, sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    int before = sink.size();
    java.util.TreeMap<Integer, String> anchors = new java.util.TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = maybe.get().path(e.getKey());
      Integer level = parseLevelKey(e.getKey());
      if (level == null) {
        sink.add(
            Problem.error(
                JSON_INVALID_VALUE,
                at,
                "Anchor key '" + e.getKey() + "' is not an integer level such as \"3\"."));
      } else if (!e.getValue().isTextual()) {
        sink.add(ObjectFields.wrongType(at, "a string", e.getValue()));
      } else {
        anchors.put(level, e.getValue().textValue());
      }
    }
    return JsonTrees.hasErrorsSince(sink, before) ? Optional.empty() : Optional.of(anchors);
  }

  /**
   * The level an anchor key names: a decimal int without a leading zero or a plus sign, any int a
   * scale may hold (-2147483648 to 2147483647); null for anything else.
   */
  private static @org.jspecify.annotations.Nullable Integer parseLevelKey(String key) {
    if (!LEVEL_KEY.matcher(key).matches()) {
      return null;
    }
    long level = Long.parseLong(key);
    return level == (int) level ? (int) level : null;
  }

  private static final java.util.regex.Pattern LEVEL_KEY =
      java.util.regex.Pattern.compile("0|-?[1-9][0-9]{0,9}");

  private static Supplier<PanelRole> panelRole(ObjectFields f) {
    PanelRole.Builder r =
        PanelRole.builder()
            .id(f.requiredId("id"))
            .title(f.requiredString("title"))
            .addAllCompetencies(f.ids("competencies", true))
            .addAllScenarioPrompts(f.strings("scenarioPrompts", false));
    f.optionalString("kind")
        .ifPresent(
            name -> {
              Optional<SeatKind> kind = SeatKind.fromJsonName(name);
              if (kind.isPresent()) {
                r.kind(kind.get());
              } else {
                f.invalidValue(
                    "kind",
                    "'" + name + "' is not a seat kind; use technical or cross_functional.");
              }
            });
    f.optionalBoolean("shadow").ifPresent(r::shadow);
    return r::build;
  }

  private static Supplier<EvaluationStage> stage(ObjectFields f) {
    EvaluationStage.Builder s =
        EvaluationStage.builder()
            .id(f.requiredId("id"))
            .title(f.requiredString("title"))
            .addAllPanelRoles(f.ids("panelRoles", false));
    f.optionalDeadline("feedbackDueWithin").ifPresent(s::feedbackDueWithin);
    return s::build;
  }

  private static Supplier<Approval> approval(ObjectFields f) {
    String approver = f.requiredString("approver");
    String role = f.requiredString("role");
    java.time.Instant at = f.requiredInstant("approvedAt");
    return () -> Approval.of(approver, role, at);
  }
}
