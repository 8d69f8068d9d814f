package dev.rubric.cli;

import dev.rubric.core.Problem;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.CompetencyReliability;
import dev.rubric.scoring.calibration.Diagnostic;
import dev.rubric.scoring.calibration.EvidenceTally;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.scoring.calibration.Leniency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of {@code rubric calibrate}: one self-contained page (inline style, no script,
 * nothing fetched) with the summary and flag rule ({@code id="summary"}), the comparable groups
 * ({@code id="groups"}), leniency ({@code id="leniency"}, with the ids that mix scripts),
 * rejections per cause ({@code id="rejected"}), scale use ({@code id="scale-use"}) and panel sizing
 * ({@code id="panel-sizing"}). Every piece of user text is HTML-escaped. Stateless.
 */
final class CalibrationHtml {

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;"
          + "color:#1d2330;max-width:1100px}"
          + "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;"
          + "border-bottom:1px solid #d5d9e0;padding-bottom:.2rem}"
          + "table{border-collapse:collapse;margin-top:.5rem}"
          + "th,td{text-align:left;padding:.25rem .7rem;border-bottom:1px solid #e4e7ec}"
          + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
          + "tr.flagged td{font-weight:600;background:#fff6e5}.rule{color:#5a6170}";

  private CalibrationHtml() {}

  static String render(CalibrationReport report) {
    return render(report, List.of());
  }

