package dev.rubric.core.json;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;

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

/**
 * Reads the JSON form of an {@link InterviewPlan}, with keys in any order. Writing is the model's:
 * {@link InterviewPlan#canonicalJson()}, indented by {@link RubricJson#writePlan}.
 */
final class PlanCodec {
  private PlanCodec() {}

  // ---------------------------------------------------------------- reading

  static Optional<InterviewPlan> read(JsonNode node, String path, List<Problem> sink) {
    Optional<ObjectFields> maybe = ObjectFields.of(node, path, sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields f = maybe.get();
    int before = sink.size();
    JsonTrees.checkVersion(f, true);
    InterviewPlan.Builder plan = InterviewPlan.builder().id(f.requiredId("id"));
    f.requiredObject("profile", PlanCodec::readProfile).ifPresent(plan::profile);
    f.requiredObject("scale", PlanCodec::readScale).ifPresent(plan::scale);
    plan.addAllCompetencies(f.list("competencies", true, PlanCodec::readCompetency));
    plan.addAllPanelRoles(f.list("panelRoles", true, PlanCodec::readPanelRole));
    plan.addAllStages(f.list("stages", false, PlanCodec::readStage));
    f.optionalInt("seatsPerCompetency").ifPresent(plan::seatsPerCompetency);
    f.optionalDuration("decisionDueWithin").ifPresent(plan::decisionDueWithin);
    plan.addAllApprovals(f.list("approvals", false, PlanCodec::readApproval));
    f.finish();
    return JsonTrees.hasErrorsSince(sink, before) ? Optional.empty() : Optional.of(plan.build());
  }

  private static Optional<RoleProfile> readProfile(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              RoleProfile.Builder p =
                  RoleProfile.builder()
                      .title(f.requiredString("title"))
                      .seniority(f.requiredString("seniority"));
              f.optionalObject("environment", PlanCodec::readEnvironment).ifPresent(p::environment);
              f.optionalObject("ownership", PlanCodec::readOwnership).ifPresent(p::ownership);
              p.addAllRequirements(f.list("requirements", true, PlanCodec::readRequirement));
              f.optionalObject("breadthDepth", PlanCodec::readBreadthDepth)
                  .ifPresent(p::breadthDepth);
              f.finish();
              return build(sink, before, p::build);
            });
  }

  private static Optional<TechnicalEnvironment> readEnvironment(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .map(
            f -> {
              TechnicalEnvironment.Builder e = TechnicalEnvironment.builder();
              f.optionalString("mlopsFramework").ifPresent(e::mlopsFramework);
              f.optionalString("cloud").ifPresent(e::cloud);
              f.optionalString("modelVersioning").ifPresent(e::modelVersioning);
              f.optionalString("modelMonitoring").ifPresent(e::modelMonitoring);
              f.optionalString("observability").ifPresent(e::observability);
              f.finish();
              return e.build();
            });
  }

  private static Optional<OwnershipBoundaries> readOwnership(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .map(
            f -> {
              OwnershipBoundaries.Builder b = OwnershipBoundaries.builder();
              f.optionalString("experimentation").ifPresent(b::experimentation);
              f.optionalString("productionDeployment").ifPresent(b::productionDeployment);
              f.optionalString("performanceMonitoring").ifPresent(b::performanceMonitoring);
              f.optionalString("degradationResponse").ifPresent(b::degradationResponse);
              f.finish();
              return b.build();
            });
  }

  private static Optional<CompetencyRequirement> readRequirement(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              CompetencyRequirement.Builder r =
                  CompetencyRequirement.builder()
                      .competencyId(f.requiredId("competencyId"))
                      .weight(f.requiredNumber("weight"))
                      .targetLevel(f.requiredInt("targetLevel"));
              f.optionalInt("mustHaveBar").ifPresent(r::mustHaveBar);
              f.finish();
              return build(sink, before, r::build);
            });
  }

  private static Optional<BreadthDepthExpectation> readBreadthDepth(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              BreadthDepthExpectation.Builder b =
                  BreadthDepthExpectation.builder()
                      .addAllDepthAreas(f.list("depthAreas", false, PlanCodec::readAreaBar))
                      .addAllBreadthAreas(f.list("breadthAreas", false, PlanCodec::readAreaBar))
                      .breadthRequired(f.optionalInt("breadthRequired").orElse(0))
                      .addAllSupportedAreas(f.ids("supportedAreas", false));
              f.finish();
              return build(sink, before, b::build);
            });
  }

  private static Optional<AreaBar> readAreaBar(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              String area = f.requiredId("area");
              int bar = f.requiredInt("bar");
              f.finish();
              return build(sink, before, () -> AreaBar.of(area, bar));
            });
  }

  private static Optional<RatingScale> readScale(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              RatingScale.Builder s =
                  RatingScale.builder()
                      .addAllLevels(f.list("levels", true, PlanCodec::readLevel))
                      .hireLine(f.requiredInt("hireLine"));
              f.finish();
              return build(sink, before, s::build);
            });
  }

  private static Optional<ScaleLevel> readLevel(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              int value = f.requiredInt("value");
              String label = f.requiredString("label");
              f.finish();
              return build(sink, before, () -> ScaleLevel.of(value, label));
            });
  }

  private static Optional<Competency> readCompetency(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              Competency.Builder c =
                  Competency.builder()
                      .id(f.requiredId("id"))
                      .name(f.requiredString("name"))
                      .area(f.requiredId("area"));
              f.optionalString("description").ifPresent(c::description);
              f.optionalObject("anchors", PlanCodec::readAnchors).ifPresent(c::putAllAnchors);
              f.finish();
              return build(sink, before, c::build);
            });
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
    return build(sink, before, () -> anchors);
  }

  private static @org.jspecify.annotations.Nullable Integer parseLevelKey(String key) {
    if (!key.matches("0|-?[1-9][0-9]{0,8}")) {
      return null;
    }
    return Integer.valueOf(key);
  }

  private static Optional<PanelRole> readPanelRole(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
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
                          sink.add(
                              Problem.error(
                                  JSON_INVALID_VALUE,
                                  f.path("kind"),
                                  "'"
                                      + name
                                      + "' is not a seat kind; use technical or"
                                      + " cross_functional."));
                        }
                      });
              f.optionalBoolean("shadow").ifPresent(r::shadow);
              f.finish();
              return build(sink, before, r::build);
            });
  }

  private static Optional<EvaluationStage> readStage(
      JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              EvaluationStage.Builder s =
                  EvaluationStage.builder()
                      .id(f.requiredId("id"))
                      .title(f.requiredString("title"))
                      .addAllPanelRoles(f.ids("panelRoles", false));
              f.optionalDuration("feedbackDueWithin").ifPresent(s::feedbackDueWithin);
              f.finish();
              return build(sink, before, s::build);
            });
  }

  private static Optional<Approval> readApproval(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              String approver = f.requiredString("approver");
              String role = f.requiredString("role");
              java.time.Instant at = f.requiredInstant("approvedAt");
              f.finish();
              return build(sink, before, () -> Approval.of(approver, role, at));
            });
  }

  static <T> Optional<T> build(
      List<Problem> sink, int before, java.util.function.Supplier<T> builder) {
    return JsonTrees.hasErrorsSince(sink, before) ? Optional.empty() : Optional.of(builder.get());
  }
}
