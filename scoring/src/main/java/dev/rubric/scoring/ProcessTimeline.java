package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a candidate's {@link Timeline} from the plan's stages and deadlines, the candidate's
 * scorecards and the caller's {@link EvaluationContext}, and the process advice that follows from
 * it ({@link ReasonCode#SCORECARD_OVERDUE}, {@link ReasonCode#DECISION_OVERDUE}). Never reads the
 * system clock.
 */
final class ProcessTimeline {
  /** A seat's scorecards: by interviewer, then submission time. */
  private static final Comparator<Scorecard> BY_INTERVIEWER =
      Comparator.comparing(Scorecard::interviewerId).thenComparing(Scorecard::submittedAt);

  private ProcessTimeline() {}

  /**
   * The timeline.
   *
   * @param plan the plan
   * @param cards the candidate's scorecards that passed validation (used, calibration-only or set
   *     aside for the debrief), any order
   * @param owedSeats the seats whose scorecards are owed for the decision (not shadow seats)
   * @param context the caller's clock
   */
  static Timeline of(
      InterviewPlan plan,
      List<Scorecard> cards,
      List<String> owedSeats,
      EvaluationContext context) {
    Map<String, Instant> firstInStage = new LinkedHashMap<>();
    Instant first = null;
    for (Scorecard c : cards) {
      if (c.interviewedAt().isEmpty()) {
        continue;
      }
      Instant at = c.interviewedAt().get();
      first = first == null || at.isBefore(first) ? at : first;
      String stage = plan.stageOf(c.panelRoleId()).map(EvaluationStage::id).orElse("");
      firstInStage.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b);
    }
    Optional<Instant> asOf = context.asOf();
    List<TimelineEntry> entries = new ArrayList<>(plan.panelRoles().size() + cards.size());
    List<Scorecard> mine = new ArrayList<>(); // one seat's scorecards at a time
    for (PanelRole seat : plan.panelRoles()) {
      Optional<EvaluationStage> stage = plan.stageOf(seat.id());
      Optional<Duration> within = stage.flatMap(EvaluationStage::feedbackDueWithin);
      mine.clear();
      for (Scorecard c : cards) {
        if (c.panelRoleId().equals(seat.id())) {
          mine.add(c);
        }
      }
      mine.sort(BY_INTERVIEWER);
      for (Scorecard c : mine) {
        TimelineEntry.Builder e =
            TimelineEntry.builder()
                .stageId(stage.map(EvaluationStage::id))
                .panelRoleId(seat.id())
                .interviewerId(c.interviewerId())
                .interviewedAt(c.interviewedAt())
                .submittedAt(c.submittedAt());
        Optional<Instant> due =
            within.isPresent()
                ? c.interviewedAt().map(t -> t.plus(within.get()))
                : Optional.empty();
        e.due(due);
        // No latency for a scorecard submitted before its interview (SUBMITTED_BEFORE_INTERVIEW).
        if (c.interviewedAt().isPresent() && !c.submittedAt().isBefore(c.interviewedAt().get())) {
          e.latency(Duration.between(c.interviewedAt().get(), c.submittedAt()));
        }
        if (due.isEmpty()) {
          e.status(TimelineStatus.SUBMITTED);
        } else if (c.submittedAt().isAfter(due.get())) {
          e.status(TimelineStatus.LATE).lateBy(Duration.between(due.get(), c.submittedAt()));
        } else {
          e.status(TimelineStatus.ON_TIME);
        }
        entries.add(e.build());
      }
      if (mine.isEmpty() && owedSeats.contains(seat.id())) {
        Optional<Instant> start =
            Optional.ofNullable(firstInStage.get(stage.map(EvaluationStage::id).orElse("")));
        Optional<Instant> due =
            within.isPresent() ? start.map(t -> t.plus(within.get())) : Optional.empty();
        TimelineEntry.Builder e =
            TimelineEntry.builder()
                .stageId(stage.map(EvaluationStage::id))
                .panelRoleId(seat.id())
                .due(due);
        if (due.isEmpty()) {
          e.status(TimelineStatus.NOT_SCHEDULED);
        } else if (asOf.isPresent() && asOf.get().isAfter(due.get())) {
          e.status(TimelineStatus.OVERDUE).lateBy(Duration.between(due.get(), asOf.get()));
        } else {
          e.status(TimelineStatus.DUE);
        }
        entries.add(e.build());
      }
    }
    // Seats in stage order: a stable sort keeps seat order, then interviewer, within a stage.
    if (!plan.stages().isEmpty()) {
      List<String> stageOrder = new ArrayList<>();
      plan.stages().forEach(s -> stageOrder.add(s.id()));
      entries.sort(Comparator.comparingInt(e -> e.stageId().map(stageOrder::indexOf).orElse(-1)));
    }
    Timeline.Builder t =
        Timeline.builder()
            .asOf(asOf)
            .debriefAt(context.debriefAt())
            .firstInterview(Optional.ofNullable(first))
            .addAllEntries(entries);
    if (first != null && plan.decisionDueWithin().isPresent()) {
      Instant due = first.plus(plan.decisionDueWithin().get());
      t.decisionDue(due);
      Optional<Instant> judgedAt = context.debriefAt().isPresent() ? context.debriefAt() : asOf;
      if (judgedAt.isPresent() && judgedAt.get().isAfter(due)) {
        t.decisionOverdueBy(Duration.between(due, judgedAt.get()));
      }
    }
    return t.build();
  }

  /** The advice reasons that the timeline calls for, overdue scorecards first. */
  static List<Reason> advice(Timeline timeline) {
    List<Reason> out = new ArrayList<>();
    for (TimelineEntry e : timeline.overdue()) {
      Duration late = e.lateBy().orElse(Duration.ZERO);
      out.add(
          Reason.of(
              ReasonCode.SCORECARD_OVERDUE,
              Optional.of(e.panelRoleId()),
              Map.of("overdueHours", hours(late)),
              format(
                  "The scorecard for seat '%s' was due at %s and is %s overdue.",
                  e.panelRoleId(), e.due().orElseThrow(), describe(late))));
    }
    timeline
        .decisionOverdueBy()
        .ifPresent(
            late ->
                out.add(
                    Reason.of(
                        ReasonCode.DECISION_OVERDUE,
                        Optional.empty(),
                        Map.of("overdueHours", hours(late)),
                        format(
                            "The decision was due at %s and is %s overdue.",
                            timeline.decisionDue().orElseThrow(), describe(late)))));
    return out;
  }

  /** A duration in hours, to the second. */
  static double hours(Duration d) {
    return d.toSeconds() / 3600.0;
  }

  /**
   * A duration as a person reads it: {@code 2 d 3 h}, {@code 5 h 20 min}, {@code 45 min}; under a
   * minute, in seconds ({@code 30 s}) or {@code under 1 s}, never {@code 0 min} for a time that has
   * passed.
   */
  static String describe(Duration d) {
    long minutes = d.toMinutes();
    if (minutes == 0 && !d.isZero() && !d.isNegative()) {
      return d.toSeconds() > 0 ? format("%d s", d.toSeconds()) : "under 1 s";
    }
    long days = minutes / (24 * 60);
    long hoursPart = (minutes / 60) % 24;
    long minutesPart = minutes % 60;
    if (days > 0) {
      return hoursPart > 0 ? format("%d d %d h", days, hoursPart) : format("%d d", days);
    }
    if (hoursPart > 0) {
      return minutesPart > 0
          ? format("%d h %d min", hoursPart, minutesPart)
          : format("%d h", hoursPart);
    }
    return format("%d min", minutesPart);
  }
}
