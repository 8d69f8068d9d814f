package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.audit.AuditFlag;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.CategoryResult;
import dev.rubric.scoring.audit.CompetencyDifference;
import dev.rubric.scoring.audit.GroupingResult;
import dev.rubric.scoring.audit.ScoreDifference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The audit's JSON rows, text table and HTML page. */
final class AuditCommandReports {

  private AuditCommandReports() {}

  static void grouping(ObjectNode node, GroupingResult g, boolean intersection) {
    category(node, intersection ? "dimensions" : "dimension", g.dimensions(), intersection);
    node.put("unknown", g.unknown());
    node.put("suppressedCategories", g.suppressedCategories());
    ArrayNode categories = node.putArray("categories");
    for (CategoryResult r : g.categories()) {
      ObjectNode row = categories.addObject();
      category(row, "category", r.category(), intersection);
      row.put("applicants", r.applicants());
      row.put("selected", r.selected());
      row.put("scored", r.scored());
      row.put("scoredAboveMedian", r.scoredAbove());
      number(row, "selectionRate", r.selectionRate());
      number(row, "impactRatio", r.impactRatio());
      number(row, "scoringRate", r.scoringRate());
      number(row, "scoringImpactRatio", r.scoringImpactRatio());
      number(row, "fisherP", r.fisherP());
      number(row, "z", r.z());
      if (r.shortfall().isPresent()) {
        row.put("shortfall", r.shortfall().getAsLong());
      } else {
        row.putNull("shortfall");
      }
      number(row, "ciLower", r.ciLower());
      number(row, "ciUpper", r.ciUpper());
      row.put("excluded", r.excluded().isPresent());
      r.excluded().ifPresent(reason -> row.put("excludedReason", reason));
      ArrayNode flags = row.putArray("flags");
      r.flags().forEach(f -> flags.add(f.name()));
      ObjectNode reasons = row.putObject("reasons");
      r.undefined().forEach(reasons::put);
    }
    ArrayNode[] drill = new ArrayNode[DrillKind.values().length];
    for (DrillKind kind : DrillKind.values()) {
      drill[kind.ordinal()] = node.putArray(kind.array);
    }
    for (DrillRow d : drillRows(g)) {
      ObjectNode c = drill[d.kind().ordinal()].addObject();
      c.put(d.kind().idField, d.id());
      category(c, "category", d.category(), true);
      category(c, "reference", d.reference(), true);
      c.put("n", d.n());
      c.put("referenceN", d.referenceN());
      number(c, "hedgesG", d.g());
      number(c, "ciLower", d.lower());
      number(c, "ciUpper", d.upper());
      d.reason().ifPresent(r -> c.put("reason", r));
    }
  }

  /**
   * A category (or the dimensions) of one grouping: the list of its parts in an intersection, else
   * its one part.
   */
  private static void category(ObjectNode node, String field, List<String> parts, boolean list) {
    if (list) {
      ArrayNode a = node.putArray(field);
      parts.forEach(a::add);
    } else {
      node.put(field, parts.get(0));
    }
  }

  /** What a drill-down row compares, with its JSON array and id field. */
  private enum DrillKind {
    COMPETENCY("competency", "competencies", "competencyId"),
    STAGE("stage", "stages", "stageId"),
    SEAT("seat", "seats", "seatId");

    /** The word in the text and HTML rows. */
    final String shown;

    final String array;
    final String idField;

    DrillKind(String shown, String array, String idField) {
      this.shown = shown;
      this.array = array;
      this.idField = idField;
    }
  }

  /**
   * One drill-down row, in JSON, text and HTML alike: what, which category against which, g and its
   * interval.
   */
  private record DrillRow(
      DrillKind kind,
      String id,
      List<String> category,
      List<String> reference,
      long n,
      long referenceN,
      Coefficient g,
      Coefficient lower,
      Coefficient upper,
      Optional<String> reason) {}

  /** The rows of every competency, then every stage, then every seat. */
  private static List<DrillRow> drillRows(GroupingResult g) {
    List<DrillRow> rows = new ArrayList<>();
    for (CompetencyDifference d : g.competencies()) {
      rows.add(
          new DrillRow(
              DrillKind.COMPETENCY,
              d.competencyId(),
              d.category(),
              d.reference(),
              d.n(),
              d.referenceN(),
              d.g(),
              d.ciLower(),
              d.ciUpper(),
              d.reason()));
    }
    for (ScoreDifference d : g.stages()) {
      rows.add(drillRow(DrillKind.STAGE, d));
    }
    for (ScoreDifference d : g.seats()) {
      rows.add(drillRow(DrillKind.SEAT, d));
    }
    return rows;
  }

