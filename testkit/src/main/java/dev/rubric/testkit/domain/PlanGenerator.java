package dev.rubric.testkit.domain;

import static dev.rubric.testkit.domain.Sequences.pick;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.OwnershipBoundaries;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.TechnicalEnvironment;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Tuple.Pair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds valid plans from bounded choices. Every index drawn here is read modulo the size it
 * selects from, so any replayed (shortened, lowered) choice sequence still yields a valid plan.
 */
final class PlanGenerator {
  static final List<String> AREAS =
      List.of(
          "deployment",
          "infrastructure",
          "modeling",
          "data-engineering",
          "cloud-platforms",
          "communication",
          "scalability",
          "governance");
  static final List<String> COMPETENCY_WORDS =
      List.of(
          "model-serving",
          "drift-detection",
          "feature-pipelines",
          "rollback",
          "experiment-tracking",
          "cost-control",
          "stakeholder-updates",
          "capacity-planning",
          "access-control",
          "batch-inference");
  static final List<String> LABELS =
      List.of("Strong no", "No", "Mixed", "Yes", "Strong yes", "Exceptional", "Not yet");
  static final List<String> SEAT_TITLES =
      List.of(
          "Deployment depth",
          "Infrastructure fluency",
          "Stakeholder communication",
          "Scalability planning",
          "Modeling judgement");
  static final List<String> PROMPTS =
      List.of(
          "Walk me through a model you took from experiment to production.",
          "How did you detect drift, and what alerts fired?",
          "Tell me about a rollback under pressure.");
  static final List<String> ANSWERS =
      List.of("Kubeflow", "AWS", "MLflow registry", "Evidently dashboards", "Prometheus", "none");
  static final List<String> OWNERS = List.of("ML team", "platform team", "data science", "SRE");
  static final List<String> SENIORITIES = List.of("junior", "mid", "senior", "staff");

  /** Free text with characters that JSON must escape, and non-ASCII ones. */
  static final String TEXT_ALPHABET = "ab \"\\/\n\té€日😀<>&'";

  private static final int SLOTS = 8;

  /** The most levels a generated scale has; anchors are drawn for that many, the first used. */
  private static final int MAX_LEVELS = 7;

  private PlanGenerator() {}

  /**
   * Scales from as many choices whatever their number of levels: the steps and labels of the most
   * levels a scale may have are always drawn and the first ones used, so that shrinking the number
   * of levels keeps every later choice (a plan's targets, bars and anchors) where it was instead of
   * reading it as another one.
   */
  static Gen<RatingScale> scales(int minLevels, int maxLevels) {
    return Gen.combine(
        Gen.integers(minLevels, maxLevels),
        Gen.integers(-2, 3, 1),
        Gen.lists(Gen.integers(1, 3, 1), MAX_LEVELS - 1, MAX_LEVELS - 1),
        Gen.lists(Gen.integers(0, LABELS.size() - 1), MAX_LEVELS, MAX_LEVELS),
        Gen.integers(0, MAX_LEVELS - 1),
        PlanGenerator::scale);
  }

