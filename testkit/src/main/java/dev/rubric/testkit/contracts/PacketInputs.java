package dev.rubric.testkit.contracts;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generators of valid interview plans and one candidate's scorecards against them: 1 to 8
 * competencies over 1 to 4 areas, 1 to 4 seats, requirements with weights as {@link
 * ScoreInputs#weight} draws them (k/4, now and then up to the largest double, so that the raw sum
 * of two overflows, or subnormal) and optional must-have bars, an optional breadth-versus-depth
 * expectation; 0 to 2 interviewers per seat, each rating most of the seat's competencies. Shrinking
 * keeps plans valid.
 */
final class PacketInputs {
  /** When the generated scorecards were submitted: one minute apart from here. */
  static final Instant SUBMITTED = Instant.parse("2026-11-20T09:00:00Z");

  private PacketInputs() {}

  /** A valid plan. */
  static Gen<InterviewPlan> plans() {
    return ScoreInputs.scales()
        .flatMap(
            scale ->
                Gen.zip(Gen.integers(1, 8), Gen.integers(1, 4), Gen.integers(1, 4))
                    .flatMap(
                        t -> {
                          int n = t.first();
                          int areas = Math.min(t.second(), n);
                          int seats = Math.min(t.third(), n);
                          return Gen.zip(
                                  Gen.lists(competency(scale, areas, seats), n, n),
                                  Gen.optionals(expectation(scale, areas)),
                                  ScoreInputs.weightExponents())
                              .map(
                                  p -> plan(scale, areas, seats, p.first(), p.second(), p.third()));
                        }));
  }

  /**
   * A plan and one candidate's valid scorecards; with {@code unanimous}, one level per competency.
   */
  static Gen<Packet> packets(boolean unanimous) {
    return plans()
        .flatMap(plan -> scorecards(plan, unanimous).map(cards -> new Packet(plan, cards)));
  }

  /** A competency before it is built: area, seats, requirement. */
  private record Draft(
      int area,
      int seat,
      Optional<Integer> extraSeat,
      boolean required,
      int weightQuarters,
      Optional<Integer> bar) {}

  private static Gen<Draft> competency(RatingScale scale, int areas, int seats) {
    return Gen.zip(
            Gen.zip(Gen.integers(0, areas - 1), Gen.integers(0, seats - 1)),
            Gen.frequency(
                4,
                Gen.constant(Optional.<Integer>empty()),
                1,
                Gen.integers(0, seats - 1).map(Optional::of)),
            Gen.zip(
                Gen.frequency(3, Gen.constant(true), 1, Gen.constant(false)),
                ScoreInputs.weightQuarters()),
            Gen.frequency(
                2,
                Gen.constant(Optional.<Integer>empty()),
                1,
                ScoreInputs.levelNearHireLine(scale).map(Optional::of)))
        .map(
            q ->
                new Draft(
                    q.first().first(),
                    q.first().second(),
                    q.second(),
                    q.third().first(),
                    q.third().second(),
                    q.fourth()));
  }

  private static Gen<BreadthDepthExpectation> expectation(RatingScale scale, int areas) {
    Gen<Integer> level = ScoreInputs.levelNearHireLine(scale);
    return Gen.zip(
            Gen.lists(Gen.integers(0, 2), areas, areas),
            Gen.lists(level, areas, areas),
            Gen.lists(Gen.booleans(), areas, areas))
        .flatMap(
            t -> {
              BreadthDepthExpectation.Builder b = BreadthDepthExpectation.builder();
              int breadth = 0;
              for (int a = 0; a < areas; a++) {
                if (t.first().get(a) == 1) {
                  b.depth(ScoreInputs.area(a), t.second().get(a));
                } else if (t.first().get(a) == 2) {
                  b.breadth(ScoreInputs.area(a), t.second().get(a));
                  breadth++;
                }
                if (t.third().get(a)) {
                  b.addSupportedAreas(ScoreInputs.area(a));
                }
              }
              return Gen.integers(0, breadth).map(r -> b.breadthRequired(r).build());
            });
  }

