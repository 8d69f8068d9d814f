package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ScorecardValidator;
import dev.rubric.core.ValidationReport;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.domain.BrokenPlan;
import dev.rubric.testkit.domain.BrokenScorecard;
import dev.rubric.testkit.domain.RubricGen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The rules compiled once per plan ({@link ScorecardValidator#compile}), which every evaluation
 * uses, agree with the full validation ({@link Scorecard#validateAgainst}) on every scorecard:
 * valid ones, ones with advice, ones broken by each generated mutation, ones with hidden characters
 * in their ids, and scorecards read against broken plans.
 */
class ScorecardRulesLaws {
  /** Ways to spoil a scorecard that the broken-scorecard generators do not cover. */
  private static final List<BiFunction<InterviewPlan, Scorecard, Scorecard>> SPOILERS =
      List.of(
          (plan, card) -> card,
          (plan, card) -> Scorecard.builder().from(card).candidateId("cand\u202e-1").build(),
          (plan, card) -> Scorecard.builder().from(card).interviewerId("ann\tlee").build(),
          (plan, card) -> Scorecard.builder().from(card).interviewerId("\t").build(),
          (plan, card) -> Scorecard.builder().from(card).panelRoleId("seat\u0000").build(),
          (plan, card) -> withRatings(card, dropFirst(card.ratings())),
          (plan, card) -> withRatings(card, withoutEvidence(card.ratings())),
          (plan, card) -> withRatings(card, shifted(card.ratings(), plan.scale().max() + 1)),
          (plan, card) -> withRatings(card, hiddenCompetency(card.ratings())));

  static Gen<Pair<InterviewPlan, Scorecard>> validPlansAndCards() {
    return RubricGen.plans()
        .flatMap(
            plan ->
                Gen.zip(RubricGen.scorecardsFor(plan), Gen.elements(SPOILERS))
                    .map(q -> new Pair<>(plan, q.second().apply(plan, q.first()))));
  }

  static Gen<BrokenScorecard> brokenScorecards() {
    return RubricGen.brokenScorecards();
  }

  /** A scorecard valid against a plan, read against that plan broken by one mutation. */
  static Gen<Pair<InterviewPlan, Scorecard>> brokenPlansAndCards() {
    return RubricGen.plans()
        .flatMap(
            plan ->
                Gen.zip(RubricGen.brokenPlans(Gen.constant(plan)), RubricGen.scorecardsFor(plan))
                    .map(
                        q -> {
                          BrokenPlan broken = q.first();
                          Scorecard card =
                              Scorecard.builder()
                                  .from(q.second())
                                  .planFingerprint(broken.plan().fingerprint())
                                  .build();
                          return new Pair<>(broken.plan(), card);
                        }));
  }

  @Property(tries = 400)
  void compiledRulesAgreeWithTheFullValidation(
      @ForAll("validPlansAndCards") Pair<InterviewPlan, Scorecard> pair) {
    agree(pair.first(), pair.second());
  }

  @Property(tries = 300)
  void compiledRulesAgreeOnEveryBrokenScorecard(
      @ForAll("brokenScorecards") BrokenScorecard broken) {
    agree(broken.plan(), broken.scorecard());
  }

  @Property(tries = 300)
  void compiledRulesAgreeUnderBrokenPlans(
      @ForAll("brokenPlansAndCards") Pair<InterviewPlan, Scorecard> pair) {
    agree(pair.first(), pair.second());
  }

  /** The law: same report, and clean exactly when the full validation finds nothing at all. */
  private static void agree(InterviewPlan plan, Scorecard card) {
    ValidationReport full = card.validateAgainst(plan);
    ScorecardValidator compiled = ScorecardValidator.compile(plan);

    assertThat(compiled.validate(card)).isEqualTo(full);
    assertThat(compiled.isClean(card)).isEqualTo(full.problems().isEmpty());
  }

  private static Scorecard withRatings(Scorecard card, List<Rating> ratings) {
    return Scorecard.builder().from(card).ratings(ratings).build();
  }

  private static List<Rating> dropFirst(List<Rating> ratings) {
    return ratings.isEmpty() ? ratings : ratings.subList(1, ratings.size());
  }

  private static List<Rating> withoutEvidence(List<Rating> ratings) {
    List<Rating> out = new ArrayList<>();
    for (Rating r : ratings) {
      out.add(Rating.of(r.competencyId(), r.level(), " "));
    }
    return out;
  }

  private static List<Rating> shifted(List<Rating> ratings, int level) {
    List<Rating> out = new ArrayList<>(ratings);
    if (!out.isEmpty()) {
      Rating r = out.get(out.size() - 1);
      out.set(out.size() - 1, Rating.of(r.competencyId(), level, r.evidence()));
    }
    return out;
  }

  private static List<Rating> hiddenCompetency(List<Rating> ratings) {
    List<Rating> out = new ArrayList<>(ratings);
    if (!out.isEmpty()) {
      Rating r = out.get(0);
      out.set(0, Rating.of(r.competencyId() + "\u2028", r.level(), r.evidence()));
    }
    return out;
  }
}
