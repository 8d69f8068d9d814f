package dev.rubric.scoring.calibration;

import static dev.rubric.scoring.calibration.GeneratedHistoriesStudyTest.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.GeneratedHistoriesStudyTest.Outcome;
import dev.rubric.scoring.calibration.Histories.Recipe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Calibration checked from outside on generated histories of designs the other tests do not cover
 * (see {@link Histories} for the generator and {@link GeneratedHistoriesStudyTest#recipes()} for
 * the designs): occasional interviewers with 1 to 3 scorecards, unbalanced seat loads, a majority
 * of lenient interviewers, disconnected groups, candidates of different strength met by different
 * interviewers, scales of 2 and 10 levels, ratings at the scale's ends, several seats, and
 * histories with rejected, duplicate and superseded scorecards, reordered or relabelled.
 *
 * <p>Rates are counted over 100 histories with fixed seeds ({@code 7_000_000 + 10_000 (design index
 * + 1) + history}). The promise checked for histories where everyone is fair is the flag rule's
 * (Holm keeps the chance that anyone fair is named at most 5%) and the README's (at most 10% over
 * 200 histories): asserted as at most 8 of 100 histories, 5% plus a binomial tolerance of 1.4
 * standard deviations; the measured counts were 0 to 4. Powers are asserted about 10 points below
 * the measured share (stated per law).
 */
class GeneratedHistoriesTest {
  private static final int HISTORIES = 100;
  private static final Map<String, Recipe> RECIPES = GeneratedHistoriesStudyTest.recipes();
  private static final List<String> NAMES = new ArrayList<>(RECIPES.keySet());

  private static Recipe recipe(String name) {
    return java.util.Objects.requireNonNull(RECIPES.get(name), name);
  }

  private static Outcome run(String name) {
    return measure(recipe(name), HISTORIES, 7_000_000L + 10_000L * (NAMES.indexOf(name) + 1));
  }

  /**
   * Law: where everyone is fair, at most 8 of 100 histories name anyone, in every design: an
   * occasional interviewer with 1 to 3 scorecards, one interviewer meeting 60% of the candidates, a
   * scale of 2 levels (sparse) and of 10 (dense and sparse), ratings only at the scale's ends, one
   * interviewer meeting only strong candidates (measured: 0 to 4; the study also ran dense 2 levels
   * and the designs without a halo: 0 to 1).
   */
  @Test
  void fairInterviewersAreRarelyNamedInEveryDesign() {
    for (String name :
        List.of(
            "sparse occasional, halo 0.6",
            "unbalanced, all fair, halo 0.6",
            "2 levels, all fair, pair 0.25",
            "10 levels, all fair, pair 1.0",
            "10 levels, all fair, pair 0.25",
            "ends only (5 levels), all fair",
            "confounded: 0 meets only strong, all fair, halo 0.6")) {
      assertThat(run(name).fairNamed()).as(name).isLessThanOrEqualTo(8);
    }
  }

  /**
   * Law: with planted interviewers, fair colleagues are still rarely named (at most 10 of 100
   * histories; measured 0 to 4) and the planted are found where the data allow: a +0.5 interviewer
   * meeting 60% of the candidates in at least 85% of histories without a halo (measured 95%), a
   * +0.8 interviewer meeting few in 90% (99%), two occasional interviewers at +1.0 with 3
   * scorecards each in at least 45% without a halo (64 and 59%); three seats rating the same
   * competencies find a +0.8 interviewer in 90% (100%), a scale of 10 levels one at +1.8 in 85%
   * (94%). With a halo of 0.6 (the study, not asserted) the unbalanced design finds them in 47 and
   * 69%, the occasional ones in 12 to 18%.
   */
  @Test
  void plantedAreFoundAndFairColleaguesSpared() {
    record Expect(String name, double found) {}
    for (Expect e :
        List.of(
            new Expect("unbalanced, heavy +0.5, halo 0.0", 0.85),
            new Expect("unbalanced, light +0.8, halo 0.0", 0.90),
            new Expect("sparse occasional, 2 occasional +1.0, halo 0.0", 0.45),
            new Expect("3 seats sharing competencies, 1 at +0.8", 0.90),
            new Expect("10 levels, 1 at +1.8, pair 1.0", 0.85))) {
      Outcome o = run(e.name());
      assertThat(o.fairNamed()).as(e.name()).isLessThanOrEqualTo(10);
      double[] planted = recipe(e.name()).offsets();
      for (int i = 0; i < planted.length; i++) {
        if (planted[i] != 0) {
          assertThat((double) o.found()[i] / HISTORIES)
              .as("%s: planted %d", e.name(), i)
              .isGreaterThanOrEqualTo(e.found());
        }
      }
    }
  }

