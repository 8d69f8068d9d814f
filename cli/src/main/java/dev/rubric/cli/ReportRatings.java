package dev.rubric.cli;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.RaterLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the reports show beside each rating: the interviewer, the level's label, the competency's
 * anchor text for that level and the evidence written for it, read from the evaluation's used
 * scorecards; and, for the debrief agenda, the two sides of a disputed competency and the follow-up
 * questions (the scenario prompts of the seats that assess it). Stateless apart from an index built
 * per report.
 */
final class ReportRatings {
  /**
   * A line break in written text: a line feed, with the carriage return before it when the text has
   * Windows line ends. Any other break (a lone carriage return, NEL, the line and paragraph
   * separators) is not one: it stays in its line, where the report shows it as an escape, so it can
   * neither start a line of its own nor overwrite one.
   */
  static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

  /** One rating as a person reads it. */
  record Shown(
      String interviewerId,
      String panelRoleId,
      int level,
      String label,
      Optional<String> anchor,
      String evidence) {}

  private final InterviewPlan plan;
  private final Map<String, String> evidence = new HashMap<>();

  ReportRatings(InterviewPlan plan, Evaluation evaluation) {
    this.plan = plan;
    for (Scorecard c : evaluation.used()) {
      for (Rating r : c.ratings()) {
        evidence.putIfAbsent(
            key(c.interviewerId(), c.panelRoleId(), r.competencyId()), r.evidence());
      }
    }
  }

  private static String key(String interviewer, String seat, String competency) {
    return interviewer + '\u0000' + seat + '\u0000' + competency;
  }

  /** {@code r}, a rating of {@code competencyId}, with its label, anchor and evidence. */
  Shown show(String competencyId, RaterLevel r) {
    return new Shown(
        r.interviewerId(),
        r.panelRoleId(),
        r.level(),
        plan.scale().label(r.level()).orElse(Integer.toString(r.level())),
        plan.competency(competencyId).map(c -> c.anchors().get(r.level())),
        evidence.getOrDefault(key(r.interviewerId(), r.panelRoleId(), competencyId), ""));
  }

  /** Every rating of {@code competencyId} in {@code ratings}, shown. */
  List<Shown> show(String competencyId, List<RaterLevel> ratings) {
    List<Shown> out = new ArrayList<>();
    ratings.forEach(r -> out.add(show(competencyId, r)));
    return out;
  }

  /**
   * The lower side of a disputed competency: the ratings below the hire line when the ratings split
   * across it, else those at the lowest level given.
   */
  List<Shown> lowerSide(AgendaItem item) {
    return side(item, true);
  }

  /** The higher side: at or above the hire line when split, else at the highest level given. */
  List<Shown> higherSide(AgendaItem item) {
    return side(item, false);
  }

  /** Whether the item's ratings fall on both sides of the hire line. */
  boolean split(AgendaItem item) {
    int line = plan.scale().hireLine();
    return item.ratings().stream().anyMatch(r -> r.level() < line)
        && item.ratings().stream().anyMatch(r -> r.level() >= line);
  }

  private List<Shown> side(AgendaItem item, boolean lower) {
    List<RaterLevel> ratings = item.ratings();
    int min = ratings.stream().mapToInt(RaterLevel::level).min().orElse(0);
    int max = ratings.stream().mapToInt(RaterLevel::level).max().orElse(0);
    boolean split = split(item);
    int line = plan.scale().hireLine();
    List<Shown> out = new ArrayList<>();
    for (RaterLevel r : ratings) {
      boolean in =
          split
              ? (lower ? r.level() < line : r.level() >= line)
              : (lower ? r.level() == min : r.level() == max);
      if (in) {
        out.add(show(item.competencyId(), r));
      }
    }
    return out;
  }

  /** The scenario prompts of the seats that assess {@code competencyId}, without repeats. */
  List<String> followUps(String competencyId) {
    List<String> out = new ArrayList<>();
    for (PanelRole seat : plan.seatsAssessing(competencyId)) {
      for (String prompt : seat.scenarioPrompts()) {
        if (!out.contains(prompt)) {
          out.add(prompt);
        }
      }
    }
    return out;
  }

  /** The competency's name, or its id when the plan has none. */
  String name(String competencyId) {
    return plan.competency(competencyId).map(Competency::name).orElse(competencyId);
  }

  /** The lines of {@code text} without its leading and trailing white space; at least one. */
  static String[] lines(String text) {
    return LINE_BREAK.split(text.strip(), -1);
  }
}
