package dev.rubric.cli;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.InterviewerRecommendation;
import dev.rubric.scoring.PanelRecommendations;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report for people: one self-contained HTML file (inline CSS and SVG, no scripts, no network,
 * a print stylesheet) with the decision and its reasons, each sentence first and its code in small
 * type ({@code id="decision"}), the concerns ({@code id="concerns"}), the interviewers' overall
 * recommendations ({@code id="recommendations"}), an SVG chart of each competency's score against
 * its target and must-have bar, bars starting at the scale's lowest level and full names wrapped
 * ({@code svg id="competency-chart"}), every rating with its interviewer, level label, anchor and
 * evidence ({@code id="ratings"}), the breadth/depth shape ({@code id="breadth-depth"}), consensus
 * on competencies with two or more raters and on the recommendations ({@code id="consensus"}), the
 * debrief agenda with both sides' evidence and follow-up questions ({@code id="agenda"}) and the
 * scorecards used, with advice on their evidence, and rejected ({@code id="scorecards"}). Every
 * piece of user text is HTML-escaped. Stateless.
 */
final class HtmlReport {
  private static final int LABEL_WIDTH = 260;
  private static final int PLOT_WIDTH = 520;
  private static final int ROW_HEIGHT = 28;
  private static final int LINE_HEIGHT = 14;

  /** The longest competency name, in grapheme clusters, printed whole beside its bar. */
  static final int NAME_GRAPHEMES = 36;

  static final String STYLE =
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
          + ".legend span{margin-right:1.2rem}"
          + "small.code{color:#5a6170;font-size:.78em;margin-left:.4rem}"
          + ".rating{margin:.35rem 0 .6rem 0}.anchor{color:#5a6170;font-style:italic}"
          + ".evidence{white-space:pre-wrap;margin:.15rem 0 0 1rem;border-left:3px solid #d5d9e0;"
          + "padding-left:.6rem}"
          + ".sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}"
          + ".side{border:1px solid #e4e7ec;border-radius:6px;padding:.5rem .8rem}"
          + ".side h4{margin:.2rem 0 .4rem 0;font-size:.95rem}"
          + ".prompts li{margin:.2rem 0}"
          + "@media print{body{margin:0;max-width:none;font-size:10.5pt;color:#000}"
          + "h2{break-after:avoid}section,li,tr,.side,.rating{break-inside:avoid}"
          + "#decision{background:none!important}.sides{grid-template-columns:1fr 1fr}"
          + "svg{max-width:100%;height:auto}a{color:#000;text-decoration:none}}";

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
    ReportRatings shown = new ReportRatings(plan, evaluation);
    decision(h, plan, evaluation);
    concerns(h, evaluation);
    recommendations(h, findings);
    chart(h, plan, findings);
    ratings(h, plan, findings, shown);
    breadthDepth(h, plan, findings);
    consensus(h, plan, findings);
    agenda(h, findings, shown);
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