  /** The page, with a section counting evidence advice per interviewer ({@code evidence}). */
  static String render(CalibrationReport report, List<EvidenceTally> evidence) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Interviewer calibration</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Interviewer calibration</h1>\n");
    h.append("<section id=\"summary\">\n<p>")
        .append(
            f(
                "%d scorecards given, %d used, %d rejected; %d interviewers, %d flagged.",
                report.scorecardsGiven(),
                report.scorecardsUsed(),
                report.rejected().size(),
                report.interviewers().size(),
                report.flagged().size()))
        .append("</p>\n<p class=\"rule\">Flag rule: ")
        .append(e(report.flagRule()))
        .append(".</p>\n</section>\n");
    h.append("<section id=\"groups\">\n<h2>Comparable groups</h2>\n<p>")
        .append(
            f(
                "%d comparable group%s. Offsets are centred within each group and compare only"
                    + " within one group: interviewers who never shared a candidate, directly or"
                    + " through colleagues, cannot be compared.",
                report.comparableGroups(), report.comparableGroups() == 1 ? "" : "s"))
        .append("</p>\n<ul>\n");
    CalibrationText.groups(report)
        .forEach(
            (g, ids) ->
                h.append("<li>group ")
                    .append(g)
                    .append(": ")
                    .append(HtmlText.escapeShown(ids))
                    .append("</li>\n"));
    h.append("</ul>\n</section>\n");
    leniency(report, h);
    if (!report.rejected().isEmpty()) {
      h.append("<section id=\"rejected\">\n<h2>Rejected scorecards</h2>\n<table>\n")
          .append("<tr><th>cause</th><th class=\"num\">scorecards</th></tr>\n");
      report
          .rejectionCauses()
          .forEach(
              (cause, n) ->
                  h.append("<tr><td>")
                      .append(e(cause))
                      .append("</td><td class=\"num\">")
                      .append(n)
                      .append("</td></tr>\n"));
      h.append("</table>\n</section>\n");
    }
    scaleUse(report, h);
    evidence(evidence, h);
    panelSizing(report, h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void evidence(List<EvidenceTally> evidence, StringBuilder h) {
    if (evidence.isEmpty()) {
      return;
    }
    h.append("<section id=\"evidence\">\n<h2>Evidence quality</h2>\n")
        .append(
            "<p>Ratings whose written evidence cannot support them (advice, never an error).</p>\n")
        .append("<table>\n<tr><th>interviewer</th><th class=\"num\">ratings</th>")
        .append("<th class=\"num\">empty</th><th class=\"num\">too short</th>")
        .append("<th class=\"num\">forbidden phrase</th><th class=\"num\">flagged</th></tr>\n");
    for (EvidenceTally t : evidence) {
      h.append("<tr><td>")
          .append(e(t.interviewerId()))
          .append("</td><td class=\"num\">")
          .append(t.ratings())
          .append("</td><td class=\"num\">")
          .append(t.empty())
          .append("</td><td class=\"num\">")
          .append(t.tooShort())
          .append("</td><td class=\"num\">")
          .append(t.forbiddenPhrase())
          .append("</td><td class=\"num\">")
          .append(f("%d (%.0f%%)", t.flagged(), 100 * t.flaggedShare()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void leniency(CalibrationReport report, StringBuilder h) {
    h.append("<section id=\"leniency\">\n<h2>Leniency</h2>\n<table>\n<tr><th>interviewer</th>")
        .append("<th class=\"num\">group</th><th>flag</th><th class=\"num\">offset</th>")
        .append("<th class=\"num\">standard error</th><th class=\"num\">z</th>")
        .append("<th class=\"num\">adjusted p</th><th class=\"num\">shrunk offset</th>")
        .append("<th class=\"num\">comparisons</th><th class=\"num\">scorecards</th></tr>\n");
    for (InterviewerProfile p : CalibrateCommand.ordered(report)) {
      Leniency l = p.leniency();
      h.append(CalibrateCommand.isFlagged(p) ? "<tr class=\"flagged\">" : "<tr>")
          .append("<td>")
          .append(e(p.interviewerId()))
          .append("</td>")
          .append(num(l.group() == 0 ? "-" : Integer.toString(l.group())))
          .append("<td>")
          .append(l.flag())
          .append("</td>")
          .append(num(CalibrationText.finite(l.offset(), "%+.2f")))
          .append(num(CalibrationText.finite(l.standardError(), "%.2f")))
          .append(num(CalibrationText.finite(l.z(), "%.1f")))
          .append(num(CalibrationText.finite(l.adjustedPValue(), "%.3f")))
          .append(num(CalibrationText.finite(l.shrunkOffset(), "%+.2f")))
          .append(num(Integer.toString(l.comparisons())))
          .append(num(Integer.toString(p.scorecards())))
          .append("</tr>\n");
    }
    h.append("</table>\n");
    Map<String, String> untested = CalibrationText.untested(report);
    if (!untested.isEmpty()) {
      h.append("<p>Why an adjusted p is missing (-):</p>\n<ul class=\"untested\">\n");
      untested.forEach(
          (why, ids) ->
              h.append("<li>").append(e(ids)).append(": ").append(e(why)).append("</li>\n"));
      h.append("</ul>\n");
    }
    if (!report.idAdvice().isEmpty()) {
      h.append("<p>Interviewer ids that may name one person twice (advice, never an error):</p>\n")
          .append("<ul class=\"id-advice\">\n");
      for (Problem p : report.idAdvice()) {
        h.append("<li>").append(e(p.message())).append(" [").append(p.code()).append("]</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void scaleUse(CalibrationReport report, StringBuilder h) {
    h.append("<section id=\"scale-use\">\n<h2>Scale use (descriptions, never flags)</h2>\n")
        .append("<table>\n<tr><th>interviewer</th><th>central tendency</th>")
        .append("<th>range restriction</th><th>halo</th></tr>\n");
    for (InterviewerProfile p : report.interviewers()) {
      h.append("<tr><td>").append(e(p.interviewerId())).append("</td>");
      for (Diagnostic d : p.diagnostics()) {
        h.append("<td>").append(e(d.reading())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void panelSizing(CalibrationReport report, StringBuilder h) {
    h.append("<section id=\"panel-sizing\">\n<h2>Panel sizing</h2>\n")
        .append("<p>Reliability of one interviewer's rating, from candidates rated by two, and the")
        .append(" Spearman-Brown reliability of the mean of k interviewers.</p>\n<table>\n")
        .append("<tr><th>competency</th><th class=\"num\">candidates</th><th>ICC(1,1)</th>")
        .append("<th>ICC(2,1)</th>");
    for (int k = 1; k <= 6; k++) {
      h.append("<th class=\"num\">k=").append(k).append("</th>");
    }
    if (!report.panelSizing().isEmpty()) {
      for (CompetencyReliability.Target t : report.panelSizing().get(0).needed()) {
        h.append("<th class=\"num\">k for ").append(t.reliability()).append("</th>");
      }
    }
    h.append("</tr>\n");
    for (CompetencyReliability c : report.panelSizing()) {
      h.append("<tr><td>")
          .append(e(c.competencyId()))
          .append("</td>")
          .append(num(Long.toString(c.units())))
          .append("<td>")
          .append(e(CalibrationText.icc(c.icc11())))
          .append("</td><td>")
          .append(e(CalibrationText.icc(c.icc21())))
          .append("</td>");
      for (int k = 0; k < 6; k++) {
        h.append(
            num(
                k < c.meanReliability().size()
                    ? CalibrationText.finite(c.meanReliability().get(k), "%.2f")
                    : "-"));
      }
      for (CompetencyReliability.Target t : c.needed()) {
        h.append(
            num(
                t.interviewers().isPresent()
                    ? Integer.toString(t.interviewers().getAsInt())
                    : "-"));
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    if (report.panelSizing().stream().anyMatch(c -> c.meanReliability().isEmpty())) {
      h.append("<p>").append(e(CalibrationText.NO_MEAN_RELIABILITY)).append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static String num(String text) {
    return "<td class=\"num\">" + e(text) + "</td>";
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
