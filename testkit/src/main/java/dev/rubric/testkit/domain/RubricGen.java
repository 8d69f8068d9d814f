package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.testkit.Gen;
import java.util.List;
import java.util.Locale;

/**
 * The entry point to generators of Rubric's domain, to use with {@link
 * dev.rubric.testkit.PropertyCheck} or {@link dev.rubric.testkit.Property}.
 *
 * <pre>{@code
 * PropertyCheck.forAll(RubricGen.plans().flatMap(RubricGen::packetsFor))
 *     .check(packet -> assertThat(myRule.score(packet.plan(), packet.scorecards())).isBetween(1.0, 4.0));
 * }</pre>
 *
 * <p>Every valid value is valid by construction ({@code plan.validate()} has no error, {@code
 * scorecard.validateAgainst(plan)} has no error), also after shrinking; advisories may appear
 * (unanswered environment questions, missing anchors, unrated competencies, extreme ratings without
 * evidence, redundant seats). Broken variants carry the problem code they must trigger.
 *
 * <p>All methods are stateless and thread-safe; the generators they return are immutable.
 */
public final class RubricGen {
  private RubricGen() {}

  /**
   * {@return rating scales of 2-7 increasing levels (gaps allowed), labelled, with the hire line
   * inside}
   */
  public static Gen<RatingScale> scales() {
    return scales(2, 7);
  }

  /**
   * {@return rating scales of {@code [minLevels, maxLevels]} levels, with the hire line on one of
   * them}
   *
   * @param minLevels the fewest levels, inclusive
   * @param maxLevels the most levels, inclusive
   * @throws IllegalArgumentException unless {@code 2 <= minLevels <= maxLevels <= 7}
   */
  public static Gen<RatingScale> scales(int minLevels, int maxLevels) {
    PlanShape.standard().withLevels(minLevels, maxLevels);
    return PlanGenerator.scales(minLevels, maxLevels);
  }

  /**
   * {@return competencies for {@code scale}: a slug id, a name, one of the eight areas of the
   * hiring guide, anchors for some of the scale's levels, with or without a description}
   *
   * @param scale the rating scale
   */
  public static Gen<Competency> competencies(RatingScale scale) {
    requireNonNull(scale, "scale");
    return PlanGenerator.competencies(scale);
  }

  /** {@return valid plans of the {@link PlanShape#standard() standard} shape} */
  public static Gen<InterviewPlan> plans() {
    return plans(PlanShape.standard());
  }

  /**
   * {@return valid plans of {@code shape}: every required competency assessed by a seat, every seat
   * assessing something, weights finite and positive, targets and bars on the scale; with and
   * without must-have bars, breadth/depth expectations, stages, environment and ownership answers}
   *
   * @param shape the plan's shape: how many levels, competencies, areas and seats
   */
  public static Gen<InterviewPlan> plans(PlanShape shape) {
    requireNonNull(shape, "shape");
    return PlanGenerator.plans(shape);
  }

  /**
   * {@return valid plans of {@code shape} on the given scale}
   *
   * @param scale the rating scale
   * @param shape the plan's shape: how many levels, competencies, areas and seats
   */
  public static Gen<InterviewPlan> plans(RatingScale scale, PlanShape shape) {
    requireNonNull(scale, "scale");
    requireNonNull(shape, "shape");
    return PlanGenerator.plansOn(scale, shape);
  }

