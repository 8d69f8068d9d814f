package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds every problem in an {@link InterviewPlan}; see {@link ProblemCodes} for the codes. */
final class PlanValidator {
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final InterviewPlan plan;
  private final List<Problem> problems = new ArrayList<>();

  private PlanValidator(InterviewPlan plan) {
    this.plan = plan;
  }

  static ValidationReport validate(InterviewPlan plan) {
    PlanValidator v = new PlanValidator(plan);
    v.run();
    return ValidationReport.of(v.problems);
  }

  private void run() {
    slug(plan.id(), "/id", "plan id");
    boolean scaleOk = checkScale();
    Set<String> competencyIds = checkCompetencies(scaleOk);
    Map<String, Integer> seatsPerCompetency = checkPanelRoles(competencyIds);
    checkStages();
    checkKinds(seatsPerCompetency);
    checkApprovals();
    plan.decisionDueWithin().ifPresent(d -> deadline(d, "/decisionDueWithin"));
    checkProfile(scaleOk, competencyIds, seatsPerCompetency);
    checkCoverage(seatsPerCompetency);
  }

  private boolean checkScale() {
    RatingScale scale = plan.scale();
    boolean ok = true;
    if (scale.levels().size() < 2) {
      error(
          SCALE_TOO_SMALL,
          "/scale/levels",
          "The scale has %d level(s); give it at least two.",
          scale.levels().size());
      ok = false;
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < scale.levels().size(); i++) {
      ScaleLevel level = scale.levels().get(i);
      String path = "/scale/levels/" + i;
      if (!seen.add(level.value())) {
        error(
            DUPLICATE_LEVEL, path + "/value", "Level %d appears twice; remove one.", level.value());
        ok = false;
      } else if (i > 0 && level.value() < scale.levels().get(i - 1).value()) {
        error(
            UNORDERED_LEVELS,
            path + "/value",
            "Level %d comes after level %d; list levels lowest first.",
            level.value(),
            scale.levels().get(i - 1).value());
        ok = false;
      }
      blank(level.label(), path + "/label", "level label");
    }
    if (!seen.contains(scale.hireLine())) {
      error(
          HIRE_LINE_OUTSIDE_SCALE,
          "/scale/hireLine",
          "The hire line %d is not a level of the scale; use one of %s.",
          scale.hireLine(),
          seen);
      ok = false;
    }
    return ok && !seen.isEmpty();
  }

  private Set<String> checkCompetencies(boolean scaleOk) {
    Set<String> ids = new HashSet<>();
    if (plan.competencies().isEmpty()) {
      error(EMPTY_PLAN, "/competencies", "The plan has no competencies; add the ones to assess.");
    }
    for (int i = 0; i < plan.competencies().size(); i++) {
      Competency c = plan.competencies().get(i);
      String path = "/competencies/" + i;
      if (slug(c.id(), path + "/id", "competency id") && !ids.add(c.id())) {
        error(
            DUPLICATE_ID,
            path + "/id",
            "Competency id '%s' is used twice; ids must be unique.",
            c.id());
      }
      blank(c.name(), path + "/name", "competency name");
      slug(c.area(), path + "/area", "area");
      if (!scaleOk) {
        continue;
      }
      for (Map.Entry<Integer, String> anchor : c.anchors().entrySet()) {
        if (!plan.scale().contains(anchor.getKey())) {
          error(
              ANCHOR_OUTSIDE_SCALE,
              path + "/anchors/" + anchor.getKey(),
              "Competency '%s' has an anchor for level %d, which the scale does not have.",
              c.id(),
              anchor.getKey());
        }
      }
      for (ScaleLevel level : plan.scale().levels()) {
        if (!c.anchors().containsKey(level.value())) {
          advice(
              MISSING_ANCHOR,
              path + "/anchors",
              "Competency '%s' has no behavioural anchor for level %d (%s); write what a candidate"
                  + " at that level says or has done.",
              c.id(),
              level.value(),
              level.label());
        }
      }
    }
    return ids;
  }

