package dev.rubric.cli;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.OverallScore;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The terminal report of an evaluation: the decision first with its reasons and figures, then the
 * per-competency table (score against target and must-have bar), the breadth/depth shape and gaps,
 * the consensus per competency, the debrief agenda with who rated what, and the scorecards used and
 * rejected. Plain text, no colour; every piece of text that came with the input is shown by {@link
 * VisibleText}, so a control character, an escape sequence or a bidirectional override in an id or
 * in evidence is printed as a visible escape ({@code \n}, {@code \}{@code u001b}). Stateless.
 */
final class TextReport {
  private TextReport() {}

  static String render(InterviewPlan plan, Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    Findings findings = evaluation.findings();
    line(
        out,
        "Candidate %s for %s (plan %s)",
        evaluation.candidateId().orElse("(none)"),
        plan.profile().title(),
        evaluation.planId());
    line(out, "");
    line(out, "DECISION: %s", evaluation.decision().outcome());
    for (Reason r : evaluation.decision().reasons()) {
      line(out, "  - %s", reason(r));
    }
    for (Reason r : evaluation.decision().advice()) {
      line(out, "  advice: %s", reason(r));
    }
    OverallScore overall = findings.overall();
    line(
        out,
        "Overall score: %s (strategy %s, aggregator %s)",
        number(overall.score()),
        overall.strategy(),
        findings.scores().aggregator());

    line(out, "");
    line(out, "COMPETENCIES");
    int width = 10;
    int areaWidth = 4;
    for (CompetencyScore s : findings.scores().scores()) {
      width = Math.max(width, VisibleText.of(s.competencyId()).length());
      areaWidth = Math.max(areaWidth, VisibleText.of(s.area()).length());
    }
    String row = "  %-" + width + "s  %-" + areaWidth + "s  %5s  %6s  %3s  %6s  %s";
    line(out, row, "competency", "area", "score", "target", "bar", "weight", "status");
    for (CompetencyScore s : findings.scores().scores()) {
      Optional<CompetencyRequirement> req = plan.profile().requirement(s.competencyId());
      line(
          out,
          row,
          s.competencyId(),
          s.area(),
          number(s.score()),
          req.map(q -> Integer.toString(q.targetLevel())).orElse("-"),
          req.flatMap(CompetencyRequirement::mustHaveBar).map(String::valueOf).orElse("-"),
          req.map(q -> format("%.2f", q.weight())).orElse("-"),
          status(s, req));
    }
    if (!overall.unscored().isEmpty()) {
      line(out, "  not rated: %s", String.join(", ", overall.unscored()));
    }

    line(out, "");
    Optional<BreadthDepthProfile> shape = findings.breadthDepth();
    if (shape.isPresent()) {
      BreadthDepthProfile p = shape.get();
      line(
          out,
          "BREADTH/DEPTH: %s (depth %s; breadth %d of %d areas required)",
          p.shape(),
          p.depthMet() ? "met" : "not met",
          p.breadthAreasMet(),
          p.breadthRequired());
      for (AreaScore a : p.areas()) {
        line(
            out,
            "  %-" + areaWidth + "s  %5s  (%d %s scored)",
            a.area(),
            number(a.score()),
            a.competenciesScored(),
            a.competenciesScored() == 1 ? "competency" : "competencies");
      }
      for (Gap g : p.gaps()) {
        line(
            out,
            "  gap: %s %s area below its bar %d by %.2f%s",
            g.area(),
            g.kind().name().toLowerCase(Locale.ROOT),
            g.bar(),
            g.shortfall(),
            g.supported() ? " (the organisation supports it)" : "");
      }
      if (!p.unassessedAreas().isEmpty()) {
        line(out, "  not assessed: %s", String.join(", ", p.unassessedAreas()));
      }
    } else {
      line(out, "BREADTH/DEPTH: the plan sets no breadth/depth expectation");
    }

    line(out, "");
    line(
        out,
        "CONSENSUS (%s; mean SD %s, mean rwg %s, %d %s across the hire line)",
        findings.consensus().measure(),
        number(findings.consensus().meanSd()),
        number(findings.consensus().meanRwg()),
        findings.consensus().splits(),
        findings.consensus().splits() == 1 ? "split" : "splits");
    for (CompetencyConsensus c : findings.consensus().competencies()) {
      line(
          out,
          "  %-" + width + "s  raters %d  sd %s  range %d  rwg %s%s  %s",
          c.competencyId(),
          c.raters(),
          number(c.sd()),
          c.range(),
          number(c.rwg()),
          c.rwgTruncated() ? " (truncated)" : "",
          c.split() ? "SPLIT" : "");
    }

    line(out, "");
    if (findings.consensus().agenda().isEmpty()) {
      line(out, "DEBRIEF AGENDA: nothing to discuss");
    } else {
      line(out, "DEBRIEF AGENDA");
      int i = 1;
      for (AgendaItem item : findings.consensus().agenda()) {
        line(out, "  %d. %s: %s", i++, item.competencyId(), item.why());
        line(out, "     rated by %s", raters(item.ratings()));
      }
    }

    line(out, "");
    if (TimelineSection.applies(findings.readiness().timeline(), evaluation.calibrationOnly())) {
      out.append(
          TimelineSection.text(findings.readiness().timeline(), evaluation.calibrationOnly()));
      out.append(TimelineSection.approval(plan)).append('\n');
      line(out, "");
    }
    line(
        out,
        "SCORECARDS: %d used, %d rejected",
        evaluation.used().size(),
        evaluation.rejected().size());
    for (ScorecardAccount a : evaluation.rejected()) {
      line(
          out,
          "  rejected: %s by %s (seat %s): %s",
          a.scorecard().candidateId(),
          a.scorecard().interviewerId(),
          a.scorecard().panelRoleId(),
          a.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
    return out.toString();
  }

  static String reason(Reason r) {
    StringBuilder s = new StringBuilder(r.code().name());
    r.subject().ifPresent(subject -> s.append(" [").append(subject).append(']'));
    if (!r.figures().isEmpty()) {
      s.append(' ').append(figures(r.figures()));
    }
    return s.append(": ").append(OneLineErrors.visible(r.sentence())).toString();
  }

  static String figures(Map<String, Double> figures) {
    return figures.entrySet().stream()
        .map(e -> e.getKey() + "=" + compact(e.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  static String raters(List<RaterLevel> ratings) {
    return ratings.stream()
        .map(r -> r.interviewerId() + " (" + r.panelRoleId() + ") " + r.level())
        .collect(Collectors.joining(", "));
  }

  static String status(CompetencyScore s, Optional<CompetencyRequirement> req) {
    if (s.score().isEmpty()) {
      return "not rated";
    }
    double score = s.score().getAsDouble();
    if (req.isEmpty()) {
      return "not required";
    }
    Optional<Integer> bar = req.get().mustHaveBar();
    if (bar.isPresent() && score < bar.get()) {
      return "must-have bar missed";
    }
    return score >= req.get().targetLevel() ? "meets target" : "below target";
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? format("%.2f", value.getAsDouble()) : "-";
  }

  static String compact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return format("%.3f", value);
  }

  /**
   * Appends one line: {@code template} (the report's own text) filled with {@code args}, every
   * string among them (ids, names, evidence, sentences: text that came with the input) shown by
   * {@link VisibleText}, so that no input can start a line, move the cursor or send an escape
   * sequence.
   */
  private static void line(StringBuilder out, String template, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? VisibleText.of(text) : args[i];
    }
    out.append(args.length == 0 ? template : format(template, shown)).append('\n');
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
