package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.figure;
import static dev.rubric.scoring.Checks.figureBeside;

import com.google.common.collect.ImmutableMap;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Recommendation;
import dev.rubric.core.internal.util.Quoting;
import dev.rubric.scoring.agreement.Coefficient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The standard {@link DecisionPolicy}; its rules are documented on {@link
 * DecisionPolicy#standard(DecisionThresholds)}.
 */
final class StandardDecisionPolicy implements DecisionPolicy {
  static final StandardDecisionPolicy DEFAULT =
      new StandardDecisionPolicy(DecisionThresholds.defaults());

  private final DecisionThresholds thresholds;

  StandardDecisionPolicy(DecisionThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Refuses a {@link DecisionThresholds#hireThreshold()} outside {@code plan}'s scale: the weighted
   * score is a level on that scale, so above its top no candidate could be hired and below its
   * bottom every candidate clearing the other rules would be.
   *
   * @throws IllegalArgumentException naming the threshold, the plan and its scale
   */
  void checkAgainst(InterviewPlan plan) {
    if (thresholds.hireThreshold().isEmpty()) {
      return;
    }
    double t = thresholds.hireThreshold().getAsDouble();
    int min = plan.scale().min();
    int max = plan.scale().max();
    if (t < min || t > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "hireThreshold (%s) lies %s plan '%s''s scale, %d to %d: %s; give a threshold on"
                  + " the scale, or none for its hire line (%d)",
              figure(t),
              t > max ? "above" : "below",
              plan.id(),
              min,
              max,
              t > max ? "no candidate could be hired" : "every score would reach it",
              plan.scale().hireLine()));
    }
  }

  @Override
  public Decision decide(Findings f, InterviewPlan plan) {
    Objects.requireNonNull(f, "findings");
    Objects.requireNonNull(plan, "plan");
    List<Reason> advice = new ArrayList<>();
    advise(f, advice);
    List<Reason> reasons = incomplete(f, plan);
    if (!reasons.isEmpty()) {
      return finish(Outcome.INCOMPLETE, reasons, advice);
    }
    reasons = blocks(f);
    if (!reasons.isEmpty()) {
      return finish(Outcome.NO_HIRE, reasons, advice);
    }
    double threshold = thresholds.threshold(plan.scale());
    reasons = debrief(f, plan, threshold);
    if (!reasons.isEmpty()) {
      return finish(Outcome.NEEDS_DEBRIEF, reasons, advice);
    }
    OverallScore o = f.overall();
    if (!o.basis().usesThreshold() || !o.score().isDefined()) {
      return finish(
          Outcome.HIRE,
          List.of(
              reason(
                  ReasonCode.ALL_MUST_HAVE_BARS_MET,
                  null,
                  () -> ImmutableMap.of("bars", (double) o.bars().size()),
                  () -> "Every must-have bar is met (" + o.bars().size() + " bars).")),
          advice);
    }
    double score = o.score().value();
    Supplier<ImmutableMap<String, Double>> figures =
        () -> ImmutableMap.of("score", score, "threshold", threshold);
    if (score >= threshold) {
      return finish(
          Outcome.HIRE,
          List.of(
              reason(
                  ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD,
                  null,
                  figures,
                  () ->
                      "The weighted score "
                          + figure(score)
                          + " reaches the hire threshold "
                          + figure(threshold)
                          + ".")),
          advice);
    }
    return finish(
        Outcome.NO_HIRE,
        List.of(
            reason(
                ReasonCode.SCORE_BELOW_THRESHOLD,
                null,
                figures,
                () ->
                    "The weighted score "
                        + figureBeside(score, threshold)
                        + " is below the hire threshold "
                        + figure(threshold)
                        + ".")),
        advice);
  }

  /**
   * Whether {@code |score - threshold| < margin}, decided on the exact values of the three doubles:
   * the rounded difference of a score of 3.25 and a threshold of 3.1 may land on either side of a
   * margin of 0.15 where the exact one does not. The difference is taken exactly only when the
   * rounded one is within two units in the last place of the margin.
   */
  static boolean strictlyWithin(double score, double threshold, double margin) {
    double d = Math.abs(score - threshold);
    if (Math.abs(d - margin) > 2 * Math.ulp(Math.max(d, margin))) {
      return d < margin;
    }
    return new BigDecimal(score)
            .subtract(new BigDecimal(threshold))
            .abs()
            .compareTo(new BigDecimal(margin))
        < 0;
  }

  private static List<Reason> incomplete(Findings f, InterviewPlan plan) {
    List<Reason> out = new ArrayList<>();
    for (String seat : f.readiness().owedSeats()) {
      out.add(
          reason(
              ReasonCode.SEAT_OWES_SCORECARD,
              seat,
              () -> ImmutableMap.of(),
              () -> "Seat '" + seat + "' still owes a scorecard."));
    }
    for (String id : f.readiness().unratedRequirements()) {
      out.add(
          reason(
              ReasonCode.REQUIRED_COMPETENCY_UNRATED,
              id,
              () -> ImmutableMap.of(),
              () -> "Required competency '" + id + "' has no rating yet; it is not read as low."));
    }
    if (f.breadthDepth().isPresent() && !f.breadthDepth().get().unassessedAreas().isEmpty()) {
      BreadthDepthProfile p = f.breadthDepth().get();
      Set<String> depthAreas = new HashSet<>();
      plan.profile()
          .breadthDepth()
          .ifPresent(e -> e.depthAreas().forEach(a -> depthAreas.add(a.area())));
      for (String area : p.unassessedAreas()) {
        if (!p.breadthMet() || depthAreas.contains(area)) {
          out.add(
              reason(
                  ReasonCode.AREA_UNASSESSED,
                  area,
                  () -> ImmutableMap.of(),
                  () ->
                      "Area '" + area + "' has no rated competency, so its bar cannot be judged."));
        }
      }
    }
    return out;
  }

  private static List<Reason> blocks(Findings f) {
    List<Reason> out = new ArrayList<>();
    OverallScore o = f.overall();
    if (o.basis().gatesOnBars()) {
      List<BarCheck> bars = o.bars();
      for (int k = 0; k < bars.size(); k++) {
        BarCheck b = bars.get(k);
        if (!b.isMissed()) {
          continue;
        }
        double score = b.score().value();
        out.add(
            reason(
                ReasonCode.MUST_HAVE_BAR_MISSED,
                b.competencyId(),
                () ->
                    ImmutableMap.of(
                        "score", score, "bar", (double) b.bar(), "shortfall", b.bar() - score),
                () -> Concerns.barMissed(b, score) + "."));
      }
    }
    if (f.breadthDepth().isPresent()) {
      BreadthDepthProfile p = f.breadthDepth().get();
      int supportedBreadthGaps = 0;
      for (Gap g : p.gaps()) {
        if (g.kind() == GapKind.DEPTH && !g.supported()) {
          out.add(
              reason(
                  ReasonCode.DEPTH_GAP,
                  g.area(),
                  () -> ImmutableMap.of("score", g.score(), "bar", (double) g.bar()),
                  () ->
                      "Depth area '"
                          + g.area()
                          + "' scored "
                          + figureBeside(g.score(), g.bar())
                          + ", below its bar "
                          + g.bar()
                          + ", and the organisation does not support it."));
        } else if (g.kind() == GapKind.BREADTH && g.supported()) {
          supportedBreadthGaps++;
        }
      }
      if (!p.breadthMet() && p.breadthAreasMet() + supportedBreadthGaps < p.breadthRequired()) {
        int supported = supportedBreadthGaps;
        out.add(
            reason(
                ReasonCode.BREADTH_SHORTFALL,
                null,
                () ->
                    ImmutableMap.of(
                        "met",
                        (double) p.breadthAreasMet(),
                        "supportedGaps",
                        (double) supported,
                        "required",
                        (double) p.breadthRequired()),
                () ->
                    "Only "
                        + p.breadthAreasMet()
                        + " breadth areas reach their bar ("
                        + supported
                        + " more are supported by the organisation); the role needs "
                        + p.breadthRequired()
                        + "."));
      }
    }
    return out;
  }

  private List<Reason> debrief(Findings f, InterviewPlan plan, double threshold) {
    List<Reason> out = new ArrayList<>();
    List<CompetencyRequirement> requirements = plan.profile().requirements();
    int exponent = Weights.exponent(requirements); // a sum that cannot overflow (see Weights)
    double totalWeight = Weights.scaledTotal(requirements, exponent);
    for (int k = 0; k < requirements.size(); k++) {
      CompetencyRequirement r = requirements.get(k);
      Optional<CompetencyConsensus> c = f.consensus().get(r.competencyId());
      if (c.isEmpty()) {
        continue;
      }
      Coefficient rwg = c.get().rwg();
      if (r.isMustHave() && rwg.isDefined() && rwg.value() < thresholds.weakRwg()) {
        out.add(
            reason(
                ReasonCode.WEAK_CONSENSUS_ON_MUST_HAVE,
                r.competencyId(),
                () -> ImmutableMap.of("rwg", rwg.value(), "threshold", thresholds.weakRwg()),
                () ->
                    "The panel disagrees on must-have '"
                        + r.competencyId()
                        + "' (rwg "
                        + figure(rwg.value())
                        + ", below "
                        + figure(thresholds.weakRwg())
                        + ")."));
      }
      double share = Math.scalb(r.weight(), -exponent) / totalWeight;
      if (c.get().split() && share >= thresholds.heavyWeightShare()) {
        int min = RaterLevels.level(c.get().ratings(), 0);
        int max = RaterLevels.level(c.get().ratings(), c.get().ratings().size() - 1);
        out.add(
            reason(
                ReasonCode.SPLIT_ON_HEAVY_COMPETENCY,
                r.competencyId(),
                () ->
                    ImmutableMap.of(
                        "weightShare", share, "lowest", (double) min, "highest", (double) max),
                () ->
                    "Ratings of '"
                        + r.competencyId()
                        + "' (weight share "
                        + figure(share)
                        + ") split across the hire line, from "
                        + min
                        + " to "
                        + max
                        + "."));
      }
    }
    if (thresholds.recommendationSplitSendsToDebrief()) {
      recommendationSplit(f.recommendations()).ifPresent(out::add);
    }
    if (thresholds.strongNoSendsToDebrief()) {
      out.addAll(strongNo(f.recommendations()));
    }
    OverallScore o = f.overall();
    if (o.basis().usesThreshold() && o.score().isDefined()) {
      double score = o.score().value();
      if (strictlyWithin(score, threshold, thresholds.margin())) {
        out.add(
            reason(
                ReasonCode.SCORE_NEAR_THRESHOLD,
                null,
                () ->
                    ImmutableMap.of(
                        "score", score, "threshold", threshold, "margin", thresholds.margin()),
                () ->
                    "The weighted score "
                        + figure(score)
                        + " is within "
                        + figure(thresholds.margin())
                        + " of the hire threshold "
                        + figure(threshold)
                        + "."));
      }
    }
    return out;
  }

  /** {@link ReasonCode#RECOMMENDATION_SPLIT} when the recommendations straddle the hire line. */
  private static Optional<Reason> recommendationSplit(PanelRecommendations r) {
    int positive = 0;
    int negative = 0;
    List<InterviewerRecommendation> all = r.interviewers();
    for (int k = 0; k < all.size(); k++) {
      Optional<Recommendation> given = all.get(k).recommendation();
      if (given.isPresent()) {
        if (given.get().isPositive()) {
          positive++;
        } else {
          negative++;
        }
      }
    }
    if (positive == 0 || negative == 0) {
      return Optional.empty(); // no split: PanelRecommendations.split() is false
    }
    double rwg = r.rwg().orElse(0);
    int toHire = positive;
    int notTo = negative;
    return Optional.of(
        reason(
            ReasonCode.RECOMMENDATION_SPLIT,
            null,
            () ->
                ImmutableMap.of(
                    "positive", (double) toHire, "negative", (double) notTo, "rwg", rwg),
            () ->
                "The interviewers' overall recommendations split across the hire line: "
                    + toHire
                    + " to hire, "
                    + notTo
                    + " not to (rwg "
                    + figure(rwg)
                    + ")."));
  }

  /** One {@link ReasonCode#STRONG_NO_RECOMMENDATION} per interviewer who gave {@code strong_no}. */
  private static List<Reason> strongNo(PanelRecommendations r) {
    List<InterviewerRecommendation> all = r.interviewers();
    int strong = 0;
    for (int k = 0; k < all.size(); k++) {
      if (isStrongNo(all.get(k))) {
        strong++;
      }
    }
    if (strong == 0) {
      return List.of();
    }
    double count = strong;
    List<Reason> out = new ArrayList<>(strong);
    for (int k = 0; k < all.size(); k++) {
      InterviewerRecommendation i = all.get(k);
      if (isStrongNo(i)) {
        out.add(
            reason(
                ReasonCode.STRONG_NO_RECOMMENDATION,
                i.interviewerId(),
                () -> ImmutableMap.of("strongNo", count),
                () ->
                    "Interviewer "
                        + Quoting.quoted(i.interviewerId())
                        + " (seat '"
                        + i.panelRoleId()
                        + "') recommends strong no; hear why before deciding."));
      }
    }
    return out;
  }

  private static boolean isStrongNo(InterviewerRecommendation i) {
    Optional<Recommendation> given = i.recommendation();
    return given.isPresent() && given.get() == Recommendation.STRONG_NO;
  }

  private void advise(Findings f, List<Reason> advice) {
    OverallScore o = f.overall();
    if (!o.basis().gatesOnBars()) {
      List<BarCheck> bars = o.bars();
      for (int k = 0; k < bars.size(); k++) {
        BarCheck b = bars.get(k);
        if (!b.isMissed()) {
          continue;
        }
        double score = b.score().value();
        advice.add(
            reason(
                ReasonCode.MUST_HAVE_BAR_COMPENSATED,
                b.competencyId(),
                () -> ImmutableMap.of("score", score, "bar", (double) b.bar()),
                () ->
                    Concerns.barMissed(b, score)
                        + "; the compensatory strategy lets the other competencies make up for it."));
      }
    }
    if (f.breadthDepth().isPresent()) {
      List<Gap> gaps = f.breadthDepth().get().gaps();
      for (int k = 0; k < gaps.size(); k++) {
        Gap g = gaps.get(k);
        Supplier<ImmutableMap<String, Double>> figures = Concerns.gapFigures(g);
        if (g.supported()) {
          advice.add(
              reason(
                  ReasonCode.SUPPORTED_AREA_GAP,
                  g.area(),
                  figures,
                  () ->
                      "Area '"
                          + g.area()
                          + "' scored "
                          + figureBeside(g.score(), g.bar())
                          + ", below its bar "
                          + g.bar()
                          + "; the organisation supports it, so this is advice, not a"
                          + " block."));
        } else if (g.kind() == GapKind.BREADTH) {
          advice.add(
              reason(
                  ReasonCode.BREADTH_GAP,
                  g.area(),
                  figures,
                  () ->
                      "Breadth area '"
                          + g.area()
                          + "' scored "
                          + figureBeside(g.score(), g.bar())
                          + ", below its bar "
                          + g.bar()
                          + "."));
        }
      }
    }
    if (!thresholds.recommendationSplitSendsToDebrief()) {
      recommendationSplit(f.recommendations()).ifPresent(advice::add);
    }
    if (!thresholds.strongNoSendsToDebrief()) {
      advice.addAll(strongNo(f.recommendations()));
    }
    Concerns.addContradictions(f.recommendations(), advice);
    List<AgendaItem> agenda = f.consensus().agenda();
    for (int k = 0; k < agenda.size(); k++) {
      AgendaItem item = agenda.get(k);
      advice.add(
          reason(
              ReasonCode.DISPUTED_COMPETENCY,
              item.competencyId(),
              () -> ImmutableMap.of(),
              () -> "Discuss '" + item.competencyId() + "' in the debrief. " + item.why()));
    }
  }

  private static Decision finish(Outcome outcome, List<Reason> reasons, List<Reason> advice) {
    return Decision.of(outcome, reasons, advice);
  }

  /** A reason whose sentence is written when it is first read. */
  private static Reason reason(
      ReasonCode code,
      @Nullable String subject,
      Supplier<ImmutableMap<String, Double>> figures,
      Supplier<String> sentence) {
    return Reason.rendered(code, subject, figures, sentence);
  }

  @Override
  public String name() {
    return "standard";
  }

  @Override
  public String toString() {
    return "standard" + thresholds;
  }
}
