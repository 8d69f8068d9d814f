package dev.rubric.cli;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.CandidateComparison;
import dev.rubric.scoring.ComparedCandidate;
import dev.rubric.scoring.ComparedCompetency;
import dev.rubric.scoring.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The text and HTML forms of a {@link CandidateComparison}: the candidates best first with
 * decision, score, bars missed and concerns; the matrix of competencies by candidate, each cell the
 * score with a {@code !} (text) or a marked cell (HTML) where it falls below the target or bar;
 * then each candidate's concerns in plain language. Input text is shown by {@link VisibleText}
 * (text) or HTML-escaped (HTML); the HTML is self-contained. Stateless.
 */
final class ComparisonReports {

  private ComparisonReports() {}

  static String text(InterviewPlan plan, CandidateComparison comparison) {
    StringBuilder out = new StringBuilder();
    List<ComparedCandidate> all = comparison.candidates();
    out.append(
        TextReport.format(
            "Candidates for %s (plan %s), best first%n",
            v(plan.profile().title()), v(comparison.planId())));
    out.append('\n');
    // Columns as wide as their widest entry: a scale of large levels gives long scores.
    int idWidth = 9;
    int scoreWidth = 5;
    int cell = 7;
    int targetWidth = 6;
    for (ComparedCandidate c : all) {
      idWidth = Math.max(idWidth, TableText.id(id(c)).length());
      scoreWidth = Math.max(scoreWidth, score(plan, c).length());
      for (ComparedCompetency x : c.competencies()) {
        cell = Math.max(cell, shown(x).length() + 1);
        targetWidth = Math.max(targetWidth, target(x).length());
      }
    }
    cell = Math.max(cell, idWidth);
    String row = "  %2s  %-" + idWidth + "s  %-13s  %" + scoreWidth + "s  %8s  %s%n";
    out.append(TextReport.format(row, "#", "candidate", "decision", "score", "concerns", "bars"));
    int k = 1;
    for (ComparedCandidate c : all) {
      out.append(
          TextReport.format(
              row,
              k++,
              TableText.id(id(c)),
              c.outcome().name(),
              score(plan, c),
              c.concerns().size(),
              bars(plan, c)));
    }
    out.append("\nCOMPETENCIES (score; target; ! below target or bar, - not rated)\n");
    int width = 10;
    for (String id : comparison.competencyIds()) {
      width = Math.max(width, TableText.id(id).length());
    }
    StringBuilder header =
        new StringBuilder(
            TextReport.format("  %-" + width + "s  %" + targetWidth + "s", "competency", "target"));
    for (ComparedCandidate c : all) {
      header.append(TextReport.format("  %" + cell + "s", TableText.id(id(c))));
    }
    out.append(header).append('\n');
    for (int i = 0; i < comparison.competencyIds().size(); i++) {
      String competencyId = comparison.competencyIds().get(i);
      ComparedCompetency first = all.isEmpty() ? null : all.get(0).competencies().get(i);
      StringBuilder line =
          new StringBuilder(
              TextReport.format(
                  "  %-" + width + "s  %" + targetWidth + "s",
                  TableText.id(competencyId),
                  first != null ? target(first) : "-"));
      for (ComparedCandidate c : all) {
        ComparedCompetency x = c.competencies().get(i);
        line.append(TextReport.format("  %" + cell + "s", shown(x) + (x.concern() ? "!" : " ")));
      }
      out.append(line).append('\n');
    }
    out.append("\nCONCERNS\n");
    for (ComparedCandidate c : all) {
      if (c.concerns().isEmpty()) {
        out.append("  ").append(TableText.id(id(c))).append(": none\n");
        continue;
      }
      out.append("  ").append(TableText.id(id(c))).append(":\n");
      for (Reason r : c.concerns()) {
        out.append("    - ").append(TextReport.reason(r)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A cell's score: two decimals, or in full when they would read as its target or bar though the
   * score differs.
   */
  private static String shown(ComparedCompetency x) {
    int[] levels =
        java.util.stream.Stream.of(x.target(), x.bar())
            .filter(java.util.OptionalInt::isPresent)
            .mapToInt(java.util.OptionalInt::getAsInt)
            .toArray();
    return TextReport.numberBeside(x.score(), levels);
  }

  /** A candidate's score: two decimals, or in full when they would read as the hire line. */
  private static String score(InterviewPlan plan, ComparedCandidate c) {
    return TextReport.numberBeside(c.score(), plan.scale().hireLine());
  }

  /** A competency's target level as the matrix shows it; {@code -} when it has none. */
  private static String target(ComparedCompetency x) {
    return x.target().isPresent() ? Integer.toString(x.target().getAsInt()) : "-";
  }

  static String html(InterviewPlan plan, CandidateComparison comparison) {
    List<ComparedCandidate> all = comparison.candidates();
    StringBuilder h = new StringBuilder(8_192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Rubric comparison: ")
        .append(e(plan.profile().title()))
        .append("</title>\n<style>")
        .append(HtmlReport.STYLE)
        .append("td.concern{background:#fdeeee;color:#c62828;font-weight:600}")
        .append("</style>\n</head>\n<body>\n<h1>Candidates for ")
        .append(e(plan.profile().title()))
        .append("</h1>\n<p class=\"meta\">plan <span class=\"code\">")
        .append(e(comparison.planId()))
        .append("</span> &middot; best first</p>\n");
    h.append("<section id=\"candidates\">\n<table><tr><th>#</th><th>candidate</th>")
        .append("<th>decision</th><th class=\"num\">score</th><th>must-have bars</th>")
        .append("<th>concerns</th></tr>\n");
    int k = 1;
    for (ComparedCandidate c : all) {
      h.append("<tr data-candidate=\"")
          .append(e(id(c)))
          .append("\" data-outcome=\"")
          .append(c.outcome().name())
          .append("\"><td>")
          .append(k++)
          .append("</td><td>")
          .append(e(id(c)))
          .append("</td><td>")
          .append(c.outcome().name().replace('_', ' '))
          .append("</td><td class=\"num\">")
          .append(score(plan, c))
          .append("</td><td>")
          .append(e(bars(plan, c)))
          .append("</td><td><ul>");
      for (Reason r : c.concerns()) {
        h.append("<li>")
            .append(e(r.sentence()))
            .append(" <span class=\"code\">")
            .append(r.code().name())
            .append("</span></li>");
      }
      h.append("</ul></td></tr>\n");
    }
    h.append("</table>\n</section>\n<section id=\"matrix\">\n<h2>Competencies by candidate</h2>\n")
        .append("<p class=\"meta\">Score against the target; a marked cell is below the target or")
        .append(
            " the must-have bar.</p>\n<table><tr><th>competency</th><th class=\"num\">target</th>");
    for (ComparedCandidate c : all) {
      h.append("<th class=\"num\">").append(e(id(c))).append("</th>");
    }
    h.append("</tr>\n");
    for (int i = 0; i < comparison.competencyIds().size(); i++) {
      String competencyId = comparison.competencyIds().get(i);
      ComparedCompetency first = all.isEmpty() ? null : all.get(0).competencies().get(i);
      h.append("<tr data-competency=\"")
          .append(e(competencyId))
          .append("\"><td>")
          .append(e(plan.competency(competencyId).map(Competency::name).orElse(competencyId)))
          .append("</td><td class=\"num\">")
          .append(
              first != null && first.target().isPresent()
                  ? Integer.toString(first.target().getAsInt())
                  : "-")
          .append("</td>");
      for (ComparedCandidate c : all) {
        ComparedCompetency x = c.competencies().get(i);
        h.append(x.concern() ? "<td class=\"num concern\">" : "<td class=\"num\">")
            .append(shown(x))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * The must-have bars: "all N met", the ones missed, and how many could not be judged (their
   * competency unrated, as in an incomplete panel), so "all 1 met" never stands for six bars.
   */
  private static String bars(InterviewPlan plan, ComparedCandidate c) {
    int notRated = barsNotRated(plan, c).size();
    String unjudged = notRated == 0 ? "" : notRated + " not rated";
    if (c.barsMissed().isEmpty()) {
      if (c.barsMet().isEmpty()) {
        return notRated == 0 ? "-" : unjudged;
      }
      return notRated == 0
          ? "all " + c.barsMet().size() + " met"
          : c.barsMet().size() + " met, " + unjudged;
    }
    return "missed: "
        + TableText.ids(c.barsMissed(), ", ")
        + (notRated == 0 ? "" : "; " + unjudged);
  }

  /** The plan's must-have bars that {@code c} neither met nor missed: their competency unrated. */
  static List<String> barsNotRated(InterviewPlan plan, ComparedCandidate c) {
    List<String> out = new ArrayList<>();
    for (CompetencyRequirement r : plan.profile().requirements()) {
      String id = r.competencyId();
      if (r.mustHaveBar().isPresent()
          && !c.barsMet().contains(id)
          && !c.barsMissed().contains(id)
          && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static String id(ComparedCandidate c) {
    return c.candidateId().orElse("(none)");
  }

  private static String v(String text) {
    return VisibleText.unambiguous(text);
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }
}
