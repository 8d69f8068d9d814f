package dev.rubric.cli;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import java.text.BreakIterator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report for people: one self-contained HTML file (inline CSS and SVG, no scripts, no network)
 * with the decision and its reasons ({@code id="decision"}), an SVG chart of each competency's
 * score against its target and must-have bar ({@code svg id="competency-chart"}), the breadth/depth
 * shape ({@code id="breadth-depth"}), consensus per competency ({@code id="consensus"}), the
 * debrief agenda ({@code id="agenda"}) and the scorecards used and rejected ({@code
 * id="scorecards"}). Every piece of user text is HTML-escaped. Stateless.
 */
final class HtmlReport {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final int LABEL_WIDTH = 260;
  private static final int PLOT_WIDTH = 520;
  private static final int ROW_HEIGHT = 28;

  /** The longest competency name, in grapheme clusters, printed whole beside its bar. */
  static final int NAME_GRAPHEMES = 36;

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;"
          + "color:#1d2330;max-width:1100px}"
          + "h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;"
          + "border-bottom:1px solid #d5d9e0;padding-bottom:.2rem}"
          + ".meta{color:#5a6170}"
          + "#decision{border-radius:8px;padding:1rem 1.2rem;margin-top:1rem;"
          + "border:2px solid #8a93a3;background:#f4f6f9}"
          + "#decision.outcome-hire{border-color:#2e7d32;background:#edf7ee}"
          + "#decision.outcome-no-hire{border-color:#c62828;background:#fdeeee}"
          + "#decision.outcome-needs-debrief{border-color:#ef8f00;background:#fff6e5}"
          + ".outcome{font-size:1.6rem;font-weight:700;letter-spacing:.03em}"
          + "table{border-collapse:collapse;margin-top:.5rem}"
          + "th,td{text-align:left;padding:.25rem .7rem;border-bottom:1px solid #e4e7ec}"
          + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
          + ".split{color:#c62828;font-weight:600}.code{font-family:monospace;font-size:.9em}"
          + ".legend span{margin-right:1.2rem}";

  private HtmlReport() {}