  private static RatingScale scale(
      int levels, int first, List<Integer> steps, List<Integer> labels, int hireLine) {
    RatingScale.Builder scale = RatingScale.builder();
    int value = first;
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < levels; i++) {
      if (i > 0) {
        value += steps.get(i - 1);
      }
      values.add(value);
      scale.level(value, LABELS.get(labels.get(i)));
    }
    return scale.hireLine(pick(values, hireLine)).build();
  }

  static Gen<Competency> competencies(RatingScale scale) {
    return Gen.zip(
            Gen.integers(0, COMPETENCY_WORDS.size() - 1),
            Gen.integers(0, AREAS.size() - 1),
            anchorFlags(scale),
            Gen.optionals(text(1, 30)))
        .map(
            q ->
                competency(
                    COMPETENCY_WORDS.get(q.first()),
                    AREAS.get(q.second()),
                    scale,
                    q.third(),
                    q.fourth()));
  }

  private static Competency competency(
      String id, String area, RatingScale scale, List<Boolean> anchored, Optional<String> about) {
    Competency.Builder c = Competency.builder().id(id).name(title(id)).area(area);
    about.ifPresent(c::description);
    for (int i = 0; i < scale.size(); i++) {
      if (anchored.get(i)) {
        ScaleLevel level = scale.levels().get(i);
        c.putAnchors(level.value(), "At '" + level.label() + "': explains " + id + ".");
      }
    }
    return c.build();
  }

  /**
   * Whether each level gets an anchor: drawn for the most levels a generated scale has (or all of a
   * larger scale's), the first {@code scale.size()} used, so the choices after them stay put when
   * the scale shrinks.
   */
  private static Gen<List<Boolean>> anchorFlags(RatingScale scale) {
    int flags = Math.max(MAX_LEVELS, scale.size());
    return Gen.lists(Gen.booleans(), flags, flags);
  }

  static Gen<String> text(int min, int max) {
    return Gen.strings(TEXT_ALPHABET, min, max).map(s -> "t" + s);
  }

  static Gen<InterviewPlan> plans(PlanShape shape) {
    return scales(shape.minLevels(), shape.maxLevels()).flatMap(scale -> plansOn(scale, shape));
  }

  /** What one competency of a plan is made from. */
  private record CompetencySpec(
      int word,
      int area,
      boolean optional,
      double weight,
      int target,
      Optional<Integer> bar,
      int seat,
      Optional<Integer> extraSeat,
      List<Boolean> anchored,
      Optional<String> about) {}

  /** What one seat is made from. */
  private record SeatSpec(int title, List<Integer> prompts) {}

  /** The profile's free answers and the breadth/depth expectation's raw choices. */
  private record ProfileSpec(
      int seniority,
      List<Optional<Integer>> environment,
      List<Optional<Integer>> ownership,
      Optional<Pair<List<Pair<Integer, Integer>>, Pair<Integer, List<Boolean>>>> breadthDepth) {}

  /** The panel's size and seats, the stages, and the plan's id and seats per competency. */
  private record PanelSpec(
      int seats,
      List<SeatSpec> seatSpecs,
      List<List<Boolean>> stages,
      Pair<Integer, Integer> misc) {}

  static Gen<InterviewPlan> plansOn(RatingScale scale, PlanShape shape) {
    Gen<Double> weights =
        Gen.frequency(3, Gen.elements(1.0, 2.0, 0.5, 3.0), 1, Gen.doubles(0.01, 100));
    Gen<Optional<Integer>> bars =
        shape.mustHaveBars()
            ? Gen.optionals(Gen.integers(0, SLOTS - 1))
            : Gen.constant(Optional.empty());
    Gen<CompetencySpec> competency =
        Gen.zip(
                Gen.zip(
                    Gen.integers(0, COMPETENCY_WORDS.size() - 1),
                    Gen.integers(0, SLOTS - 1),
                    Gen.booleans()),
                Gen.zip(weights, Gen.integers(0, SLOTS - 1), bars),
                Gen.zip(Gen.integers(0, SLOTS - 1), Gen.optionals(Gen.integers(0, SLOTS - 1))),
                Gen.zip(anchorFlags(scale), Gen.optionals(text(1, 30))))
            .map(
                q ->
                    new CompetencySpec(
                        q.first().first(),
                        q.first().second(),
                        q.first().third(),
                        q.second().first(),
                        q.second().second(),
                        q.second().third(),
                        q.third().first(),
                        q.third().second(),
                        q.fourth().first(),
                        q.fourth().second()));
    Gen<SeatSpec> seat =
        Gen.combine(
            Gen.integers(0, SEAT_TITLES.size() - 1),
            Gen.lists(Gen.integers(0, PROMPTS.size() - 1), 0, 2),
            SeatSpec::new);
    Gen<PanelSpec> panel =
        Gen.zip(
                Gen.integers(shape.minSeats(), shape.maxSeats()),
                Gen.lists(seat, SLOTS, SLOTS),
                Gen.lists(Gen.lists(Gen.booleans(), SLOTS, SLOTS), 0, 3),
                Gen.zip(Gen.integers(1, 999), Gen.integers(1, 2)))
            .map(q -> new PanelSpec(q.first(), q.second(), q.third(), q.fourth()));
    Gen<Optional<Pair<List<Pair<Integer, Integer>>, Pair<Integer, List<Boolean>>>>> breadthDepth =
        shape.breadthDepth()
            ? Gen.optionals(
                Gen.zip(
                    Gen.lists(
                        Gen.zip(Gen.integers(0, 2), Gen.integers(0, SLOTS - 1)), SLOTS, SLOTS),
                    Gen.zip(Gen.integers(0, SLOTS), Gen.lists(Gen.booleans(), SLOTS, SLOTS))))
            : Gen.constant(Optional.empty());
    Gen<ProfileSpec> profile =
        Gen.zip(
                Gen.integers(0, SENIORITIES.size() - 1),
                Gen.lists(Gen.optionals(Gen.integers(0, ANSWERS.size() - 1)), 5, 5),
                Gen.lists(Gen.optionals(Gen.integers(0, OWNERS.size() - 1)), 4, 4),
                breadthDepth)
            .map(q -> new ProfileSpec(q.first(), q.second(), q.third(), q.fourth()));
    return Gen.zip(
            Gen.zip(Gen.integers(shape.minAreas(), shape.maxAreas()), Gen.integers(0, SLOTS - 1)),
            Gen.lists(competency, shape.minCompetencies(), shape.maxCompetencies()),
            panel,
            profile)
        .map(q -> build(scale, q.first(), q.second(), q.third(), q.fourth()));
  }

  private static InterviewPlan build(
      RatingScale scale,
      Pair<Integer, Integer> areaChoice,
      List<CompetencySpec> specs,
      PanelSpec panel,
      ProfileSpec profileSpec) {
    List<String> areas = new ArrayList<>();
    for (int k = 0; k < areaChoice.first(); k++) {
      areas.add(pick(AREAS, areaChoice.second() + k));
    }
    List<Integer> levels = scale.levels().stream().map(ScaleLevel::value).toList();
    InterviewPlan.Builder plan = InterviewPlan.builder().scale(scale);
    RoleProfile.Builder profile =
        RoleProfile.builder()
            .title("Machine learning engineer")
            .seniority(pick(SENIORITIES, profileSpec.seniority()));
    int seats = panel.seats();
    List<Set<Integer>> assessed = new ArrayList<>();
    for (int k = 0; k < seats; k++) {
      Set<Integer> set = new TreeSet<>();
      set.add(k % specs.size());
      assessed.add(set);
    }
    List<String> ids = new ArrayList<>();
    Set<String> usedAreas = new LinkedHashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      CompetencySpec s = specs.get(i);
      String id = COMPETENCY_WORDS.get(s.word()) + "-" + (i + 1);
      // The first competencies take one area each, so that a plan uses every area it drew (or,
      // with fewer competencies than areas, one area per competency); the rest pick any of them.
      String area = i < areas.size() ? areas.get(i) : pick(areas, s.area());
      ids.add(id);
      usedAreas.add(area);
      plan.addCompetencies(competency(id, area, scale, s.anchored(), s.about()));
      if (i == 0 || !s.optional()) {
        CompetencyRequirement.Builder r =
            CompetencyRequirement.builder()
                .competencyId(id)
                .weight(s.weight())
                .targetLevel(pick(levels, s.target()));
        s.bar().ifPresent(b -> r.mustHaveBar(pick(levels, b)));
        profile.addRequirements(r.build());
      }
      assessed.get(s.seat() % seats).add(i);
      if (s.extraSeat().isPresent()) {
        assessed.get(s.extraSeat().get() % seats).add(i);
      }
    }
    List<String> seatIds = new ArrayList<>();
    for (int k = 0; k < seats; k++) {
      SeatSpec s = panel.seatSpecs().get(k);
      String id = "seat-" + (k + 1);
      seatIds.add(id);
      PanelRole.Builder role = PanelRole.builder().id(id).title(SEAT_TITLES.get(s.title()));
      assessed.get(k).forEach(i -> role.addCompetencies(ids.get(i)));
      s.prompts().forEach(p -> role.addScenarioPrompts(PROMPTS.get(p)));
      plan.addPanelRoles(role.build());
    }
    // Every seat belongs to exactly one stage: the first stage whose flag for it is set, else the
    // last stage (a plan without stages is valid too, with advice).
    int stageCount = panel.stages().size();
    int[] stageOf = new int[seats];
    for (int k = 0; k < seats; k++) {
      stageOf[k] = stageCount - 1;
      for (int m = 0; m < stageCount; m++) {
        if (panel.stages().get(m).get(k)) {
          stageOf[k] = m;
          break;
        }
      }
    }
    for (int m = 0; m < stageCount; m++) {
      EvaluationStage.Builder stage =
          EvaluationStage.builder().id("stage-" + (m + 1)).title("Stage " + (m + 1));
      for (int k = 0; k < seats; k++) {
        if (stageOf[k] == m) {
          stage.addPanelRoles(seatIds.get(k));
        }
      }
      plan.addStages(stage.build());
    }
    List<Optional<String>> env =
        profileSpec.environment().stream().map(o -> o.map(ANSWERS::get)).toList();
    profile.environment(
        TechnicalEnvironment.builder()
            .mlopsFramework(env.get(0))
            .cloud(env.get(1))
            .modelVersioning(env.get(2))
            .modelMonitoring(env.get(3))
            .observability(env.get(4))
            .build());
    List<Optional<String>> own =
        profileSpec.ownership().stream().map(o -> o.map(OWNERS::get)).toList();
    profile.ownership(
        OwnershipBoundaries.builder()
            .experimentation(own.get(0))
            .productionDeployment(own.get(1))
            .performanceMonitoring(own.get(2))
            .degradationResponse(own.get(3))
            .build());
    profileSpec
        .breadthDepth()
        .ifPresent(bd -> profile.breadthDepth(breadthDepth(List.copyOf(usedAreas), levels, bd)));
    return plan.id("plan-" + panel.misc().first())
        .seatsPerCompetency(panel.misc().second())
        .profile(profile.build())
        .build();
  }

  private static BreadthDepthExpectation breadthDepth(
      List<String> areas,
      List<Integer> levels,
      Pair<List<Pair<Integer, Integer>>, Pair<Integer, List<Boolean>>> spec) {
    BreadthDepthExpectation.Builder bd = BreadthDepthExpectation.builder();
    int breadth = 0;
    for (int u = 0; u < areas.size(); u++) {
      Pair<Integer, Integer> role = spec.first().get(u);
      int bar = pick(levels, role.second());
      if (role.first() == 1) {
        bd.depth(areas.get(u), bar);
      } else if (role.first() == 2) {
        bd.breadth(areas.get(u), bar);
        breadth++;
      }
      if (spec.second().second().get(u)) {
        bd.addSupportedAreas(areas.get(u));
      }
    }
    return bd.breadthRequired(spec.second().first() % (breadth + 1)).build();
  }

  private static String title(String slug) {
    String words = slug.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