  /** Returns, for each known competency, how many seats assess it. */
  private Map<String, Integer> checkPanelRoles(Set<String> competencyIds) {
    Map<String, Integer> seats = new LinkedHashMap<>();
    competencyIds.forEach(id -> seats.put(id, 0));
    Set<String> roleIds = new HashSet<>();
    if (plan.panelRoles().isEmpty()) {
      error(EMPTY_PLAN, "/panelRoles", "The plan has no panel roles; define who assesses what.");
    }
    for (int i = 0; i < plan.panelRoles().size(); i++) {
      PanelRole role = plan.panelRoles().get(i);
      String path = "/panelRoles/" + i;
      if (slug(role.id(), path + "/id", "panel role id") && !roleIds.add(role.id())) {
        error(
            DUPLICATE_ID,
            path + "/id",
            "Panel role id '%s' is used twice; ids must be unique.",
            role.id());
      }
      blank(role.title(), path + "/title", "panel role title");
      if (role.competencies().isEmpty()) {
        error(
            EMPTY_PANEL_ROLE,
            path + "/competencies",
            "Panel role '%s' assesses nothing; give each seat the competencies it assesses.",
            role.id());
      }
      Set<String> listed = new HashSet<>();
      for (int j = 0; j < role.competencies().size(); j++) {
        String id = role.competencies().get(j);
        String cpath = path + "/competencies/" + j;
        if (!competencyIds.contains(id)) {
          error(
              UNKNOWN_COMPETENCY,
              cpath,
              "Panel role '%s' assesses unknown competency '%s'.",
              role.id(),
              id);
        } else if (!listed.add(id)) {
          error(
              DUPLICATE_REFERENCE,
              cpath,
              "Panel role '%s' lists competency '%s' twice.",
              role.id(),
              id);
        } else if (!role.shadow()) {
          seats.merge(id, 1, Integer::sum); // a shadow seat never counts toward the decision
        }
      }
      if (role.scenarioPrompts().isEmpty()) {
        advice(
            NO_SCENARIO_PROMPTS,
            path + "/scenarioPrompts",
            "Panel role '%s' has no scenario prompts; add production case studies for its"
                + " interviewer to work from.",
            role.id());
      }
    }
    return seats;
  }

  private void checkStages() {
    if (plan.stages().isEmpty()) {
      advice(
          NO_STAGES, "/stages", "The plan defines no evaluation stages; define them in advance.");
    }
    Set<String> ids = new HashSet<>();
    Set<String> inStage = new HashSet<>();
    for (int i = 0; i < plan.stages().size(); i++) {
      EvaluationStage stage = plan.stages().get(i);
      String path = "/stages/" + i;
      if (slug(stage.id(), path + "/id", "stage id") && !ids.add(stage.id())) {
        error(
            DUPLICATE_ID,
            path + "/id",
            "Stage id '%s' is used twice; ids must be unique.",
            stage.id());
      }
      blank(stage.title(), path + "/title", "stage title");
      stage.feedbackDueWithin().ifPresent(d -> deadline(d, path + "/feedbackDueWithin"));
      Set<String> listed = new HashSet<>();
      for (int j = 0; j < stage.panelRoles().size(); j++) {
        String id = stage.panelRoles().get(j);
        String rpath = path + "/panelRoles/" + j;
        if (plan.panelRole(id).isEmpty()) {
          error(
              UNKNOWN_PANEL_ROLE,
              rpath,
              "Stage '%s' names unknown panel role '%s'.",
              stage.id(),
              id);
        } else if (!listed.add(id)) {
          error(
              DUPLICATE_REFERENCE,
              rpath,
              "Stage '%s' lists panel role '%s' twice.",
              stage.id(),
              id);
        } else if (!inStage.add(id)) {
          error(
              SEAT_IN_SEVERAL_STAGES,
              rpath,
              "Panel role '%s' is already in an earlier stage; a seat interviews in exactly one"
                  + " stage.",
              id);
        }
      }
    }
    if (!plan.stages().isEmpty()) {
      for (int i = 0; i < plan.panelRoles().size(); i++) {
        PanelRole role = plan.panelRoles().get(i);
        if (!inStage.contains(role.id())) {
          error(
              SEAT_WITHOUT_STAGE,
              "/panelRoles/" + i + "/id",
              "Panel role '%s' belongs to no stage; list it in the stage where it interviews.",
              role.id());
        }
      }
    }
  }