  private static InterviewPlan plan(
      RatingScale scale,
      int areas,
      int seats,
      List<Draft> drafts,
      Optional<BreadthDepthExpectation> expectation,
      int weightExponent) {
    List<Set<String>> seatCompetencies = new ArrayList<>();
    for (int s = 0; s < seats; s++) {
      seatCompetencies.add(new LinkedHashSet<>());
    }
    InterviewPlan.Builder plan =
        InterviewPlan.builder().id("generated-plan").scale(scale).seatsPerCompetency(2);
    RoleProfile.Builder profile = RoleProfile.builder().title("Generated role").seniority("any");
    int largest = 1;
    for (int i = 0; i < drafts.size(); i++) {
      if (i == 0 || drafts.get(i).required()) {
        largest = Math.max(largest, drafts.get(i).weightQuarters());
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      String id = "c" + (i + 1);
      // The first competencies go to distinct areas and seats, so that none is left empty.
      int area = i < areas ? i : d.area();
      int seat = i < seats ? i : d.seat();
      Competency.Builder c =
          Competency.builder().id(id).name("Competency " + id).area(ScoreInputs.area(area));
      for (int level : ScoreInputs.values(scale)) {
        c.putAnchors(level, "Anchor " + level);
      }
      plan.addCompetencies(c.build());
      seatCompetencies.get(seat).add(id);
      d.extraSeat().ifPresent(s -> seatCompetencies.get(s).add(id));
      if (i == 0 || d.required()) {
        CompetencyRequirement.Builder r =
            CompetencyRequirement.builder()
                .competencyId(id)
                .weight(ScoreInputs.weight(d.weightQuarters(), weightExponent, largest))
                .targetLevel(scale.hireLine());
        d.bar().ifPresent(r::mustHaveBar);
        profile.addRequirements(r.build());
      }
    }
    EvaluationStage.Builder stage = EvaluationStage.builder().id("panel").title("Panel");
    for (int s = 0; s < seats; s++) {
      String seatId = "s" + (s + 1);
      plan.addPanelRoles(
          PanelRole.builder()
              .id(seatId)
              .title("Seat " + seatId)
              .addAllCompetencies(seatCompetencies.get(s))
              .addScenarioPrompts("Walk through a production incident.")
              .build());
      stage.addPanelRoles(seatId);
    }
    expectation.ifPresent(profile::breadthDepth);
    return plan.profile(profile.build()).addStages(stage.build()).build();
  }

  /**
   * Scorecards for {@code plan}: per seat 0 to 2 interviewers (usually 1), each rating a competency
   * of the seat five times in six; a rating is the competency's level, or (unless {@code
   * unanimous}) a level of its own one time in three.
   */
  static Gen<List<Scorecard>> scorecards(InterviewPlan plan, boolean unanimous) {
    RatingScale scale = plan.scale();
    Gen<Integer> level = ScoreInputs.levelNearHireLine(scale);
    int competencies = plan.competencies().size();
    Gen<Optional<Integer>> rating =
        Gen.frequency(
            5,
            unanimous
                ? Gen.constant(Optional.<Integer>of(-1))
                : Gen.frequency(2, Gen.constant(Optional.of(-1)), 1, level.map(Optional::of)),
            1,
            Gen.constant(Optional.<Integer>empty()));
    Gen<Integer> interviewers =
        Gen.frequency(
            List.of(
                new Tuple.Pair<>(6, Gen.constant(1)),
                new Tuple.Pair<>(2, Gen.constant(2)),
                new Tuple.Pair<>(1, Gen.constant(0))));
    int seats = plan.panelRoles().size();
    return Gen.zip(
            Gen.lists(level, competencies, competencies),
            Gen.lists(interviewers, seats, seats),
            Gen.lists(Gen.lists(rating, competencies, competencies), 2 * seats, 2 * seats))
        .map(
            t -> {
              List<Scorecard> cards = new ArrayList<>();
              for (int s = 0; s < plan.panelRoles().size(); s++) {
                PanelRole seat = plan.panelRoles().get(s);
                for (int k = 0; k < t.second().get(s); k++) {
                  List<Optional<Integer>> drawn = t.third().get(2 * s + k);
                  Scorecard.Builder card =
                      card(plan, "i" + (s + 1) + "-" + (k + 1), seat.id(), cards.size());
                  for (String id : seat.competencies()) {
                    int c = index(plan, id);
                    Optional<Integer> r = drawn.get(c);
                    if (r.isPresent()) {
                      int value = r.get() < 0 ? t.first().get(c) : r.get();
                      card.rate(id, value, "Evidence for " + id + " at " + value);
                    }
                  }
                  cards.add(card.build());
                }
              }
              return List.copyOf(cards);
            });
  }

  static Scorecard.Builder card(InterviewPlan plan, String interviewer, String seat, int minute) {
    return Scorecard.builder()
        .candidateId("cand-1")
        .interviewerId(interviewer)
        .panelRoleId(seat)
        .planFingerprint(plan.fingerprint())
        .submittedAt(SUBMITTED.plusSeconds(60L * minute));
  }

  private static int index(InterviewPlan plan, String competencyId) {
    for (int i = 0; i < plan.competencies().size(); i++) {
      if (plan.competencies().get(i).id().equals(competencyId)) {
        return i;
      }
    }
    throw new IllegalStateException("no competency " + competencyId);
  }
}