  /**
   * Law: two groups that share no candidate are measured apart. A group whose five interviewers all
   * rate 0.8 levels high is never flagged (there is nobody to compare them with), the report counts
   * two groups and numbers them by their first interviewer, and a lenient interviewer of the other
   * group is found against their own group in at least 85% of histories (measured 95%), with no
   * fair interviewer named.
   */
  @Test
  void disconnectedGroupsAreNeverComparedWithEachOther() {
    Recipe recipe = recipe("disconnected, A one +0.8, B all +0.8");
    for (int h = 0; h < 20; h++) {
      CalibrationReport report =
          GeneratedHistoriesStudyTest.CALIBRATION.calibrate(
              recipe.plan(), Histories.generate(new SplittableRandom(h), recipe));
      assertThat(report.comparableGroups()).isEqualTo(2);
      for (int i = 0; i < 10; i++) {
        Leniency l = report.interviewer(recipe.ids()[i]).orElseThrow().leniency();
        assertThat(l.group()).isEqualTo(i < 5 ? 1 : 2);
      }
    }
    Outcome o = run("disconnected, A one +0.8, B all +0.8");
    assertThat(o.fairNamed()).isZero();
    for (int i = 5; i < 10; i++) {
      assertThat(o.flagged()[i]).as("%d of the lenient group", i).isZero();
    }
    assertThat(o.found()[0]).isGreaterThanOrEqualTo(85);
  }

  /**
   * Law: the reference is the group's typical interviewer, not a fair one: when 6 of 8 rate 0.6
   * levels high, the two fair interviewers are the ones flagged (SEVERE) in most histories (at
   * least 80 of 100; measured 89 with a halo, 100 without) and the lenient majority almost never
   * (at most 5 each; measured 0 to 3). No history can tell a lenient majority from a severe
   * minority; the README says so.
   */
  @Test
  void aLenientMajorityIsTheReference() {
    for (String name :
        List.of("6 of 8 lenient +0.6, dense, halo 0.6", "6 of 8 lenient +0.6, dense, halo 0.0")) {
      Outcome o = run(name);
      assertThat(o.fairNamed()).as(name).isGreaterThanOrEqualTo(80);
      for (int i = 0; i < 6; i++) {
        assertThat(o.flagged()[i]).as("%s: lenient %d", name, i).isLessThanOrEqualTo(5);
      }
    }
  }

  /**
   * Law: an interviewer who meets only strong (or only weak) candidates is not called lenient (or
   * severe) for it: the candidate effects absorb the strength. All fair: no history names anyone;
   * with their only colleague on those candidates rating 0.8 high and the strong candidates 1.5
   * standard deviations above the rest, at most 10 of 100 histories name anyone fair (measured 10
   * and 4; the model is linear, and ratings piled at the scale's top hide differences: see the
   * README), and the lenient colleague is found in at least 85% (measured 94 and 99%).
   */
  @Test
  void strongCandidatesDoNotMakeALenientInterviewer() {
    assertThat(run("confounded: 0 meets only strong, all fair, halo 0.0").fairNamed()).isZero();
    for (String name :
        List.of(
            "confounded: 0 meets only 1.5 with 1 at +0.8",
            "confounded: 0 meets only -1.5 with 1 at +0.8")) {
      Outcome o = run(name);
      assertThat(o.fairNamed()).as(name).isLessThanOrEqualTo(10);
      assertThat(o.found()[1]).as(name).isGreaterThanOrEqualTo(85);
    }
  }