  private void deadline(java.time.Duration d, String path) {
    if (d.isZero() || d.isNegative()) {
      error(
          INVALID_DEADLINE, path, "The deadline %s must be a positive duration such as PT24H.", d);
    } else if (d.compareTo(Timestamps.LONGEST_DEADLINE) > 0) {
      // Longer than every time a document can hold: a due time would not be an instant at all.
      error(
          INVALID_DEADLINE,
          path,
          "The deadline %s is longer than the %s from the year 0001 to the year 9999 that a"
              + " Rubric timestamp can span; give a deadline such as PT24H.",
          d,
          Timestamps.LONGEST_DEADLINE);
    }
  }

  /** Seat kinds: each seat says its kind; the panel has both kinds; technical skills are probed. */
  private void checkKinds(Map<String, Integer> seatsPerCompetency) {
    boolean technical = false;
    boolean crossFunctional = false;
    boolean anyKind = false;
    for (int i = 0; i < plan.panelRoles().size(); i++) {
      PanelRole role = plan.panelRoles().get(i);
      if (role.kind().isEmpty()) {
        advice(
            SEAT_KIND_MISSING,
            "/panelRoles/" + i + "/kind",
            "Panel role '%s' does not say whether it is technical or cross_functional.",
            role.id());
        continue;
      }
      anyKind = true;
      if (!role.shadow()) {
        technical |= role.kind().get() == SeatKind.TECHNICAL;
        crossFunctional |= role.kind().get() == SeatKind.CROSS_FUNCTIONAL;
      }
    }
    if (anyKind && !technical) {
      advice(
          PANEL_LACKS_KIND,
          "/panelRoles",
          "The panel has no technical seat; add technical leaders capable of probing production"
              + " tradeoffs.");
    }
    if (anyKind && !crossFunctional) {
      advice(
          PANEL_LACKS_KIND,
          "/panelRoles",
          "The panel has no cross-functional seat; add stakeholders who evaluate communication and"
              + " collaboration.");
    }
    for (int i = 0; i < plan.competencies().size(); i++) {
      Competency c = plan.competencies().get(i);
      if (c.area().equals("communication") || seatsPerCompetency.getOrDefault(c.id(), 0) == 0) {
        continue;
      }
      boolean onlyCrossFunctional = true;
      for (PanelRole role : plan.panelRoles()) {
        if (!role.shadow() && role.assesses(c.id())) {
          onlyCrossFunctional &= role.kind().equals(Optional.of(SeatKind.CROSS_FUNCTIONAL));
        }
      }
      if (onlyCrossFunctional) {
        advice(
            TECHNICAL_FROM_CROSS_FUNCTIONAL,
            "/competencies/" + i,
            "Technical competency '%s' (area '%s') is assessed only from cross-functional seats;"
                + " have a technical seat probe it.",
            c.id(),
            c.area());
      }
    }
  }

  private void checkApprovals() {
    if (plan.approvals().isEmpty()) {
      advice(
          NO_APPROVAL,
          "/approvals",
          "Nobody has approved the plan; have the stakeholders sign off on it before interviews"
              + " begin.");
    }
    for (int i = 0; i < plan.approvals().size(); i++) {
      Approval a = plan.approvals().get(i);
      blank(a.approver(), "/approvals/" + i + "/approver", "approver");
      blank(a.role(), "/approvals/" + i + "/role", "stakeholder role");
      if (!Timestamps.inRange(a.approvedAt())) {
        problems.add(
            Timestamps.outOfRange(
                "/approvals/" + i + "/approvedAt", "approval time", a.approvedAt()));
      }
    }
  }

