package dev.rubric.cli;

import dev.rubric.core.VisibleText;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.Timeline;
import dev.rubric.scoring.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The process timeline of an evaluation, per stage: each seat's interview, due time, submission,
 * feedback latency and lateness, then the decision deadline; and the calibration-only (shadow)
 * scorecards. Shared by the text and HTML reports; text from the input is shown by {@link
 * VisibleText} (text) or HTML-escaped. Stateless.
 */
final class TimelineSection {

  private TimelineSection() {}

  /**
   * Whether the section says anything: the caller gave a clock or a debrief time, a scorecard says
   * when its interview was, a deadline applies, or a shadow seat wrote a scorecard. Reports of
   * scorecards written before interview times existed, evaluated without a clock, leave it out.
   */
  static boolean applies(Timeline t, List<ScorecardAccount> calibrationOnly) {
    return t.asOf().isPresent()
        || t.debriefAt().isPresent()
        || !calibrationOnly.isEmpty()
        || t.entries().stream().anyMatch(e -> e.interviewedAt().isPresent() || e.due().isPresent());
  }

  /** The text lines of the timeline section, each ending in a newline. */
  static String text(Timeline t, List<ScorecardAccount> calibrationOnly) {
    StringBuilder out = new StringBuilder();
    out.append(header(t)).append('\n');
    String stage = null;
    for (TimelineEntry e : t.entries()) {
      String s = e.stageId().orElse("(no stage)");
      if (!s.equals(stage)) {
        out.append("  stage ").append(e.stageId().map(TableText::id).orElse(s)).append('\n');
        stage = s;
      }
      out.append("    ").append(String.join("  ", cells(e))).append('\n');
    }
    decision(t).ifPresent(d -> out.append("  ").append(d).append('\n'));
    for (ScorecardAccount a : calibrationOnly) {
      out.append("  calibration only: ")
          .append(TableText.id(a.scorecard().interviewerId()))
          .append(" (shadow seat ")
          .append(TableText.id(a.scorecard().panelRoleId()))
          .append(")\n");
    }
    return out.toString();
  }

  /** The HTML section {@code id="timeline"}. */
  static String html(Timeline t, List<ScorecardAccount> calibrationOnly) {
    StringBuilder h = new StringBuilder();
    h.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n<p>")
        .append(e(header(t)))
        .append("</p>\n<table>\n<tr><th>stage</th><th>seat</th><th>interviewer</th>")
        .append("<th>interviewed</th><th>due</th><th>submitted</th><th>status</th></tr>\n");
    for (TimelineEntry entry : t.entries()) {
      h.append("<tr class=\"")
          .append(entry.status().name().toLowerCase(Locale.ROOT))
          .append("\"><td>")
          .append(e(entry.stageId().orElse("-")))
          .append("</td><td>")
          .append(e(entry.panelRoleId()))
          .append("</td><td>")
          .append(e(entry.interviewerId().orElse("-")))
          .append("</td><td>")
          .append(e(time(entry.interviewedAt())))
          .append("</td><td>")
          .append(e(time(entry.due())))
          .append("</td><td>")
          .append(e(time(entry.submittedAt())))
          .append("</td><td>")
          .append(e(status(entry)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    decision(t).ifPresent(d -> h.append("<p>").append(e(d)).append("</p>\n"));
    for (ScorecardAccount a : calibrationOnly) {
      h.append("<p class=\"calibration-only\">Calibration only: ")
          .append(HtmlText.id(a.scorecard().interviewerId()))
          .append(" (shadow seat ")
          .append(e(a.scorecard().panelRoleId()))
          .append(")</p>\n");
    }
    h.append("</section>\n");
    return h.toString();
  }

  /**
   * Who signed off the plan, and when it counts as approved; or that nobody has.
   *
   * @param plan the plan
   * @return one line, without a newline
   */
  static String approval(dev.rubric.core.InterviewPlan plan) {
    if (plan.approvals().isEmpty()) {
      return "  plan not approved: no stakeholder has signed it off";
    }
    List<String> who = new ArrayList<>();
    plan.approvals()
        .forEach(a -> who.add(TableText.id(a.approver()) + " (" + role(a.role()) + ")"));
    return "  plan approved at "
        + plan.approvedAt().orElseThrow()
        + " by "
        + String.join(", ", who);
  }

  /**
   * A role inside the parentheses of an approval: made visible, and in double quotes (its quotes
   * and backslashes escaped) when it holds a parenthesis or a double quote, so that a role such as
   * {@code Lead), b (Recruiter} cannot close its parentheses and read as a second approval. A role
   * with a comma ({@code Product lead, delivery estimates}) needs no quotes: the parentheses hold
   * it.
   */
  static String role(String role) {
    String shown = VisibleText.unambiguous(role);
    if (shown.indexOf('(') < 0 && shown.indexOf(')') < 0 && shown.indexOf('"') < 0) {
      return shown;
    }
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String header(Timeline t) {
    return "TIMELINE"
        + t.asOf().map(a -> " as of " + a).orElse(" (no --as-of: nothing is judged overdue)")
        + t.debriefAt().map(d -> ", debrief at " + d).orElse("");
  }

  private static List<String> cells(TimelineEntry e) {
    List<String> cells = new ArrayList<>();
    // An id holding a space is quoted: "iv-1  interviewed ...  ON_TIME" is one cell, not three.
    cells.add(TableText.id(e.panelRoleId()));
    cells.add(e.interviewerId().map(TableText::id).orElse("(no scorecard)"));
    e.interviewedAt().ifPresent(t -> cells.add("interviewed " + t));
    e.due().ifPresent(t -> cells.add("due " + t));
    e.submittedAt().ifPresent(t -> cells.add("submitted " + t));
    cells.add(status(e));
    return cells;
  }

  private static String status(TimelineEntry e) {
    StringBuilder s = new StringBuilder(e.status().name());
    e.lateBy().ifPresent(d -> s.append(" by ").append(duration(d)));
    e.latency().ifPresent(d -> s.append(" (latency ").append(duration(d)).append(')'));
    return s.toString();
  }

  private static Optional<String> decision(Timeline t) {
    if (t.decisionDue().isEmpty()) {
      return Optional.empty();
    }
    String due = "decision due " + t.decisionDue().get();
    return Optional.of(
        t.decisionOverdueBy().map(d -> due + ": OVERDUE by " + duration(d)).orElse(due));
  }

  private static String time(Optional<Instant> t) {
    return t.map(Instant::toString).orElse("-");
  }

  /**
   * {@code 1 d 2 h}, {@code 3 h 30 min}, {@code 45 min}; under a minute, {@code 30 s} or {@code
   * under 1 s} (never {@code 0 min} for a time that has passed, which only a zero duration reads);
   * negative durations keep their sign.
   */
  static String duration(Duration d) {
    if (d.isNegative()) {
      return "-" + duration(d.negated());
    }
    long minutes = d.toMinutes();
    if (minutes == 0 && !d.isZero()) {
      return d.toSeconds() > 0 ? d.toSeconds() + " s" : "under 1 s";
    }
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(days + " d");
    }
    if (hours > 0) {
      parts.add(hours + " h");
    }
    if (mins > 0 || parts.isEmpty()) {
      parts.add(mins + " min");
    }
    return String.join(" ", parts);
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }
}