  private static void decision(StringBuilder h, InterviewPlan plan, Evaluation evaluation) {
    String outcome = evaluation.decision().outcome().name();
    h.append("<section id=\"decision\" class=\"outcome-")
        .append(outcome.toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\" data-outcome=\"")
        .append(outcome)
        .append("\">\n<div class=\"outcome\">")
        .append(outcome.replace('_', ' '))
        .append("</div>\n<p>Overall score ")
        .append(
            TextReport.numberBeside(
                evaluation.findings().overall().score(), plan.scale().hireLine()))
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

  /** The sentence first, then the code, subject and figures in small type. */
  private static void reason(StringBuilder h, Reason r, String cls) {
    h.append("<li class=\"")
        .append(cls)
        .append("\" data-code=\"")
        .append(r.code().name())
        .append("\">")
        .append(cls.equals("advice") ? "<em>Advice:</em> " : "")
        .append(e(r.sentence()))
        .append(" <small class=\"code\">")
        .append(r.code().name());
    r.subject().ifPresent(s -> h.append(' ').append(e(s)));
    if (!r.figures().isEmpty()) {
      h.append(' ').append(e(TextReport.figures(r.figures())));
    }
    h.append("</small></li>\n");
  }

  private static void concerns(StringBuilder h, Evaluation evaluation) {
    h.append("<section id=\"concerns\">\n<h2>Concerns to probe, whatever the decision</h2>\n");
    List<Reason> concerns = evaluation.decision().concerns();
    if (concerns.isEmpty()) {
      h.append("<p>None.</p>\n</section>\n");
      return;
    }
    h.append("<ul>\n");
    for (Reason r : concerns) {
      reason(h, r, "concern");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void recommendations(StringBuilder h, Findings findings) {
    PanelRecommendations r = findings.recommendations();
    h.append("<section id=\"recommendations\">\n<h2>Interviewers' overall recommendations</h2>\n");
    if (r.given().isEmpty()) {
      h.append("<p>No interviewer gave an overall recommendation.</p>\n</section>\n");
      return;
    }
    h.append("<p>");
    boolean first = true;
    for (Map.Entry<Recommendation, Integer> c : r.counts().entrySet()) {
      h.append(first ? "" : " &middot; ")
          .append(c.getValue())
          .append(' ')
          .append(c.getKey().label().toLowerCase(Locale.ROOT));
      first = false;
    }
    h.append(r.split() ? " &middot; <span class=\"split\">split across the hire line</span>" : "")
        .append("</p>\n<table><tr><th>interviewer</th><th>seat</th><th>recommendation</th>")
        .append("<th></th></tr>\n");
    for (InterviewerRecommendation i : r.interviewers()) {
      h.append("<tr data-interviewer=\"")
          .append(e(i.interviewerId()))
          .append("\"><td>")
          .append(e(i.interviewerId()))
          .append("</td><td>")
          .append(e(i.panelRoleId()))
          .append("</td><td>")
          .append(i.recommendation().map(x -> x.label()).orElse("none"))
          .append("</td><td>")
          .append(
              i.contradictsRatings()
                  ? "<span class=\"split\">contradicts their own ratings</span>"
                  : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void ratings(
      StringBuilder h, InterviewPlan plan, Findings findings, ReportRatings shown) {
    h.append("<section id=\"ratings\">\n<h2>Ratings with their anchors and evidence</h2>\n");
    for (CompetencyScore s : findings.scores().scores()) {
      if (s.ratings().isEmpty()) {
        continue;
      }
      h.append("<h3 data-competency=\"")
          .append(e(s.competencyId()))
          .append("\">")
          .append(e(shown.name(s.competencyId())))
          .append(" <small class=\"code\">")
          .append(e(s.competencyId()))
          .append(" &middot; score ")
          .append(
              TextReport.numberBeside(
                  s.score(), TextReport.references(plan.profile().requirement(s.competencyId()))))
          .append("</small></h3>\n");
      for (ReportRatings.Shown r : shown.show(s.competencyId(), s.ratings())) {
        rating(h, r);
      }
    }
    h.append("</section>\n");
  }

  /** One rating: who, the level and its label, the anchor for that level, the evidence. */
  private static void rating(StringBuilder h, ReportRatings.Shown r) {
    h.append("<div class=\"rating\" data-interviewer=\"")
        .append(e(r.interviewerId()))
        .append("\"><strong>")
        .append(HtmlText.id(r.interviewerId()))
        .append("</strong> (")
        .append(e(r.panelRoleId()))
        .append("): ")
        .append(r.level())
        .append(' ')
        .append(e(r.label()));
    r.anchor()
        .ifPresent(
            a -> h.append(" &middot; <span class=\"anchor\">").append(e(a)).append("</span>"));
    // The report's own words in <em>: evidence, escaped, cannot hold an element, so evidence
    // reading "(no evidence written)" is not taken for none.
    h.append("<div class=\"evidence\">")
        .append(
            r.evidence().isBlank()
                ? "<em class=\"no-evidence\">no evidence written</em>"
                : e(r.evidence().strip()))
        .append("</div></div>\n");
  }

  private static void chart(StringBuilder h, InterviewPlan plan, Findings findings) {
    List<CompetencyScore> scores = findings.scores().scores();
    int min = plan.scale().min();
    int max = plan.scale().max();
    int lines = 0;
    for (CompetencyScore s : scores) {
      lines += rowLines(plan, s);
    }
    int height = 40 + ROW_HEIGHT * scores.size() + LINE_HEIGHT * (lines - scores.size()) + 30;
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
      List<String> wrapped = wrap(name, NAME_GRAPHEMES);
      h.append("<g class=\"competency\" data-competency=\"")
          .append(e(s.competencyId()))
          .append("\">")
          .append(
              TextReport.format(
                  "<text class=\"name\" x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                  LABEL_WIDTH - 8, y + 14))
          .append("<title>")
          .append(e(name))
          .append("</title>");
      for (int k = 0; k < wrapped.size(); k++) {
        h.append(
                TextReport.format(
                    "<tspan x=\"%d\" dy=\"%d\">", LABEL_WIDTH - 8, k == 0 ? 0 : LINE_HEIGHT))
            .append(e(wrapped.get(k)))
            .append("</tspan>");
      }
      h.append("</text>");
      boolean missed =
          s.score().isDefined()
              && req.flatMap(CompetencyRequirement::mustHaveBar)
                  .map(b -> s.score().value() < b)
                  .orElse(false);
      if (s.score().isDefined()) {
        double score = s.score().value();
        String shownScore = TextReport.numberBeside(s.score(), TextReport.references(req));
        h.append(
            TextReport.format(
                "<rect class=\"score\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"3\""
                    + " fill=\"%s\"><title>score %s</title></rect>"
                    + "<text x=\"%.1f\" y=\"%d\">%s</text>",
                LABEL_WIDTH,
                y + 2,
                Math.max(1, x(score, min, max) - x(min, min, max)),
                missed ? "#e57373" : "#5c8fd6",
                shownScore,
                (double) LABEL_WIDTH + PLOT_WIDTH + 6,
                y + 14,
                shownScore));
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
            .append(HtmlText.id(r.interviewerId()))
            .append(e(" (" + r.panelRoleId() + "): " + r.level()))
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
      y += ROW_HEIGHT + LINE_HEIGHT * (wrapped.size() - 1);
    }
    h.append(
            TextReport.format(
                "<text x=\"%d\" y=\"%d\">bar: score &#183; circle: one interviewer's rating &#183;"
                    + " dashed line: target &#183; red triangle: must-have bar &#183; red bar: bar"
                    + " missed</text>\n",
                20, height - 8))
        .append("</svg>\n");
  }

  /** The x of {@code level}: the scale's lowest level at the plot's left edge, where bars start. */
  private static double x(double level, int min, int max) {
    double lo = min;
    double hi = max + 0.25;
    return LABEL_WIDTH + (level - lo) / (hi - lo) * PLOT_WIDTH;
  }

  private static int rowLines(InterviewPlan plan, CompetencyScore s) {
    return wrap(
            plan.competency(s.competencyId()).map(Competency::name).orElse(s.competencyId()),
            NAME_GRAPHEMES)
        .size();
  }

  /**
   * {@code name} in lines of at most {@code width} user-perceived characters, broken between words
   * where it can ({@link BreakIterator#getLineInstance}) and between grapheme clusters inside a
   * word longer than a line; nothing is cut, and no line splits a surrogate pair or combining mark.
   */
  static List<String> wrap(String name, int width) {
    List<String> lines = new ArrayList<>();
    BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
    words.setText(name);
    StringBuilder line = new StringBuilder();
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String word = name.substring(start, end);
      if (graphemes(line.toString() + word.stripTrailing()) <= width) {
        line.append(word);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      while (graphemes(word.stripTrailing()) > width) {
        int cut = graphemeOffset(word, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line.append(word);
    }
    if (line.toString().strip().length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private static int graphemes(String text) {
    BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
    clusters.setText(text);
    int count = 0;
    while (clusters.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  private static int graphemeOffset(String text, int clustersWanted) {
    BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
    clusters.setText(text);
    int at = clusters.first();
    for (int k = 0; k < clustersWanted; k++) {
      int next = clusters.next();
      if (next == BreakIterator.DONE) {
        return text.length();
      }
      at = next;
    }
    return at;
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

  private static void breadthDepth(StringBuilder h, InterviewPlan plan, Findings findings) {
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
          .append(TextReport.numberBeside(a.score(), TextReport.areaBars(plan, a.area())))
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
            .append(TextReport.shortfall(g.shortfall()))
            .append(TextReport.format(" below its bar %d", g.bar()))
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
    h.append("<section id=\"consensus\">\n<h2>Consensus</h2>\n")
        .append("<table><tr><th>competency</th><th class=\"num\">raters</th>")
        .append("<th class=\"num\">SD</th><th class=\"num\">range</th>")
        .append("<th class=\"num\">rwg</th><th>ratings</th><th></th></tr>\n");
    List<String> single = new ArrayList<>();
    for (CompetencyConsensus c : findings.consensus().competencies()) {
      if (c.raters() < 2) {
        single.add(name(plan, c.competencyId()));
        continue;
      }
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
          .append(HtmlText.escapeShown(TextReport.raters(c.ratings())))
          .append("</td><td>")
          .append(c.split() ? "<span class=\"split\">split</span>" : "")
          .append("</td></tr>\n");
    }
    PanelRecommendations r = findings.recommendations();
    if (r.given().size() >= 2) {
      h.append("<tr class=\"recommendations\"><td>Overall recommendations</td><td class=\"num\">")
          .append(r.given().size())
          .append("</td><td></td><td></td><td class=\"num\">")
          .append(TextReport.number(r.rwg()))
          .append("</td><td></td><td>")
          .append(r.split() ? "<span class=\"split\">split</span>" : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!single.isEmpty()) {
      h.append("<p class=\"one-rater\">One rater: no agreement to measure for ")
          .append(e(String.join(", ", single)))
          .append(".</p>\n");
    }
    h.append("</section>\n");
  }

  private static void agenda(StringBuilder h, Findings findings, ReportRatings shown) {
    h.append("<section id=\"agenda\">\n<h2>Debrief agenda</h2>\n");
    List<AgendaItem> items = findings.consensus().agenda();
    if (items.isEmpty()) {
      h.append("<p>Nothing to discuss.</p>\n</section>\n");
      return;
    }
    h.append("<ol>\n");
    for (AgendaItem item : items) {
      boolean split = shown.split(item);
      h.append("<li data-competency=\"")
          .append(e(item.competencyId()))
          .append("\"><strong>")
          .append(e(shown.name(item.competencyId())))
          .append("</strong>: ")
          .append(e(item.why()))
          .append("\n<div class=\"sides\"><div class=\"side lower\"><h4>")
          .append(split ? "Below the hire line" : "Lower ratings")
          .append("</h4>\n");
      for (ReportRatings.Shown r : shown.lowerSide(item)) {
        rating(h, r);
      }
      h.append("</div><div class=\"side higher\"><h4>")
          .append(split ? "At or above the hire line" : "Higher ratings")
          .append("</h4>\n");
      for (ReportRatings.Shown r : shown.higherSide(item)) {
        rating(h, r);
      }
      h.append("</div></div>\n");
      List<String> prompts = shown.followUps(item.competencyId());
      if (!prompts.isEmpty()) {
        h.append("<p>Follow-up questions:</p><ul class=\"prompts\">");
        for (String prompt : prompts) {
          h.append("<li>").append(e(prompt)).append("</li>");
        }
        h.append("</ul>\n");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static void scorecards(StringBuilder h, Evaluation evaluation) {
    h.append("<section id=\"scorecards\">\n<h2>Scorecards</h2>\n<p>")
        .append(evaluation.used().size())
        .append(" used, ")
        .append(evaluation.rejected().size())
        .append(" rejected")
        .append(
            evaluation.calibrationOnly().isEmpty()
                ? ""
                : ", " + evaluation.calibrationOnly().size() + " calibration only")
        .append("</p>\n");
    StringBuilder advice = new StringBuilder();
    for (ScorecardAccount a : evaluation.scorecards()) {
      for (Problem p : a.used() ? a.problems() : List.<Problem>of()) {
        if (!p.isError()) {
          advice
              .append("<li data-code=\"")
              .append(e(p.code()))
              .append("\">")
              .append(HtmlText.id(a.scorecard().interviewerId()))
              .append(" (")
              .append(e(a.scorecard().panelRoleId()))
              .append("): ")
              .append(e(p.message()))
              .append(" <small class=\"code\">")
              .append(e(p.code()))
              .append(' ')
              .append(e(p.path()))
              .append("</small></li>\n");
        }
      }
    }
    if (advice.length() > 0) {
      h.append("<p>Advice on the scorecards used:</p>\n<ul class=\"evidence-advice\">\n")
          .append(advice)
          .append("</ul>\n");
    }
    accountList(h, "calibration-only", evaluation.calibrationOnly());
    accountList(h, "rejected", evaluation.rejected());
    h.append("</section>\n");
  }

  /**
   * The scorecards of {@code accounts}, each with every problem, as a list of class {@code css}.
   */
  private static void accountList(StringBuilder h, String css, List<ScorecardAccount> accounts) {
    if (!accounts.isEmpty()) {
      h.append("<ul class=\"").append(css).append("\">\n");
      for (ScorecardAccount a : accounts) {
        h.append("<li>")
            .append(HtmlText.id(a.scorecard().interviewerId()))
            .append(" (")
            .append(HtmlText.id(a.scorecard().panelRoleId()))
            .append(") for ")
            .append(HtmlText.id(a.scorecard().candidateId()))
            .append(": ");
        for (Problem p : a.problems()) {
          h.append("<span class=\"code\">").append(e(p.code())).append("</span> ");
          h.append(e(p.message())).append(' ');
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static String name(InterviewPlan plan, String competencyId) {
    return plan.competency(competencyId).map(Competency::name).orElse(competencyId);
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }
}