  private void checkProfile(
      boolean scaleOk, Set<String> competencyIds, Map<String, Integer> seatsPerCompetency) {
    RoleProfile profile = plan.profile();
    blank(profile.title(), "/profile/title", "role title");
    blank(profile.seniority(), "/profile/seniority", "seniority");
    checkEnvironment(profile.environment());
    checkOwnership(profile.ownership());
    if (plan.seatsPerCompetency() < 1) {
      error(
          INVALID_SEATS_PER_COMPETENCY,
          "/seatsPerCompetency",
          "seatsPerCompetency (%d) must be at least 1.",
          plan.seatsPerCompetency());
    }
    if (profile.requirements().isEmpty()) {
      error(
          EMPTY_PLAN,
          "/profile/requirements",
          "The role requires no competency; give each competency that counts a weight and target.");
    }
    Set<String> required = new HashSet<>();
    for (int i = 0; i < profile.requirements().size(); i++) {
      CompetencyRequirement r = profile.requirements().get(i);
      String path = "/profile/requirements/" + i;
      if (!competencyIds.contains(r.competencyId())) {
        error(
            UNKNOWN_COMPETENCY,
            path + "/competencyId",
            "The requirement names unknown competency '%s'.",
            r.competencyId());
      } else if (!required.add(r.competencyId())) {
        error(
            DUPLICATE_REQUIREMENT,
            path + "/competencyId",
            "Competency '%s' is required twice; keep one requirement.",
            r.competencyId());
      } else if (seatsPerCompetency.getOrDefault(r.competencyId(), 0) == 0) {
        error(
            UNASSESSED_REQUIREMENT,
            path + "/competencyId",
            "Required competency '%s' is assessed by no panel role; add it to a seat.",
            r.competencyId());
      }
      if (!(r.weight() > 0) || Double.isInfinite(r.weight())) {
        error(
            INVALID_WEIGHT,
            path + "/weight",
            "weight (%s) must be a finite number > 0.",
            r.weight());
      }
      if (scaleOk && !plan.scale().contains(r.targetLevel())) {
        error(
            TARGET_OUTSIDE_SCALE,
            path + "/targetLevel",
            "Target level %d is not a level of the scale.",
            r.targetLevel());
      }
      Optional<Integer> bar = r.mustHaveBar();
      if (scaleOk && bar.isPresent() && !plan.scale().contains(bar.get())) {
        error(
            BAR_OUTSIDE_SCALE,
            path + "/mustHaveBar",
            "Must-have bar %d is not a level of the scale.",
            bar.get());
      }
    }
    for (int i = 0; i < plan.competencies().size(); i++) {
      Competency c = plan.competencies().get(i);
      if (!required.contains(c.id()) && competencyIds.contains(c.id())) {
        advice(
            UNWEIGHTED_COMPETENCY,
            "/competencies/" + i,
            "Competency '%s' has no requirement, so it is reported but does not count toward"
                + " the overall score.",
            c.id());
      }
    }
    profile.breadthDepth().ifPresent(bd -> checkBreadthDepth(bd, scaleOk));
  }

  private void checkEnvironment(TechnicalEnvironment env) {
    question(env.mlopsFramework(), "mlopsFramework", "Is there an existing MLOps framework?");
    question(env.cloud(), "cloud", "What cloud environment is being used?");
    question(env.modelVersioning(), "modelVersioning", "How are models versioned?");
    question(env.modelMonitoring(), "modelMonitoring", "How are models monitored?");
    question(env.observability(), "observability", "What observability tools are in place?");
  }

  private void question(Optional<String> answer, String field, String asked) {
    if (answer.map(String::isBlank).orElse(true)) {
      advice(
          ENVIRONMENT_UNANSWERED,
          "/profile/environment/" + field,
          "Candidates will ask \"%s\"; answer it before the search starts.",
          asked);
    }
  }

  private void checkOwnership(OwnershipBoundaries o) {
    Map<String, Optional<String>> boundaries = new LinkedHashMap<>();
    boundaries.put("experimentation", o.experimentation());
    boundaries.put("productionDeployment", o.productionDeployment());
    boundaries.put("performanceMonitoring", o.performanceMonitoring());
    boundaries.put("degradationResponse", o.degradationResponse());
    boundaries.forEach(
        (field, owner) -> {
          if (owner.map(String::isBlank).orElse(true)) {
            advice(
                OWNERSHIP_UNDEFINED,
                "/profile/ownership/" + field,
                "Nobody is named as owning %s; define who does before hiring.",
                field);
          }
        });
  }