  static String render(InterviewPlan plan, Evaluation evaluation) {
    Findings findings = evaluation.findings();
    StringBuilder h = new StringBuilder(16_384);
    String candidate = evaluation.candidateId().orElse("(no candidate)");
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Rubric report: ")
        .append(e(candidate))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Candidate ")
        .append(e(candidate))
        .append("</h1>\n<p class=\"meta\">")
        .append(e(plan.profile().title()))
        .append(" &middot; plan <span class=\"code\">")
        .append(e(evaluation.planId()))
        .append("</span></p>\n");
    decision(h, evaluation);
    chart(h, plan, findings);
    breadthDepth(h, findings);
    consensus(h, plan, findings);
    agenda(h, plan, findings);
    if (TimelineSection.applies(
        evaluation.findings().readiness().timeline(), evaluation.calibrationOnly())) {
      h.append(
          TimelineSection.html(
              evaluation.findings().readiness().timeline(), evaluation.calibrationOnly()));
    }
    scorecards(h, evaluation);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void decision(StringBuilder h, Evaluation evaluation) {
    String outcome = evaluation.decision().outcome().name();
    h.append("<section id=\"decision\" class=\"outcome-")
        .append(outcome.toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\" data-outcome=\"")
        .append(outcome)
        .append("\">\n<div class=\"outcome\">")
        .append(outcome.replace('_', ' '))
        .append("</div>\n<p>Overall score ")
        .append(TextReport.number(evaluation.findings().overall().score()))
        .append(" (")
        .append(e(evaluation.findings().overall().strategy()))
        .append(")</p>\n<ul id=\"reasons\">\n");
    for (Reason r : evaluation.decision().reasons()) {
      reason(h, r, "reason");
    }
    for (Reason r : evaluation.decision().advice()) {
      reason(h, r, "advice");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void reason(StringBuilder h, Reason r, String cls) {
    h.append("<li class=\"")
        .append(cls)
        .append("\" data-code=\"")
        .append(r.code().name())
        .append("\"><span class=\"code\">")
        .append(r.code().name())
        .append("</span>");
    r.subject().ifPresent(s -> h.append(" <strong>").append(e(s)).append("</strong>"));
    if (!r.figures().isEmpty()) {
      h.append(" <span class=\"meta\">")
          .append(e(TextReport.figures(r.figures())))
          .append("</span>");
    }
    h.append(cls.equals("advice") ? " (advice)" : "")
        .append(": ")
        .append(e(r.sentence()))
        .append("</li>\n");
  }

  private static void chart(StringBuilder h, InterviewPlan plan, Findings findings) {
    List<CompetencyScore> scores = findings.scores().scores();
    int min = plan.scale().min();
    int max = plan.scale().max();
    int height = 40 + ROW_HEIGHT * scores.size() + 30;
    int width = LABEL_WIDTH + PLOT_WIDTH + 40;
    h.append("<h2>Competencies: score, target and must-have bar</h2>\n")
        .append("<svg id=\"competency-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Competency scores against targets and bars\">\n")
        .append("<style>text{font:12px system-ui,sans-serif;fill:#1d2330}</style>\n");
    for (int level = min; level <= max; level++) {
      double x = x(level, min, max);
      h.append(
          TextReport.format(
              "<line x1=\"%.1f\" y1=\"24\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e7ec\"/>"
                  + "<text x=\"%.1f\" y=\"16\" text-anchor=\"middle\">%d</text>\n",
              x, x, height - 26, x, level));
    }
    int y = 32;
    for (CompetencyScore s : scores) {
      Optional<CompetencyRequirement> req = plan.profile().requirement(s.competencyId());
      String name =
          plan.competency(s.competencyId()).map(Competency::name).orElse(s.competencyId());
      h.append("<g class=\"competency\" data-competency=\"")
          .append(e(s.competencyId()))
          .append("\">")
          .append(
              TextReport.format(
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LABEL_WIDTH - 8, y + 14))
          .append(e(shorten(name)))
          .append("</text>");
      boolean missed =
          s.score().isPresent()
              && req.flatMap(CompetencyRequirement::mustHaveBar)
                  .map(b -> s.score().getAsDouble() < b)
                  .orElse(false);
      if (s.score().isPresent()) {
        double score = s.score().getAsDouble();
        h.append(
            TextReport.format(
                "<rect class=\"score\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"3\""
                    + " fill=\"%s\"><title>score %.2f</title></rect>"
                    + "<text x=\"%.1f\" y=\"%d\">%.2f</text>",
                LABEL_WIDTH,
                y + 2,
                Math.max(1, x(score, min, max) - LABEL_WIDTH),
                missed ? "#e57373" : "#5c8fd6",
                score,
                (double) LABEL_WIDTH + PLOT_WIDTH + 6,
                y + 14,
                score));
      } else {
        h.append(
            TextReport.format(
                "<text x=\"%d\" y=\"%d\" fill=\"#8a93a3\">not rated</text>",
                LABEL_WIDTH + 4, y + 14));
      }
      int stacked = 0;
      int previous = Integer.MIN_VALUE;
      for (RaterLevel r :
          s.ratings().stream().sorted(Comparator.comparingInt(RaterLevel::level)).toList()) {
        stacked = r.level() == previous ? stacked + 1 : 0;
        previous = r.level();
        h.append(
                TextReport.format(
                    "<circle class=\"rating\" cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#ffffff\""
                        + " stroke=\"#1d2330\" stroke-width=\"1.5\"><title>",
                    x(r.level(), min, max) + 9 * stacked, y + 10))
            .append(e(r.interviewerId() + " (" + r.panelRoleId() + "): " + r.level()))
            .append("</title></circle>");
      }
      if (req.isPresent()) {
        double tx = x(req.get().targetLevel(), min, max);
        h.append(
            TextReport.format(
                "<line class=\"target\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                    + " stroke=\"#1d2330\" stroke-width=\"2\" stroke-dasharray=\"3 2\">"
                    + "<title>target %d</title></line>",
                tx, y - 2, tx, y + 22, req.get().targetLevel()));
        Optional<Integer> bar = req.get().mustHaveBar();
        if (bar.isPresent()) {
          double bx = x(bar.get(), min, max);
          h.append(
              TextReport.format(
                  "<path class=\"bar\" d=\"M%.1f %d l-5 -7 h10 z\" fill=\"#c62828\">"
                      + "<title>must-have bar %d</title></path>",
                  bx, y + 2, bar.get()));
        }
      }
      h.append("</g>\n");
      y += ROW_HEIGHT;
    }
    h.append(
            TextReport.format(
                "<text x=\"%d\" y=\"%d\">bar: score &#183; circle: one interviewer's rating &#183;"
                    + " dashed line: target &#183; red triangle: must-have bar &#183; red bar: bar"
                    + " missed</text>\n",
                20, height - 8))
        .append("</svg>\n");
  }

  private static double x(double level, int min, int max) {
    double lo = min - 0.5;
    double hi = max + 0.25;
    return LABEL_WIDTH + (level - lo) / (hi - lo) * PLOT_WIDTH;
  }

  /**
   * {@code name} cut to at most {@value #NAME_GRAPHEMES} user-perceived characters (grapheme
   * clusters, by {@link BreakIterator#getCharacterInstance(Locale)}), the last replaced by an
   * ellipsis when it is cut. Cutting between clusters never splits a surrogate pair (an emoji) or
   * separates a letter from its combining marks, so the result is always valid UTF-16 text.
   */
  static String shorten(String name) {
    BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
    clusters.setText(name);
    int keep = 0; // the end of the first NAME_GRAPHEMES - 1 clusters
    int count = 0;
    for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
      count++;
      if (count == NAME_GRAPHEMES - 1) {
        keep = end;
      } else if (count > NAME_GRAPHEMES) {
        return name.substring(0, keep) + "\u2026";
      }
    }
    return name; // NAME_GRAPHEMES clusters or fewer: nothing to cut
  }

  private static void breadthDepth(StringBuilder h, Findings findings) {
    h.append("<section id=\"breadth-depth\">\n<h2>Breadth and depth</h2>\n");
    Optional<BreadthDepthProfile> profile = findings.breadthDepth();
    if (profile.isEmpty()) {
      h.append("<p>The plan sets no breadth/depth expectation.</p>\n</section>\n");
      return;
    }
    BreadthDepthProfile p = profile.get();
    h.append("<p>Shape: <strong class=\"shape\">")
        .append(p.shape().name().replace('_', '-'))
        .append("</strong> &middot; depth ")
        .append(p.depthMet() ? "met" : "not met")
        .append(" &middot; breadth ")
        .append(p.breadthAreasMet())
        .append(" of ")
        .append(p.breadthRequired())
        .append(" areas required</p>\n<table><tr><th>area</th><th class=\"num\">score</th>")
        .append("<th class=\"num\">competencies scored</th></tr>\n");
    for (AreaScore a : p.areas()) {
      h.append("<tr><td>")
          .append(e(a.area()))
          .append("</td><td class=\"num\">")
          .append(TextReport.number(a.score()))
          .append("</td><td class=\"num\">")
          .append(a.competenciesScored())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!p.gaps().isEmpty()) {
      h.append("<ul class=\"gaps\">\n");
      for (Gap g : p.gaps()) {
        h.append("<li>")
            .append(e(g.area()))
            .append(": ")
            .append(g.kind().name().toLowerCase(Locale.ROOT))
            .append(" area ")
            .append(TextReport.format("%.2f below its bar %d", g.shortfall(), g.bar()))
            .append(g.supported() ? " (supported by the organisation)" : "")
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!p.unassessedAreas().isEmpty()) {
      h.append("<p>Not assessed: ")
          .append(e(String.join(", ", p.unassessedAreas())))
          .append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static void consensus(StringBuilder h, InterviewPlan plan, Findings findings) {
    h.append("<section id=\"consensus\">\n<h2>Consensus per competency</h2>\n")
        .append("<table><tr><th>competency</th><th class=\"num\">raters</th>")
        .append("<th class=\"num\">SD</th><th class=\"num\">range</th>")
        .append("<th class=\"num\">rwg</th><th>ratings</th><th></th></tr>\n");
    for (CompetencyConsensus c : findings.consensus().competencies()) {
      h.append("<tr data-competency=\"")
          .append(e(c.competencyId()))
          .append("\"><td>")
          .append(e(name(plan, c.competencyId())))
          .append("</td><td class=\"num\">")
          .append(c.raters())
          .append("</td><td class=\"num\">")
          .append(TextReport.number(c.sd()))
          .append("</td><td class=\"num\">")
          .append(c.range())
          .append("</td><td class=\"num\">")
          .append(TextReport.number(c.rwg()))
          .append("</td><td>")
          .append(e(TextReport.raters(c.ratings())))
          .append("</td><td>")
          .append(c.split() ? "<span class=\"split\">split</span>" : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void agenda(StringBuilder h, InterviewPlan plan, Findings findings) {
    h.append("<section id=\"agenda\">\n<h2>Debrief agenda</h2>\n");
    List<AgendaItem> items = findings.consensus().agenda();
    if (items.isEmpty()) {
      h.append("<p>Nothing to discuss.</p>\n</section>\n");
      return;
    }
    h.append("<ol>\n");
    for (AgendaItem item : items) {
      h.append("<li data-competency=\"")
          .append(e(item.competencyId()))
          .append("\"><strong>")
          .append(e(name(plan, item.competencyId())))
          .append("</strong>: ")
          .append(e(item.why()))
          .append("<br><span class=\"meta\">rated by ")
          .append(e(TextReport.raters(item.ratings())))
          .append("</span></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static void scorecards(StringBuilder h, Evaluation evaluation) {
    h.append("<section id=\"scorecards\">\n<h2>Scorecards</h2>\n<p>")
        .append(evaluation.used().size())
        .append(" used, ")
        .append(evaluation.rejected().size())
        .append(" rejected</p>\n");
    if (!evaluation.rejected().isEmpty()) {
      h.append("<ul class=\"rejected\">\n");
      for (ScorecardAccount a : evaluation.rejected()) {
        h.append("<li>")
            .append(e(a.scorecard().interviewerId()))
            .append(" (")
            .append(e(a.scorecard().panelRoleId()))
            .append(") for ")
            .append(e(a.scorecard().candidateId()))
            .append(": ");
        for (Problem p : a.problems()) {
          h.append("<span class=\"code\">").append(e(p.code())).append("</span> ");
          h.append(e(p.message())).append(' ');
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static String name(InterviewPlan plan, String competencyId) {
    return plan.competency(competencyId).map(Competency::name).orElse(competencyId);
  }

  private static String e(String text) {
    return ESCAPE.escape(text);
  }
}
