package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.figureBeside;

import com.google.common.collect.ImmutableMap;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.internal.util.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The concerns of {@link Decision#concerns()}, read from the findings whatever the outcome: the
 * required competencies below target (a missed must-have bar instead, where there is one), the area
 * gaps, and the recommendations that contradict their ratings. Stateless.
 */
final class Concerns {
  private Concerns() {}

  /**
   * {@code decision} with {@code moreAdvice} after its advice, and the concerns of {@code
   * findings}, then the policy's own not listed: the decision the evaluation reports, built once.
   * The concerns are listed on first use (they never change the outcome), from values that never
   * change.
   */
  static Decision attach(
      Decision decision, Findings findings, InterviewPlan plan, List<Reason> moreAdvice) {
    List<Reason> advice = decision.advice();
    if (!moreAdvice.isEmpty()) {
      advice = new ArrayList<>(advice);
      advice.addAll(moreAdvice);
    }
    return Decision.listing(
        decision.outcome(), decision.reasons(), advice, () -> listed(decision, findings, plan));
  }

  /** The concerns of {@code findings}, then those of {@code decision} not already listed. */
  private static List<Reason> listed(Decision decision, Findings findings, InterviewPlan plan) {
    List<Reason> concerns = of(findings, plan);
    for (Reason r : decision.concerns()) {
      if (!concerns.contains(r)) {
        concerns.add(r);
      }
    }
    return List.copyOf(concerns);
  }

  static List<Reason> of(Findings f, InterviewPlan plan) {
    List<Reason> out = new ArrayList<>();
    List<CompetencyRequirement> reqs = plan.profile().requirements();
    for (int i = 0; i < reqs.size(); i++) {
      CompetencyRequirement r = reqs.get(i);
      Optional<CompetencyScore> s = f.scores().get(r.competencyId(), i);
      if (s.isEmpty() || !s.get().score().isDefined()) {
        continue;
      }
      double score = s.get().score().value();
      Optional<Integer> bar = r.mustHaveBar();
      if (bar.isPresent() && score < bar.get()) {
        out.add(
            reason(
                ReasonCode.MUST_HAVE_BAR_MISSED,
                r.competencyId(),
                () ->
                    ImmutableMap.of(
                        "score", score, "bar", (double) bar.get(), "shortfall", bar.get() - score),
                () ->
                    "Must-have '"
                        + r.competencyId()
                        + "' scored "
                        + figureBeside(score, bar.get())
                        + ", below its bar "
                        + bar.get()
                        + "."));
      } else if (score < r.targetLevel()) {
        out.add(
            reason(
                ReasonCode.COMPETENCY_BELOW_TARGET,
                r.competencyId(),
                () ->
                    ImmutableMap.of(
                        "score",
                        score,
                        "target",
                        (double) r.targetLevel(),
                        "shortfall",
                        r.targetLevel() - score),
                () ->
                    "'"
                        + r.competencyId()
                        + "' scored "
                        + figureBeside(score, r.targetLevel())
                        + ", below its target "
                        + r.targetLevel()
                        + "; probe it in a follow-up or in references."));
      }
    }
    if (f.breadthDepth().isPresent()) {
      List<Gap> gaps = f.breadthDepth().get().gaps();
      for (int k = 0; k < gaps.size(); k++) {
        Gap g = gaps.get(k);
        Supplier<ImmutableMap<String, Double>> figures = gapFigures(g);
        ReasonCode code =
            g.supported()
                ? ReasonCode.SUPPORTED_AREA_GAP
                : g.kind() == GapKind.DEPTH ? ReasonCode.DEPTH_GAP : ReasonCode.BREADTH_GAP;
        out.add(
            reason(
                code,
                g.area(),
                figures,
                () ->
                    (g.kind() == GapKind.DEPTH ? "Depth" : "Breadth")
                        + " area '"
                        + g.area()
                        + "' scored "
                        + figureBeside(g.score(), g.bar())
                        + ", below its bar "
                        + g.bar()
                        + (g.supported() ? "; the organisation supports it." : ".")));
      }
    }
    addContradictions(f.recommendations(), out);
    return out;
  }

  /** Adds to {@code out} the contradiction of each interviewer whose recommendation has one. */
  static void addContradictions(PanelRecommendations recommendations, List<Reason> out) {
    List<InterviewerRecommendation> interviewers = recommendations.interviewers();
    for (int k = 0; k < interviewers.size(); k++) {
      if (interviewers.get(k).contradictsRatings()) {
        out.add(contradiction(interviewers.get(k)));
      }
    }
  }

  /** The {@link ReasonCode#RECOMMENDATION_CONTRADICTS_RATINGS} reason for {@code r}. */
  static Reason contradiction(InterviewerRecommendation r) {
    dev.rubric.core.Recommendation given = r.recommendation().orElseThrow();
    return reason(
        ReasonCode.RECOMMENDATION_CONTRADICTS_RATINGS,
        r.interviewerId(),
        () ->
            ImmutableMap.of(
                "recommendation",
                (double) given.level(),
                "ratingsBelowHireLine",
                (double) r.ratingsBelowHireLine(),
                "ratingsAtOrAboveHireLine",
                (double) r.ratingsAtOrAboveHireLine()),
        () ->
            "Interviewer "
                + Quoting.quoted(r.interviewerId())
                + " (seat '"
                + r.panelRoleId()
                + "') recommends "
                + given.label().toLowerCase(java.util.Locale.ROOT)
                + ", yet every one of their "
                + (r.ratingsBelowHireLine() + r.ratingsAtOrAboveHireLine())
                + " ratings is "
                + (given.isPositive() ? "below" : "at or above")
                + " the hire line.");
  }

  /** A reason whose sentence is written when it is first read. */
  private static Reason reason(
      ReasonCode code,
      String subject,
      Supplier<ImmutableMap<String, Double>> figures,
      Supplier<String> sentence) {
    return Reason.rendered(code, subject, figures, sentence);
  }

  /** The figures of a breadth or depth gap: its score, its bar and the shortfall. */
  static Supplier<ImmutableMap<String, Double>> gapFigures(Gap g) {
    return () ->
        ImmutableMap.of("score", g.score(), "bar", (double) g.bar(), "shortfall", g.shortfall());
  }

  /** The start of a sentence on a missed must-have bar, up to the bar, without a full stop. */
  static String barMissed(BarCheck b, double score) {
    return "Must-have '"
        + b.competencyId()
        + "' scored "
        + figureBeside(score, b.bar())
        + ", below its bar "
        + b.bar();
  }
}
