package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.figure;
import static dev.rubric.scoring.Checks.format;

import com.google.common.collect.ImmutableMap;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The concerns of {@link Decision#concerns()}, read from the findings whatever the outcome: the
 * required competencies below target (a missed must-have bar instead, where there is one), the area
 * gaps, and the recommendations that contradict their ratings. Stateless.
 */
final class Concerns {
  private Concerns() {}

  /** {@code decision} with the concerns of {@code findings}, then the policy's own not listed. */
  static Decision attach(Decision decision, Findings findings, InterviewPlan plan) {
    List<Reason> concerns = of(findings, plan);
    for (Reason r : decision.concerns()) {
      if (!concerns.contains(r)) {
        concerns.add(r);
      }
    }
    return Decision.of(decision.outcome(), decision.reasons(), decision.advice(), concerns);
  }

  static List<Reason> of(Findings f, InterviewPlan plan) {
    List<Reason> out = new ArrayList<>();
    for (CompetencyRequirement r : plan.profile().requirements()) {
      Optional<CompetencyScore> s = f.scores().get(r.competencyId());
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
                ImmutableMap.of(
                    "score", score, "bar", (double) bar.get(), "shortfall", bar.get() - score),
                format(
                    "Must-have '%s' scored %s, below its bar %d.",
                    r.competencyId(), figure(score), bar.get())));
      } else if (score < r.targetLevel()) {
        out.add(
            reason(
                ReasonCode.COMPETENCY_BELOW_TARGET,
                r.competencyId(),
                ImmutableMap.of(
                    "score",
                    score,
                    "target",
                    (double) r.targetLevel(),
                    "shortfall",
                    r.targetLevel() - score),
                format(
                    "'%s' scored %s, below its target %d; probe it in a follow-up or in"
                        + " references.",
                    r.competencyId(), figure(score), r.targetLevel())));
      }
    }
    f.breadthDepth()
        .ifPresent(
            p -> {
              for (Gap g : p.gaps()) {
                ImmutableMap<String, Double> figures =
                    ImmutableMap.of(
                        "score", g.score(), "bar", (double) g.bar(), "shortfall", g.shortfall());
                ReasonCode code =
                    g.supported()
                        ? ReasonCode.SUPPORTED_AREA_GAP
                        : g.kind() == GapKind.DEPTH ? ReasonCode.DEPTH_GAP : ReasonCode.BREADTH_GAP;
                out.add(
                    reason(
                        code,
                        g.area(),
                        figures,
                        format(
                            "%s area '%s' scored %s, below its bar %d%s.",
                            g.kind() == GapKind.DEPTH ? "Depth" : "Breadth",
                            g.area(),
                            figure(g.score()),
                            g.bar(),
                            g.supported() ? "; the organisation supports it" : "")));
              }
            });
    for (InterviewerRecommendation r : f.recommendations().contradictions()) {
      out.add(contradiction(r));
    }
    return out;
  }

  /** The {@link ReasonCode#RECOMMENDATION_CONTRADICTS_RATINGS} reason for {@code r}. */
  static Reason contradiction(InterviewerRecommendation r) {
    dev.rubric.core.Recommendation given = r.recommendation().orElseThrow();
    return reason(
        ReasonCode.RECOMMENDATION_CONTRADICTS_RATINGS,
        r.interviewerId(),
        ImmutableMap.of(
            "recommendation",
            (double) given.level(),
            "ratingsBelowHireLine",
            (double) r.ratingsBelowHireLine(),
            "ratingsAtOrAboveHireLine",
            (double) r.ratingsAtOrAboveHireLine()),
        format(
            "Interviewer '%s' (seat '%s') recommends %s, yet every one of their %d ratings is %s"
                + " the hire line.",
            r.interviewerId(),
            r.panelRoleId(),
            given.label().toLowerCase(java.util.Locale.ROOT),
            r.ratingsBelowHireLine() + r.ratingsAtOrAboveHireLine(),
            given.isPositive() ? "below" : "at or above"));
  }

  private static Reason reason(
      ReasonCode code, String subject, ImmutableMap<String, Double> figures, String sentence) {
    return Reason.of(code, Optional.of(subject), figures, sentence);
  }
}