  private static DrillRow drillRow(DrillKind kind, ScoreDifference d) {
    return new DrillRow(
        kind,
        d.scoreId(),
        d.category(),
        d.reference(),
        d.n(),
        d.referenceN(),
        d.g(),
        d.ciLower(),
        d.ciUpper(),
        d.reason());
  }

  static void number(ObjectNode node, String field, Coefficient value) {
    if (value.isDefined()) {
      node.put(field, value.value());
    } else {
      node.putNull(field);
    }
  }

  static String text(AuditReport report, AuditOptions options) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Adverse-impact audit: %s; median score %s; categories under %s of the"
                + " candidates excluded from ratios%s; Fisher tests at the %s level; small counts"
                + " under %s.%n",
            count(report.candidates(), "candidate"),
            fixed(report.medianScore(), 2),
            option(options.minShare()),
            options.suppressBelow() > 0
                ? "; categories under "
                    + count(options.suppressBelow(), "candidate")
                    + " suppressed"
                : "",
            option(options.significanceLevel()),
            count(options.smallCount(), "applicant")));
    out.append(
        "An impact ratio under 0.8 asks for a closer look; it is not a finding of"
            + " discrimination.\n");
    List<GroupingResult> all = new ArrayList<>(report.dimensions());
    all.addAll(report.intersections());
    for (GroupingResult g : all) {
      out.append('\n').append(TableText.ids(g.dimensions(), " x "));
      out.append(
          String.format(
              Locale.ROOT,
              " (unknown%s: %d, suppressed categories: %d)%n",
              g.suppressedCategories() > 0 ? " or suppressed" : "",
              g.unknown(),
              g.suppressedCategories()));
      // Every column is as wide as its longest cell (and at least as wide as its usual figures),
      // so that no cell, a long category or a wide interval, pushes the columns after it out of
      // line; a category holding a space is quoted, so it cannot pass for them.
      List<String[]> rows = new ArrayList<>();
      rows.add(
          new String[] {
            "category",
            "applicants",
            "selected",
            "rate",
            "ratio",
            "scoring",
            "ratio",
            "fisher p",
            "z",
            "shortfall",
            "ratio interval",
            "flags"
          });
      for (CategoryResult r : g.categories()) {
        rows.add(
            new String[] {
              TableText.ids(r.category(), " / "),
              Long.toString(r.applicants()),
              Long.toString(r.selected()),
              percent(r.selectionRate()),
              ratio(r.impactRatio()),
              percent(r.scoringRate()),
              ratio(r.scoringImpactRatio()),
              pValue(r.fisherP(), options),
              fixed(r.z(), 2),
              whole(r.shortfall()),
              interval(r),
              flags(r)
            });
      }
      int[] widths = {28, 10, 9, 7, 6, 7, 6, 9, 6, 9, 15};
      for (String[] row : rows) {
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          String cell = row[c];
          if (c == 0) {
            line.append(cell).append(" ".repeat(widths[0] - cell.length()));
          } else if (c < widths.length) {
            line.append(' ').append(" ".repeat(widths[c] - cell.length())).append(cell);
          } else {
            line.append("  ").append(cell);
          }
        }
        out.append(line).append('\n');
      }
      for (DrillRow d : drillRows(g)) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %s %s, %s against %s: Hedges' g %s %s%n",
                d.kind().shown,
                TableText.id(d.id()),
                TableText.ids(d.category(), " / "),
                TableText.ids(d.reference(), " / "),
                fixed(d.g(), 2),
                d.g().isDefined()
                    ? "[" + fixed(d.lower(), 2) + ", " + fixed(d.upper(), 2) + "]"
                    : "(" + d.reason().orElse("") + ")"));
      }
    }
    return out.toString()
        .lines()
        .map(String::stripTrailing)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * The page follows the shape of the bias-audit summaries that 6 RCNY 5-301 and 5-303 call for
   * (and its worked examples print): a table per dimension ("Sex Categories", "Race/Ethnicity
   * Categories") and per intersection, with the number of applicants, the number selected, the
   * selection rate and the impact ratio (and the scoring rate and its ratio), the excluded
   * categories with their counts, rates and the reason, and a note of the individuals of unknown
   * category left out of the calculations. The statistics, a chart of the impact ratios against the
   * 0.8 line and the drill-down follow each table.
   */
  static String html(AuditReport report, AuditOptions options) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Summary of adverse-impact audit results</title><style>")
        .append(
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}")
        .append("td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}")
        .append("td.c,th.c{text-align:left}.flag{color:#a00}.note{font-size:90%}")
        .append("</style></head><body>\n<h1>Summary of adverse-impact audit results</h1>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<p>%s audited; median score %s. Impact ratios compare each category's rate"
                + " with the highest rate. Categories under %s of the candidates are excluded from"
                + " the ratios%s. Fisher exact tests at the %s level; comparisons with fewer than %s"
                + " on either side are marked SMALL_COUNTS.</p>\n"
                + "<p>An impact ratio under 0.8 asks for a closer look; it is not a finding of"
                + " discrimination.</p>\n",
            count(report.candidates(), "candidate"),
            e(fixed(report.medianScore(), 2)),
            option(options.minShare()),
            options.suppressBelow() > 0
                ? "; categories of fewer than "
                    + count(options.suppressBelow(), "candidate")
                    + " are suppressed"
                : "",
            option(options.significanceLevel()),
            count(options.smallCount(), "applicant")));
    List<GroupingResult> all = new ArrayList<>(report.dimensions());
    all.addAll(report.intersections());
    for (GroupingResult g : all) {
      summaryTable(out, g);
      statisticsTable(out, g, options);
      out.append(chart(g));
      drillTable(out, g);
    }
    out.append("</body></html>\n");
    return out.toString();
  }

  private static void summaryTable(StringBuilder out, GroupingResult g) {
    boolean intersection = g.dimensions().size() > 1;
    out.append("<h2>")
        .append(
            intersection
                ? "Intersectional Categories: " + shown(g.dimensions(), " \u00d7 ")
                : e(g.dimensions().get(0)) + " Categories")
        .append("</h2>\n<table><tr>");
    for (String d : g.dimensions()) {
      out.append("<th class=\"c\">").append(e(d)).append("</th>");
    }
    out.append(
        "<th># of Applicants</th><th># Selected</th><th>Selection Rate</th><th>Impact Ratio</th>"
            + "<th>Scoring Rate</th><th>Scoring Impact Ratio</th></tr>\n");
    List<CategoryResult> excluded = new ArrayList<>();
    for (CategoryResult r : g.categories()) {
      out.append("<tr>");
      for (String c : r.category()) {
        out.append("<td class=\"c\">").append(e(c)).append("</td>");
      }
      out.append("<td>")
          .append(r.applicants())
          .append("</td><td>")
          .append(r.selected())
          .append("</td><td>")
          .append(percent(r.selectionRate()))
          .append("</td><td>")
          .append(r.excluded().isPresent() ? "excluded" : ratio(r.impactRatio()))
          .append("</td><td>")
          .append(percent(r.scoringRate()))
          .append("</td><td>")
          .append(r.excluded().isPresent() ? "excluded" : ratio(r.scoringImpactRatio()))
          .append("</td></tr>\n");
      if (r.excluded().isPresent()) {
        excluded.add(r);
      }
    }
    out.append("</table>\n<p class=\"note\">");
    out.append(
        String.format(
            Locale.ROOT,
            "Note: %d individuals with an unknown category%s are not included in the calculations"
                + " above.",
            g.unknown(),
            g.suppressedCategories() > 0
                ? " or in one of " + g.suppressedCategories() + " suppressed categories"
                : ""));
    for (CategoryResult r : excluded) {
      out.append(" ")
          .append(shown(r.category(), " / "))
          .append(" is excluded from the impact ratios: ")
          .append(e(r.excluded().orElse("")))
          .append(".");
    }
    out.append("</p>\n");
  }

  private static void statisticsTable(StringBuilder out, GroupingResult g, AuditOptions options) {
    out.append(
        "<table><tr><th class=\"c\">Category</th><th>Fisher p</th><th>z</th><th>Shortfall</th>"
            + "<th>Ratio interval</th><th class=\"c\">Flags</th></tr>\n");
    for (CategoryResult r : g.categories()) {
      out.append("<tr><td class=\"c\">")
          .append(shown(r.category(), " / "))
          .append("</td><td>")
          .append(e(pValue(r.fisherP(), options)))
          .append("</td><td>")
          .append(fixed(r.z(), 2))
          .append("</td><td>")
          .append(whole(r.shortfall()))
          .append("</td><td>")
          .append(interval(r))
          .append("</td><td class=\"c flag\">")
          .append(e(flags(r)))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static void drillTable(StringBuilder out, GroupingResult g) {
    List<DrillRow> rows = drillRows(g);
    if (rows.isEmpty()) {
      return;
    }
    out.append(
        "<table><tr><th class=\"c\">Drill-down</th><th class=\"c\">Category</th>"
            + "<th class=\"c\">Against</th><th>n</th><th>Reference n</th><th>Hedges' g</th>"
            + "<th>Interval</th></tr>\n");
    for (DrillRow d : rows) {
      out.append("<tr><td class=\"c\">")
          .append(HtmlText.escapeShown(d.kind().shown + " " + TableText.id(d.id())))
          .append("</td><td class=\"c\">")
          .append(shown(d.category(), " / "))
          .append("</td><td class=\"c\">")
          .append(shown(d.reference(), " / "))
          .append("</td><td>")
          .append(d.n())
          .append("</td><td>")
          .append(d.referenceN())
          .append("</td><td>")
          .append(fixed(d.g(), 2))
          .append("</td><td>")
          .append(
              d.g().isDefined()
                  ? "[" + fixed(d.lower(), 2) + ", " + fixed(d.upper(), 2) + "]"
                  : e(d.reason().orElse("")))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  /** Horizontal bars of the impact ratios, with the 0.8 line. */
  private static String chart(GroupingResult g) {
    int label = 220;
    int plot = 400;
    int rowHeight = 22;
    List<CategoryResult> rows =
        g.categories().stream().filter(r -> r.impactRatio().isDefined()).toList();
    int height = rowHeight * rows.size() + 24;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg role=\"img\" aria-label=\"Impact ratios against the 0.8 line\" width=\"%d\""
                + " height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
            label + plot + 60,
            height));
    for (int i = 0; i < rows.size(); i++) {
      CategoryResult r = rows.get(i);
      double value = r.impactRatio().value();
      int y = i * rowHeight + 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"12\"><title>%s</title>%s</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>\n",
              y + 13,
              shown(r.category(), " / "),
              HtmlText.escapeShown(HtmlReport.shorten(TableText.ids(r.category(), " / "))),
              label,
              y,
              value * plot,
              r.flags().contains(AuditFlag.BELOW_FOUR_FIFTHS) ? "#c0392b" : "#2e86c1",
              label + value * plot + 4,
              y + 13,
              ratio(r.impactRatio())));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\""
                + " stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">0.8</text>"
                + "\n</svg>\n",
            label + 0.8 * plot,
            label + 0.8 * plot,
            height - 12,
            label + 0.8 * plot - 8,
            height - 1));
    return svg.toString();
  }

  /**
   * {@code ids} (an intersection's categories, its dimensions) as the text report shows them, each
   * holding a space in double quotes ({@link TableText#ids}), made safe in HTML: so the
   * intersection of {@code F / old} and {@code x} never reads like that of {@code F} and {@code old
   * / x}.
   */
  private static String shown(List<String> ids, String separator) {
    return HtmlText.escapeShown(TableText.ids(ids, separator));
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }

  private static String flags(CategoryResult r) {
    List<String> names =
        r.flags().stream()
            .filter(f -> f != AuditFlag.REFERENCE)
            .map(Enum::name)
            .collect(Collectors.toCollection(ArrayList::new));
    if (r.isReference()) {
      names.add(0, "REFERENCE");
    }
    return String.join(" ", names);
  }

  private static String interval(CategoryResult r) {
    if (!r.ciLower().isDefined() || !r.ciUpper().isDefined()) {
      return "-";
    }
    return "[" + fixed(r.ciLower(), 2) + ", " + fixed(r.ciUpper(), 2) + "]";
  }

  private static String percent(Coefficient v) {
    return v.isDefined() ? String.format(Locale.ROOT, "%.1f%%", v.value() * 100) : "-";
  }

  /** {@code n} and the noun, singular for one ({@code 1 candidate}, {@code 2 candidates}). */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /**
   * An option's value as a user writes it: a plain decimal ({@code 0.00001}, {@code 0}), or, where
   * that would take more than twelve characters, the shortest exact form with a lower-case exponent
   * ({@code 4.9e-324}), never Java's {@code 1.0E-5}.
   */
  static String option(double value) {
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return plain.length() <= 12 ? plain : Double.toString(value).replace('E', 'e');
  }

  private static String fixed(Coefficient v, int places) {
    return v.isDefined() ? String.format(Locale.ROOT, "%." + places + "f", v.value()) : "-";
  }

  /**
   * An impact ratio as the reports show it: two decimals, or in full where two decimals would read
   * as the four-fifths line or as 0 though the ratio differs ({@link TextReport#beside}): 398 of
   * 1,000 against 500 of 1,000 is 0.796, under the line and flagged, and reads "0.796", not "0.80".
   */
  private static String ratio(Coefficient v) {
    String shown = fixed(v, 2);
    return v.isDefined() ? TextReport.beside(v.value(), shown, 0.8, 0) : shown;
  }

  /**
   * A Fisher p-value as the reports show it: "&lt;0.0001", or four decimals, or in full where four
   * decimals would read as the significance level though p differs: 0.049997 is under 0.05 and
   * flagged, and reads "0.049997055000488136", not "0.0500" (p equal to the level reads "0.0500",
   * not flagged).
   */
  private static String pValue(Coefficient v, AuditOptions options) {
    if (!v.isDefined()) {
      return "-";
    }
    double p = v.value();
    return p < 0.0001
        ? "<0.0001"
        : TextReport.beside(p, String.format(Locale.ROOT, "%.4f", p), options.significanceLevel());
  }

  private static String whole(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
  }
}
