package dev.rubric.testkit.domain;

import static dev.rubric.testkit.domain.Sequences.pick;

import dev.rubric.core.Approval;
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
import dev.rubric.core.SeatKind;
import dev.rubric.core.TechnicalEnvironment;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Tuple;
import dev.rubric.testkit.Tuple.Pair;
import java.time.Duration;
import java.time.Instant;
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
    return competency(id, id, area, scale, anchored, about, Optional.empty());
  }

  private static Competency competency(
      String id,
      String plainId,
      String area,
      RatingScale scale,
      List<Boolean> anchored,
      Optional<String> about,
      Optional<Pair<Integer, String>> decoration) {
    Competency.Builder c =
        Competency.builder().id(id).name(Hostile.text(title(plainId), decoration)).area(area);
    about.ifPresent(a -> c.description(Hostile.text(a, decoration)));
    for (int i = 0; i < scale.size(); i++) {
      if (anchored.get(i)) {
        ScaleLevel level = scale.levels().get(i);
        c.putAnchors(
            level.value(),
            Hostile.text("At '" + level.label() + "': explains " + plainId + ".", decoration));
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
      Optional<String> about,
      int idStyle,
      Optional<Pair<Integer, String>> text) {
    /** This competency with a hostile id style and text decoration. */
    CompetencySpec hostile(int style, Optional<Pair<Integer, String>> decoration) {
      return new CompetencySpec(
          word,
          area,
          optional,
          weight,
          target,
          bar,
          seat,
          extraSeat,
          anchored,
          about,
          style,
          decoration);
    }
  }

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
                        q.fourth().second(),
                        0,
                        Optional.empty()));
    // A hostile competency carries its own id style and text, so that deleting a competency
    // while shrinking takes them along and the one whose id or text fails can come first.
    Gen<CompetencySpec> competencies =
        shape.hostileText()
            ? Gen.zip(competency, Hostile.slugStyles(), Hostile.decorations())
                .map(t -> t.first().hostile(t.second(), t.third()))
            : competency;
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
    Gen<Tuple.Quad<Pair<Integer, Integer>, List<CompetencySpec>, PanelSpec, ProfileSpec>> plain =
        Gen.zip(
            Gen.zip(Gen.integers(shape.minAreas(), shape.maxAreas()), Gen.integers(0, SLOTS - 1)),
            Gen.lists(competencies, shape.minCompetencies(), shape.maxCompetencies()),
            panel,
            profile);
    if (!shape.process() && !shape.hostileText()) {
      // The standard shapes draw exactly what they always drew, so every seed keeps its plan.
      return plain.map(q -> build(scale, q.first(), q.second(), q.third(), q.fourth(), NONE));
    }
    // Drawn after everything else, so that the plain plan's choices stay where they were and
    // shrinking these toward 0 takes the process and the hostile text away again.
    Gen<Extras> extras =
        Gen.zip(
                shape.hostileText()
                    ? Gen.lists(Hostile.slugStyles(), IDS, IDS)
                    : Gen.constant(List.<Integer>of()),
                shape.hostileText()
                    ? Gen.lists(Hostile.decorations(), TEXTS, TEXTS)
                    : Gen.constant(List.<Optional<Pair<Integer, String>>>of()),
                shape.process() ? processes().map(Optional::of) : Gen.constant(NO_PROCESS))
            .map(t -> new Extras(t.first(), t.second(), t.third()));
    return Gen.zip(plain, extras)
        .map(
            p -> {
              var q = p.first();
              return build(scale, q.first(), q.second(), q.third(), q.fourth(), p.second());
            });
  }

  /**
   * How many ids a plan may have besides its competencies' (which carry their own): the plan's, 8
   * seats, 3 stages, 2 shadow seats.
   */
  private static final int IDS = 14;

  /** Where the ids of each kind start among {@link #IDS}. */
  private static final int SEAT_IDS = 1;

  private static final int STAGE_IDS = 9;
  private static final int SHADOW_IDS = 12;

  /**
   * How many texts a plan may decorate besides its competencies' (which carry their own): 8 seat
   * titles, 8 seats' prompts, 3 stage titles, the role title, 3 approvals' approver and role.
   */
  private static final int TEXTS = 26;

  private static final int SEAT_TITLES_AT = 0;
  private static final int PROMPTS_AT = 8;
  private static final int STAGE_TITLES_AT = 16;
  private static final int ROLE_TITLE_AT = 19;
  private static final int APPROVALS_AT = 20;

  /** The most shadow seats a plan gets. */
  private static final int MAX_SHADOWS = 2;

  static final List<String> APPROVERS = List.of("maria.lopez", "dev.okafor", "li.wei", "sam.berg");
  static final List<String> STAKEHOLDER_ROLES =
      List.of("Hiring manager", "Head of ML platform", "Recruiter", "Product lead");

  /** 2020-01-01T00:00:00Z, the earliest ordinary approval time. */
  private static final long EPOCH_2020 = 1_577_836_800L;

  /** The earliest and latest instants a plan or scorecard may hold. */
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The longest deadline a plan accepts, in whole seconds. */
  private static final long LONGEST_DEADLINE = Duration.between(EARLIEST, LATEST).toSeconds();

  /** One approval: who, in which role, when, and whether at the instant of the one before it. */
  private record ApprovalSpec(int approver, int role, int edge, long offset, boolean sameInstant) {}

  /** The process around the panel: seat kinds, shadow seats, approvals and deadlines. */
  private record ProcessSpec(
      List<Integer> kinds,
      List<Integer> shadows,
      List<ApprovalSpec> approvals,
      List<Optional<Duration>> stageDeadlines,
      Optional<Duration> decisionDeadline) {}

  /** What {@link PlanShape#withProcess} and {@link PlanShape#withHostileText} add to a plan. */
  private record Extras(
      List<Integer> idStyles,
      List<Optional<Pair<Integer, String>>> texts,
      Optional<ProcessSpec> process) {
    int idStyle(int at) {
      return at < idStyles.size() ? idStyles.get(at) : 0;
    }

    Optional<Pair<Integer, String>> text(int at) {
      return at < texts.size() ? texts.get(at) : Optional.empty();
    }
  }

  private static final Optional<ProcessSpec> NO_PROCESS = Optional.empty();
  private static final Extras NONE = new Extras(List.of(), List.of(), NO_PROCESS);

  private static Gen<ProcessSpec> processes() {
    Gen<Duration> deadlines =
        Gen.frequency(
            3,
            Gen.elements(Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)),
            1,
            Gen.longs(1, LONGEST_DEADLINE).map(Duration::ofSeconds));
    Gen<ApprovalSpec> approval =
        Gen.combine(
            Gen.integers(0, APPROVERS.size() - 1),
            Gen.integers(0, STAKEHOLDER_ROLES.size() - 1),
            Gen.frequency(9, Gen.constant(0), 1, Gen.integers(1, 2)),
            Gen.longs(0, 200_000_000L),
            Gen.frequency(4, Gen.constant(false), 1, Gen.constant(true)),
            ApprovalSpec::new);
    return Gen.combine(
        Gen.lists(Gen.integers(0, 2), SLOTS, SLOTS),
        Gen.lists(Gen.integers(0, SLOTS - 1), 0, MAX_SHADOWS),
        Gen.lists(approval, 0, 3),
        Gen.lists(Gen.optionals(deadlines), 3, 3),
        Gen.optionals(deadlines),
        ProcessSpec::new);
  }

  private static Instant approvedAt(ApprovalSpec a) {
    switch (a.edge()) {
      case 1:
        return EARLIEST;
      case 2:
        return LATEST;
      default:
        return Instant.ofEpochSecond(EPOCH_2020 + a.offset());
    }
  }

  private static InterviewPlan build(
      RatingScale scale,
      Pair<Integer, Integer> areaChoice,
      List<CompetencySpec> specs,
      PanelSpec panel,
      ProfileSpec profileSpec,
      Extras extras) {
    List<String> areas = new ArrayList<>();
    for (int k = 0; k < areaChoice.first(); k++) {
      areas.add(pick(AREAS, areaChoice.second() + k));
    }
    List<Integer> levels = scale.levels().stream().map(ScaleLevel::value).toList();
    InterviewPlan.Builder plan = InterviewPlan.builder().scale(scale);
    RoleProfile.Builder profile =
        RoleProfile.builder()
            .title(Hostile.text("Machine learning engineer", extras.text(ROLE_TITLE_AT)))
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
      String plainId = COMPETENCY_WORDS.get(s.word()) + "-" + (i + 1);
      String id = Hostile.slug(s.idStyle(), i, plainId);
      // The first competencies take one area each, so that a plan uses every area it drew (or,
      // with fewer competencies than areas, one area per competency); the rest pick any of them.
      String area = i < areas.size() ? areas.get(i) : pick(areas, s.area());
      ids.add(id);
      usedAreas.add(area);
      plan.addCompetencies(competency(id, plainId, area, scale, s.anchored(), s.about(), s.text()));
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
      String id = Hostile.slug(extras.idStyle(SEAT_IDS + k), k, "seat-" + (k + 1));
      seatIds.add(id);
      PanelRole.Builder role =
          PanelRole.builder()
              .id(id)
              .title(Hostile.text(SEAT_TITLES.get(s.title()), extras.text(SEAT_TITLES_AT + k)));
      assessed.get(k).forEach(i -> role.addCompetencies(ids.get(i)));
      Optional<Pair<Integer, String>> promptText = extras.text(PROMPTS_AT + k);
      s.prompts().forEach(p -> role.addScenarioPrompts(Hostile.text(PROMPTS.get(p), promptText)));
      Optional<SeatKind> kind = kindOf(extras, k);
      kind.ifPresent(role::kind);
      plan.addPanelRoles(role.build());
    }
    // Shadow seats sit in with a counted seat: they assess what it assesses, in its stage, and
    // never count toward the decision, so the plan stays valid whatever they are.
    List<Integer> shadowed = new ArrayList<>();
    List<String> shadowIds = new ArrayList<>();
    List<Integer> shadowSpecs = extras.process().map(ProcessSpec::shadows).orElse(List.of());
    for (int j = 0; j < shadowSpecs.size(); j++) {
      int k = shadowSpecs.get(j) % seats;
      String id = Hostile.slug(extras.idStyle(SHADOW_IDS + j), seats + j, "shadow-" + (j + 1));
      shadowed.add(k);
      shadowIds.add(id);
      PanelRole.Builder role =
          PanelRole.builder()
              .id(id)
              .title("Shadow: " + SEAT_TITLES.get(panel.seatSpecs().get(k).title()))
              .shadow(true);
      assessed.get(k).forEach(i -> role.addCompetencies(ids.get(i)));
      kindOf(extras, k).ifPresent(role::kind);
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
          EvaluationStage.builder()
              .id(Hostile.slug(extras.idStyle(STAGE_IDS + m), m, "stage-" + (m + 1)))
              .title(Hostile.text("Stage " + (m + 1), extras.text(STAGE_TITLES_AT + m)));
      for (int k = 0; k < seats; k++) {
        if (stageOf[k] == m) {
          stage.addPanelRoles(seatIds.get(k));
        }
      }
      for (int j = 0; j < shadowIds.size(); j++) {
        if (stageOf[shadowed.get(j)] == m) {
          stage.addPanelRoles(shadowIds.get(j));
        }
      }
      int at = m;
      extras.process().flatMap(p -> p.stageDeadlines().get(at)).ifPresent(stage::feedbackDueWithin);
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
    extras.process().ifPresent(p -> process(plan, p, extras));
    return plan.id(Hostile.slug(extras.idStyle(0), 0, "plan-" + panel.misc().first()))
        .seatsPerCompetency(panel.misc().second())
        .profile(profile.build())
        .build();
  }

  private static Optional<SeatKind> kindOf(Extras extras, int seat) {
    int kind = extras.process().map(p -> p.kinds().get(seat)).orElse(0);
    return kind == 0
        ? Optional.empty()
        : Optional.of(kind == 1 ? SeatKind.TECHNICAL : SeatKind.CROSS_FUNCTIONAL);
  }

  private static void process(InterviewPlan.Builder plan, ProcessSpec p, Extras extras) {
    p.decisionDeadline().ifPresent(plan::decisionDueWithin);
    Optional<Instant> previous = Optional.empty();
    for (int a = 0; a < p.approvals().size(); a++) {
      ApprovalSpec spec = p.approvals().get(a);
      Instant when = spec.sameInstant() && previous.isPresent() ? previous.get() : approvedAt(spec);
      plan.addApprovals(
          Approval.of(
              Hostile.text(APPROVERS.get(spec.approver()), extras.text(APPROVALS_AT + 2 * a)),
              Hostile.text(
                  STAKEHOLDER_ROLES.get(spec.role()), extras.text(APPROVALS_AT + 2 * a + 1)),
              when));
      previous = Optional.of(when);
    }
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