  /**
   * {@return scorecards valid against {@code plan}: any of its seats, some of the seat's
   * competencies rated (missing ratings allowed) on levels of its scale, with or without evidence
   * and overall recommendation, naming the plan's fingerprint}
   *
   * @param plan the interview plan
   */
  public static Gen<Scorecard> scorecardsFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.scorecardsFor(plan);
  }

  /**
   * {@return scorecards valid against {@code plan} that are hard to print and to tell apart, as
   * {@link #scorecardsFor} makes them otherwise} Candidate and interviewer ids that print as
   * themselves, as the model asks, but look like others or sit at the edges of what it accepts:
   * Cyrillic look-alikes of their Latin letters ({@code cаndidate-7} is not {@code candidate-7}),
   * spaces inside, Chinese, an emoji, a fullwidth digit, a precomposed accent and the longest a
   * JSON document may hold; evidence with look-alike and invisible characters, bidirectional
   * controls and line separators; and an interview time: none, before the submission, at the
   * instant the plan was approved or one second before it, or submitted at the instant the seat's
   * stage's feedback deadline falls due or one second after it (the last four with plans that have
   * approvals and deadlines, as {@link PlanShape#withProcess} makes them). A separate method, so
   * that {@link #scorecardsFor} keeps the values every existing seed gives; each part shrinks
   * toward the plain scorecard.
   *
   * @param plan the interview plan
   */
  public static Gen<Scorecard> hostileScorecardsFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.hostileScorecardsFor(plan);
  }

  /**
   * {@return one candidate's packet under {@code plan}, a scorecard per seat (shadow seats
   * included), each as {@link #hostileScorecardsFor} makes it: the candidate's id and every
   * interviewer's id, evidence and interview time hostile}
   *
   * @param plan the interview plan
   */
  public static Gen<Packet> hostilePacketsFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.hostilePacketsFor(plan);
  }

  /** {@return packets of valid plans} */
  public static Gen<Packet> packets() {
    return plans().flatMap(RubricGen::packetsFor);
  }

  /**
   * {@return one candidate's packet under {@code plan}: a scorecard per seat, each by that seat's
   * interviewer; with two or more seats, one seat is sometimes missing}
   *
   * @param plan the interview plan
   */
  public static Gen<Packet> packetsFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.packetsFor(plan);
  }

  /** {@return histories of valid plans} */
  public static Gen<History> histories() {
    return plans().flatMap(RubricGen::historiesFor);
  }

  /**
   * {@return histories under {@code plan}: 1-10 candidates; each seat staffed by 1-3 of ten
   * interviewers (so interviewers overlap across seats and candidates); a candidate sometimes skips
   * a seat or is seen by two interviewers in the same seat}
   *
   * @param plan the interview plan
   */
  public static Gen<History> historiesFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.historiesFor(plan);
  }

  /**
   * {@return histories under {@code plan} laid out as {@link #historiesFor} lays them out, with
   * hostile people and scorecards} Every candidate's and interviewer's id is drawn once per history
   * in one of the styles of {@link #hostileScorecardsFor} (Cyrillic look-alikes, spaces, Chinese,
   * an emoji, a fullwidth digit, a precomposed accent, the longest a JSON document may hold), so an
   * interviewer keeps one id across all their scorecards; in about one history in four the people
   * come in pairs of distinct ids that print alike ({@code candidate-1} and the same letters with a
   * Cyrillic {@code а}) or differ only in letter case ({@code candidate-3} and {@code
   * CANDIDATE-3}), so whatever groups, counts or prints people by id meets two that a reader cannot
   * tell apart. Each scorecard has hostile evidence and an interview time at the edges of the
   * process, as {@link #hostileScorecardsFor} gives them. Every scorecard is valid against the
   * plan; each part shrinks toward the plain history. A separate method, so that {@link
   * #historiesFor} keeps the values every existing seed gives.
   *
   * @param plan the interview plan
   */
  public static Gen<History> hostileHistoriesFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return ScorecardGenerator.hostileHistoriesFor(plan);
  }

  /**
   * {@return plans broken by one mutation of a valid standard plan; see {@link #brokenPlans(Gen)}}
   */
  public static Gen<BrokenPlan> brokenPlans() {
    return brokenPlans(plans());
  }

  /**
   * {@return plans broken by exactly one mutation of a plan from {@code valid}, each with the error
   * code it must trigger and its path: a duplicate competency or seat id, an unknown competency in
   * a seat or a requirement, a weight that is NaN, zero, negative or infinite, a target, must-have
   * bar, area bar, anchor or hire line off the scale, a scale of one level, a repeated or unordered
   * level, a required competency no seat assesses, a seat assessing nothing, an unknown depth,
   * breadth or supported area, breadthRequired out of range, a competency listed or required twice,
   * no requirements, a plan id that is no slug, a blank competency name, seatsPerCompetency below
   * one, a stage naming an unknown seat}
   *
   * @param valid plans without validation errors
   */
  public static Gen<BrokenPlan> brokenPlans(Gen<InterviewPlan> valid) {
    requireNonNull(valid, "valid");
    return Gen.zip(
            valid, Gen.elements(PlanMutation.values()), Gen.integers(0, 63), Gen.integers(0, 63))
        .map(q -> q.second().apply(q.first(), q.third(), q.fourth()));
  }

  /** {@return scorecards broken against valid standard plans; see {@link #brokenScorecardsFor}} */
  public static Gen<BrokenScorecard> brokenScorecards() {
    return plans().flatMap(RubricGen::brokenScorecardsFor);
  }

  /**
   * {@return scorecards valid against {@code plan} broken by exactly one mutation, each with the
   * error code it must trigger and its path: a fingerprint that is not the plan's, an unknown seat,
   * a rating of a competency outside the seat (or, when every seat assesses everything, of an
   * unknown competency), a level off the scale, a competency rated twice, a blank candidate or
   * interviewer id}
   *
   * @param plan the interview plan
   */
  public static Gen<BrokenScorecard> brokenScorecardsFor(InterviewPlan plan) {
    requireNonNull(plan, "plan");
    return Gen.zip(
            scorecardsFor(plan),
            Gen.elements(ScorecardMutation.values()),
            Gen.integers(0, 63),
            Gen.integers(0, 63))
        .map(
            q ->
                q.second()
                    .apply(plan, q.first(), q.third(), q.fourth())
                    .orElseGet(
                        () ->
                            ScorecardMutation.RATING_OF_UNKNOWN_COMPETENCY
                                .apply(plan, q.first(), q.third(), q.fourth())
                                .orElseThrow()));
  }

  /**
   * {@return units-by-raters matrices for the agreement statistics: {@code [minUnits, maxUnits]}
   * units, {@code raters} columns, ratings on levels {@code 1..levels} that agree with the unit's
   * true level more often than chance, each cell {@link Ratings#MISSING} with probability {@code
   * missingShare}} Shrinks toward fewer units, complete rows and perfect agreement on level 1.
   *
   * @param minUnits the fewest units, inclusive; at least 0
   * @param maxUnits the most units, inclusive
   * @param raters the number of columns (raters), at least 1
   * @param levels the number of levels: ratings run from 1 to {@code levels}; 1 to 256
   * @param missingShare the probability of each cell being missing, in {@code [0, 1]}
   * @throws IllegalArgumentException unless {@code 0 <= minUnits <= maxUnits}, {@code raters >= 1},
   *     {@code 1 <= levels <= 256} and {@code 0 <= missingShare <= 1}
   */
  public static Gen<int[][]> ratingMatrices(
      int minUnits, int maxUnits, int raters, int levels, double missingShare) {
    check(
        minUnits >= 0 && minUnits <= maxUnits,
        "units [%s, %s] must satisfy 0 <= min <= max",
        minUnits,
        maxUnits);
    check(raters >= 1, "raters (%s) must be >= 1", raters);
    check(levels >= 1 && levels <= Ratings.MAX_SPAN, "levels (%s) must be in [1, 256]", levels);
    check(
        missingShare >= 0 && missingShare <= 1,
        "missingShare (%s) must be in [0, 1]",
        missingShare);
    return RatingMatrices.matrices(minUnits, maxUnits, raters, levels, missingShare);
  }

  /**
   * {@return complete matrices (no missing cell); see {@link #ratingMatrices}}
   *
   * @param minUnits the fewest units, inclusive; at least 0
   * @param maxUnits the most units, inclusive
   * @param raters the number of columns (raters), at least 1
   * @param levels the number of levels: ratings run from 1 to {@code levels}; 1 to 256
   */
  public static Gen<int[][]> completeRatingMatrices(
      int minUnits, int maxUnits, int raters, int levels) {
    return ratingMatrices(minUnits, maxUnits, raters, levels, 0);
  }

  /**
   * {@return the names of every plan mutation {@link #brokenPlans} applies, for coverage checks}
   */
  public static List<String> planMutations() {
    return java.util.Arrays.stream(PlanMutation.values()).map(Enum::name).toList();
  }

  /** {@return the names of every scorecard mutation {@link #brokenScorecardsFor} applies} */
  public static List<String> scorecardMutations() {
    return java.util.Arrays.stream(ScorecardMutation.values()).map(Enum::name).toList();
  }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }
}