  /**
   * Law: the report is a function of the set of usable scorecards: reordering the history, renaming
   * the interviewers (which reorders them), or adding exact duplicates, superseded drafts and
   * invalid scorecards changes no interviewer's figures (offsets and standard errors to 1e-12
   * levels after renaming, since the sums run in a new order; exactly otherwise), and every added
   * scorecard is rejected with its cause.
   */
  @Test
  void orderLabelsAndRejectedScorecardsChangeNothing() {
    InterviewerCalibration calibration = GeneratedHistoriesStudyTest.CALIBRATION;
    for (String name :
        List.of(
            "sparse occasional, 2 occasional +1.0, halo 0.6",
            "unbalanced, heavy +0.5, halo 0.6",
            "disconnected, A one +0.8, B all +0.8")) {
      Recipe recipe = recipe(name);
      int n = recipe.ids().length;
      String[] renamed = new String[n];
      for (int i = 0; i < n; i++) {
        renamed[i] = String.format(Locale.ROOT, "p-%03d", n - 1 - i);
      }
      for (int h = 0; h < 5; h++) {
        List<Scorecard> history = Histories.generate(new SplittableRandom(h), recipe);
        CalibrationReport report = calibration.calibrate(recipe.plan(), history);

        List<Scorecard> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(h));
        assertThat(calibration.calibrate(recipe.plan(), shuffled)).as(name).isEqualTo(report);

        CalibrationReport relabelled =
            calibration.calibrate(
                recipe.plan(),
                Histories.generate(new SplittableRandom(h), recipe.withIds(renamed)));
        for (int i = 0; i < n; i++) {
          Leniency a = report.interviewer(recipe.ids()[i]).orElseThrow().leniency();
          Leniency b = relabelled.interviewer(renamed[i]).orElseThrow().leniency();
          assertThat(b.flag()).as("%s, %d", name, i).isEqualTo(a.flag());
          assertThat(b.comparisons()).isEqualTo(a.comparisons());
          if (a.offset().isDefined()) {
            assertThat(b.offset().value()).isCloseTo(a.offset().value(), within(1e-12));
            assertThat(b.standardError().value())
                .isCloseTo(a.standardError().value(), within(1e-12));
          }
        }

        List<Scorecard> noisy = new ArrayList<>(history);
        int added = 0;
        for (int i = 0; i < history.size(); i += 5) {
          Scorecard c = history.get(i);
          noisy.add(c);
          noisy.add(withLevel(c, c.candidateId(), c.submittedAt().minusSeconds(60), 4));
          noisy.add(withLevel(c, c.candidateId() + "-x", c.submittedAt(), 9));
          added += 3;
        }
        Collections.shuffle(noisy, new Random(h));
        CalibrationReport cleaned = calibration.calibrate(recipe.plan(), noisy);
        assertThat(cleaned.interviewers()).as(name).isEqualTo(report.interviewers());
        assertThat(cleaned.rejected()).hasSize(added);
        assertThat(cleaned.rejectionCauses())
            .containsOnlyKeys(
                InterviewerCalibration.DUPLICATE_SCORECARD,
                "SUPERSEDED_SCORECARD",
                "LEVEL_OUTSIDE_SCALE");
      }
    }
  }

  /**
   * Law: one more fair interviewer, who meets 20 more candidates with members of the pool, names no
   * more fair interviewers of the pool: over 60 sparse histories with a lenient +0.8 of 8, the
   * pool's seven fair interviewers are flagged no more often with the newcomer than without (a
   * tolerance of 2 flags over 420 chances).
   */
  @Test
  void oneMoreFairInterviewerNamesNoMoreFairOnes() {
    Recipe recipe = recipe("8 with 1 at +0.8, sparse");
    InterviewerCalibration calibration = GeneratedHistoriesStudyTest.CALIBRATION;
    int before = 0;
    int after = 0;
    for (int h = 0; h < 60; h++) {
      SplittableRandom random = new SplittableRandom(31_000 + h);
      List<Scorecard> history = Histories.generate(random, recipe);
      Recipe newcomer =
          new Recipe(
              recipe.plan(),
              new double[9],
              20,
              (r, c) -> new int[] {8, r.nextInt(8)},
              (c, m) -> 0,
              recipe.halo(),
              Histories.ids(9));
      List<Scorecard> more = new ArrayList<>(history);
      for (Scorecard c : Histories.generate(random, newcomer)) {
        more.add(Scorecard.builder().from(c).candidateId("new-" + c.candidateId()).build());
      }
      before += fairFlags(calibration.calibrate(recipe.plan(), history), recipe);
      after += fairFlags(calibration.calibrate(recipe.plan(), more), recipe);
    }
    assertThat(after).isLessThanOrEqualTo(before + 2);
  }

  /**
   * Law: ratings that never vary leave nothing to flag: every interviewer rating 3 everywhere has
   * offset 0, standard error 0, z 0 and is WITHIN_RANGE; the residual variance is 0.
   */
  @Test
  void constantRatingsFlagNobody() {
    Recipe recipe = recipe("unbalanced, all fair, halo 0.6");
    List<Scorecard> constant = new ArrayList<>();
    for (Scorecard c : Histories.generate(new SplittableRandom(4), recipe)) {
      constant.add(withLevel(c, c.candidateId(), c.submittedAt(), 3));
    }
    CalibrationReport report =
        GeneratedHistoriesStudyTest.CALIBRATION.calibrate(recipe.plan(), constant);
    assertThat(report.residualVariance().value()).isZero();
    for (InterviewerProfile p : report.interviewers()) {
      assertThat(p.leniency().offset().value()).isZero();
      assertThat(p.leniency().z().value()).isZero();
      assertThat(p.leniency().flag()).isEqualTo(LeniencyFlag.WITHIN_RANGE);
    }
  }

  /**
   * Law: a history of more interviewers than one calibration holds is refused with a sentence that
   * says how many, the limit and what to do, not with the equations' index range.
   */
  @Test
  void tooManyInterviewersAreRefusedWithTheCountAndTheLimit() {
    int n = LeniencyEquations.MAX_INTERVIEWERS + 1;
    Recipe alone =
        new Recipe(
            Histories.plan(4, 4, 1, true),
            new double[n],
            n,
            (r, c) -> new int[] {c},
            (c, m) -> 0,
            0,
            Histories.ids(n));
    List<Scorecard> history = Histories.generate(new SplittableRandom(1), alone);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> GeneratedHistoriesStudyTest.CALIBRATION.calibrate(alone.plan(), history))
        .withMessage(
            "the history names 4097 interviewers with usable scorecards; one calibration compares"
                + " at most 4096 (its equations hold a matrix of interviewers by interviewers):"
                + " calibrate each team's or period's history on its own");
  }

  private static int fairFlags(CalibrationReport report, Recipe recipe) {
    int flags = 0;
    for (int i = 0; i < recipe.offsets().length; i++) {
      if (recipe.fair(i)) {
        LeniencyFlag f = report.interviewer(recipe.ids()[i]).orElseThrow().leniency().flag();
        flags += f == LeniencyFlag.LENIENT || f == LeniencyFlag.SEVERE ? 1 : 0;
      }
    }
    return flags;
  }

  /**
   * {@code c} for {@code candidate}, submitted at {@code at}, with every rating at {@code level}.
   */
  private static Scorecard withLevel(Scorecard c, String candidate, Instant at, int level) {
    Scorecard.Builder b =
        Scorecard.builder().from(c).candidateId(candidate).submittedAt(at).ratings(List.of());
    c.ratings().forEach(r -> b.rate(r.competencyId(), level, "evidence"));
    return b.build();
  }
}