  private void checkBreadthDepth(BreadthDepthExpectation bd, boolean scaleOk) {
    Set<String> areas = new HashSet<>();
    plan.competencies().forEach(c -> areas.add(c.area()));
    String base = "/profile/breadthDepth";
    checkAreaBars(bd.depthAreas(), base + "/depthAreas", areas, scaleOk);
    checkAreaBars(bd.breadthAreas(), base + "/breadthAreas", areas, scaleOk);
    if (bd.breadthRequired() < 0 || bd.breadthRequired() > bd.breadthAreas().size()) {
      error(
          INVALID_BREADTH_REQUIRED,
          base + "/breadthRequired",
          "breadthRequired (%d) must be between 0 and the %d breadth area(s) listed.",
          bd.breadthRequired(),
          bd.breadthAreas().size());
    }
    int i = 0;
    for (String area : bd.supportedAreas()) {
      if (!areas.contains(area)) {
        error(
            UNKNOWN_AREA,
            base + "/supportedAreas/" + i,
            "Supported area '%s' is the area of no competency.",
            area);
      }
      i++;
    }
  }

  private void checkAreaBars(List<AreaBar> bars, String base, Set<String> areas, boolean scaleOk) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < bars.size(); i++) {
      AreaBar bar = bars.get(i);
      String path = base + "/" + i;
      if (!areas.contains(bar.area())) {
        error(UNKNOWN_AREA, path + "/area", "Area '%s' is the area of no competency.", bar.area());
      } else if (!seen.add(bar.area())) {
        error(DUPLICATE_REFERENCE, path + "/area", "Area '%s' is listed twice.", bar.area());
      }
      if (scaleOk && !plan.scale().contains(bar.bar())) {
        error(
            BAR_OUTSIDE_SCALE,
            path + "/bar",
            "The bar %d for area '%s' is not a level of the scale.",
            bar.bar(),
            bar.area());
      }
    }
  }

  private void checkCoverage(Map<String, Integer> seatsPerCompetency) {
    for (int i = 0; i < plan.competencies().size(); i++) {
      Competency c = plan.competencies().get(i);
      int seats = seatsPerCompetency.getOrDefault(c.id(), 0);
      boolean required = plan.profile().requirement(c.id()).isPresent();
      if (seats == 0 && !required) {
        advice(
            UNASSESSED_COMPETENCY,
            "/competencies/" + i,
            "Competency '%s' is assessed by no panel role.",
            c.id());
      } else if (seats > Math.max(1, plan.seatsPerCompetency())) {
        advice(
            REDUNDANT_ASSESSMENT,
            "/competencies/" + i,
            "Competency '%s' is assessed by %d seats but %d is intended; redundant questioning"
                + " wastes interview time.",
            c.id(),
            seats,
            plan.seatsPerCompetency());
      }
    }
  }

  private boolean slug(String id, String path, String what) {
    if (id.isBlank()) {
      error(
          BLANK_TEXT,
          path,
          "The %s is empty; give it a lowercase slug such as 'model-serving'.",
          what);
      return false;
    }
    if (Ids.hasHidden(problems, id, path, what)) {
      return false;
    }
    if (!SLUG.matcher(id).matches()) {
      error(
          INVALID_ID,
          path,
          "The %s '%s' is not a lowercase slug; use letters, digits and single hyphens, as in"
              + " 'model-serving'.",
          what,
          id);
      return false;
    }
    return true;
  }

  private void blank(String text, String path, String what) {
    if (text.isBlank()) {
      error(BLANK_TEXT, path, "The %s is empty; write one.", what);
    }
  }

  private void error(String code, String path, String format, Object... args) {
    problems.add(Problem.error(code, path, String.format(Locale.ROOT, format, args)));
  }

  private void advice(String code, String path, String format, Object... args) {
    problems.add(Problem.advice(code, path, String.format(Locale.ROOT, format, args)));
  }
}
