package dev.rubric.cli;

import dev.rubric.core.Problem;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.ConfidenceInterval;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.CompetencyReliability;
import dev.rubric.scoring.calibration.Diagnostic;
import dev.rubric.scoring.calibration.EvidenceTally;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.scoring.calibration.Leniency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The text report of {@code rubric calibrate}: a summary with the flag rule and the comparable
 * groups, the leniency table (flagged first), one line counting the rejected scorecards per cause,
 * the ids that mix scripts ({@link CalibrationReport#idAdvice}), the scale-use diagnostics and
 * panel sizing. User text (interviewer and competency ids) shows hidden characters as visible
 * escapes. Stateless.
 */
final class CalibrationText {
  private CalibrationText() {}

  static String render(CalibrationReport report) {
    return render(report, List.of());
  }

  /** The report, then the evidence advice counted per interviewer ({@code evidence}). */
  static String render(CalibrationReport report, List<EvidenceTally> evidence) {
    StringBuilder s = new StringBuilder();
    s.append(
        f(
            "Interviewer calibration: %d scorecards given, %d used, %d rejected; %d interviewers,"
                + " %d flagged%n",
            report.scorecardsGiven(),
            report.scorecardsUsed(),
            report.rejected().size(),
            report.interviewers().size(),
            report.flagged().size()));
    s.append(f("Flag rule: %s.%n", report.flagRule()));
    s.append(
        f(
            "Comparable groups: %d; offsets are centred within each group and compare only within"
                + " one group.%n",
            report.comparableGroups()));
    if (report.comparableGroups() > 1) {
      groups(report).forEach((g, ids) -> s.append(f("  group %d: %s%n", g, ids)));
    }
    s.append(
        f(
            "Residual variance %s on %d degrees of freedom; between-interviewer variance of"
                + " leniency %.3f.%n%n",
            finite(report.residualVariance(), "%.3f"),
            report.degreesOfFreedom(),
            report.betweenInterviewerVariance()));
    int width = interviewerWidth(report, List.of());
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "interviewer",
          "group",
          "flag",
          "offset",
          "se",
          "z",
          "p adj",
          "shrunk",
          "comparisons",
          "scorecards",
          "ratings by level"
        });
    for (InterviewerProfile p : CalibrateCommand.ordered(report)) {
      Leniency l = p.leniency();
      cells.add(
          new String[] {
            TableText.id(p.interviewerId()),
            l.group() == 0 ? "-" : Integer.toString(l.group()),
            (CalibrateCommand.isFlagged(p) ? "* " : "") + l.flag(),
            finite(l.offset(), "%+.2f"),
            finite(l.standardError(), "%.2f"),
            finite(l.z(), "%.1f"),
            finite(l.adjustedPValue(), "%.3f"),
            finite(l.shrunkOffset(), "%+.2f"),
            Integer.toString(l.comparisons()),
            Integer.toString(p.scorecards()),
            p.ratingCounts().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" "))
          });
    }
    // Each column as wide as its widest cell, so that a long figure (an offset on a scale of
    // large values, a large z) never pushes the columns after it out of line.
    int[] widths = {width, 5, 16, 7, 6, 6, 7, 7, 11, 10};
    for (String[] c : cells) {
      for (int k = 0; k < widths.length; k++) {
        widths[k] = Math.max(widths[k], c[k].length());
      }
    }
    String row =
        "%-" + widths[0] + "s %" + widths[1] + "s %-" + widths[2] + "s %" + widths[3] + "s %"
            + widths[4] + "s %" + widths[5] + "s %" + widths[6] + "s %" + widths[7] + "s %"
            + widths[8] + "s %" + widths[9] + "s  %s%n";
    for (String[] c : cells) {
      s.append(f(row, (Object[]) c));
    }
    Map<String, String> untested = untested(report);
    if (!untested.isEmpty()) {
      s.append(f("Why a p-value is missing (p adj -):%n"));
      untested.forEach((why, ids) -> s.append(f("  %s: %s%n", ids, why)));
    }
    if (!report.idAdvice().isEmpty()) {
      s.append(f("Interviewer ids that may name one person twice (advice, never an error):%n"));
      for (Problem p : report.idAdvice()) {
        s.append(f("  %s [%s]%n", VisibleText.of(p.message()), p.code()));
      }
    }
    if (!report.rejected().isEmpty()) {
      s.append(
          f(
              "Rejected: %s (details with --format json).%n",
              report.rejectionCauses().entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey())
                  .collect(Collectors.joining(", "))));
    }
    diagnostics(report, s);
    evidence(evidence, s, interviewerWidth(report, evidence));
    panelSizing(report, s);
    return s.toString();
  }

  /**
   * The width of the interviewer column: its header's or the longest id as {@link TableText#id}
   * shows it, so that a long id never pushes the columns after it out of line.
   */
  private static int interviewerWidth(CalibrationReport report, List<EvidenceTally> evidence) {
    int width = 14;
    for (InterviewerProfile p : report.interviewers()) {
      width = Math.max(width, TableText.id(p.interviewerId()).length());
    }
    for (EvidenceTally t : evidence) {
      width = Math.max(width, TableText.id(t.interviewerId()).length());
    }
    return width;
  }

  /** Per interviewer: ratings given, and how many drew each kind of evidence advice. */
  private static void evidence(List<EvidenceTally> evidence, StringBuilder s, int width) {
    if (evidence.isEmpty()) {
      return;
    }
    s.append(
        f(
            "%nEvidence quality (ratings whose written evidence cannot support them; advice, never"
                + " an error):%n"));
    String row = "%-" + width + "s %7s %7s %9s %9s %8s%n";
    s.append(f(row, "interviewer", "ratings", "empty", "too short", "forbidden", "flagged"));
    for (EvidenceTally t : evidence) {
      s.append(
          f(
              row,
              TableText.id(t.interviewerId()),
              t.ratings(),
              t.empty(),
              t.tooShort(),
              t.forbiddenPhrase(),
              f("%d (%.0f%%)", t.flagged(), 100 * t.flaggedShare())));
    }
  }

  /**
   * {@return each reason an interviewer's adjusted p-value is undefined, with the interviewers it
   * holds for} (in the leniency table's order, shown as {@link TableText#id} shows them); empty
   * when every interviewer was tested
   */
  static Map<String, String> untested(CalibrationReport report) {
    Map<String, String> why = new LinkedHashMap<>();
    for (InterviewerProfile p : CalibrateCommand.ordered(report)) {
      if (p.leniency().adjustedPValue() instanceof Coefficient.Undefined u) {
        why.merge(u.explanation(), TableText.id(p.interviewerId()), (a, b) -> a + ", " + b);
      }
    }
    return why;
  }

  static Map<Integer, String> groups(CalibrationReport report) {
    Map<Integer, String> groups = new TreeMap<>();
    for (InterviewerProfile p : report.interviewers()) {
      int g = p.leniency().group();
      if (g > 0) {
        groups.merge(g, TableText.id(p.interviewerId()), (a, b) -> a + ", " + b);
      }
    }
    return groups;
  }

  private static void diagnostics(CalibrationReport report, StringBuilder s) {
    s.append(
        f(
            "%nScale use (descriptions, never flags; the panel's figure in brackets, n = what it"
                + " rests on)%n"));
    String row = "%-" + interviewerWidth(report, List.of()) + "s %-26s %-26s %-26s";
    s.append(f(row, "interviewer", "central tendency", "range restriction", "halo").stripTrailing())
        .append('\n');
    for (InterviewerProfile p : report.interviewers()) {
      List<Diagnostic> d = p.diagnostics();
      s.append(
              f(
                      row,
                      TableText.id(p.interviewerId()),
                      cell(d.get(0), true),
                      cell(d.get(1), false),
                      cell(d.get(2), false))
                  .stripTrailing())
          .append('\n');
    }
    s.append(
        f(
            "How to read: central tendency is the share of ratings at the middle levels (much"
                + " higher than the panel's: ratings separate candidates less); range restriction"
                + " the standard deviation of the ratings (much smaller: little of the scale is"
                + " used); halo the spread of one scorecard's ratings across competencies (much"
                + " smaller: one impression colours every competency).%n"));
  }

  private static String cell(Diagnostic d, boolean share) {
    String format = share ? "%.0f%%" : "%.2f";
    double scale = share ? 100 : 1;
    return f(
        "%s [%s] n=%d",
        finite(d.value().orElse(Double.NaN) * scale, format),
        finite(d.panelValue().orElse(Double.NaN) * scale, format),
        d.count());
  }

  private static void panelSizing(CalibrationReport report, StringBuilder s) {
    s.append(
        f(
            "%nPanel sizing (reliability of one interviewer's rating from candidates rated twice;"
                + " Spearman-Brown reliability of the mean of k interviewers)%n"));
    List<Double> targets =
        report.panelSizing().isEmpty()
            ? List.of()
            : report.panelSizing().get(0).needed().stream()
                .map(CompetencyReliability.Target::reliability)
                .toList();
    int width = 32;
    for (CompetencyReliability c : report.panelSizing()) {
      width = Math.max(width, TableText.id(c.competencyId()).length());
    }
    int iccWidth = 22;
    for (CompetencyReliability c : report.panelSizing()) {
      iccWidth = Math.max(iccWidth, Math.max(icc(c.icc11()).length(), icc(c.icc21()).length()));
    }
    String cells = "%-" + width + "s %10s %-" + iccWidth + "s %-" + iccWidth + "s";
    StringBuilder header =
        new StringBuilder(
            f(
                cells + " %5s %5s %5s %5s %5s %5s",
                "competency",
                "candidates",
                "ICC(1,1) [95% CI]",
                "ICC(2,1) [95% CI]",
                "k=1",
                "k=2",
                "k=3",
                "k=4",
                "k=5",
                "k=6"));
    targets.forEach(t -> header.append(f(" %8s", "k for " + t)));
    s.append(header.toString().stripTrailing()).append('\n');
    for (CompetencyReliability c : report.panelSizing()) {
      StringBuilder line =
          new StringBuilder(
              f(
                  cells,
                  TableText.id(c.competencyId()),
                  Long.toString(c.units()),
                  icc(c.icc11()),
                  icc(c.icc21())));
      for (int k = 0; k < 6; k++) {
        line.append(
            f(
                " %5s",
                k < c.meanReliability().size() ? finite(c.meanReliability().get(k), "%.2f") : "-"));
      }
      for (CompetencyReliability.Target t : c.needed()) {
        line.append(
            f(
                " %8s",
                t.interviewers().isPresent()
                    ? Integer.toString(t.interviewers().getAsInt())
                    : "-"));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    if (report.panelSizing().stream().anyMatch(c -> c.meanReliability().isEmpty())) {
      s.append(NO_MEAN_RELIABILITY).append('\n');
    }
  }

  /** Said under the panel-sizing table when a competency lists no mean reliability. */
  static final String NO_MEAN_RELIABILITY =
      "Mean reliability (k=1 to k=6) is - where ICC(1,1) is undefined or negative: the"
          + " Spearman-Brown step-up holds for a reliability of 0 or more.";

  static String icc(IccEstimate e) {
    if (!e.value().isDefined()) {
      return "- (" + e.value().undefinedReason().map(Enum::name).orElse("undefined") + ")";
    }
    String v = f("%.2f", e.value().value());
    if (e.interval().isPresent()) {
      ConfidenceInterval ci = e.interval().get();
      return v + f(" [%.2f, %.2f]", ci.lower(), ci.upper());
    }
    return v;
  }

  /** An undefined figure prints as "-", as a non-finite one does. */
  static String finite(Coefficient v, String format) {
    return finite(v.orElse(Double.NaN), format);
  }

  static String finite(double v, String format) {
    return Double.isFinite(v) ? f(format, v) : "-";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
