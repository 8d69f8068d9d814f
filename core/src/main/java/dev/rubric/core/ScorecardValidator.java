package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds every problem in a {@link Scorecard} read against its {@link InterviewPlan}. */
final class ScorecardValidator {
  private ScorecardValidator() {}

  static ValidationReport validate(Scorecard card, InterviewPlan plan) {
    List<Problem> problems = new ArrayList<>();
    blank(problems, card.candidateId(), "/candidateId", "candidate id");
    blank(problems, card.interviewerId(), "/interviewerId", "interviewer id");
    Ids.hasHidden(problems, card.candidateId(), "/candidateId", "candidate id");
    Ids.hasHidden(problems, card.interviewerId(), "/interviewerId", "interviewer id");
    Ids.hasHidden(problems, card.panelRoleId(), "/panelRoleId", "panel role id");
    // A fingerprint holding a control character is reported as such, not also as a mismatch.
    boolean fingerprintHidden =
        Ids.hasHidden(problems, card.planFingerprint(), "/planFingerprint", "plan fingerprint");
    if (!fingerprintHidden && !plan.matchesFingerprint(card.planFingerprint())) {
      problems.add(
          Problem.error(
              FINGERPRINT_MISMATCH,
              "/planFingerprint",
              format(
                  "The scorecard was written against plan %s, not this plan (%s); score it with"
                      + " the plan it names.",
                  card.planFingerprint(), plan.fingerprint())));
    }
    Optional<PanelRole> seat = plan.panelRole(card.panelRoleId());
    if (seat.isEmpty() && !VisibleText.hasHidden(card.panelRoleId())) {
      problems.add(
          Problem.error(
              UNKNOWN_PANEL_ROLE,
              "/panelRoleId",
              format("The plan has no panel role '%s'.", card.panelRoleId())));
    }
    RatingScale scale = plan.scale();
    Set<String> rated = new HashSet<>();
    for (int i = 0; i < card.ratings().size(); i++) {
      Rating r = card.ratings().get(i);
      String path = "/ratings/" + i;
      if (Ids.hasHidden(problems, r.competencyId(), path + "/competencyId", "competency id")) {
        rated.add(r.competencyId());
      } else if (plan.competency(r.competencyId()).isEmpty()) {
        problems.add(
            Problem.error(
                UNKNOWN_COMPETENCY,
                path + "/competencyId",
                format("The plan has no competency '%s'.", r.competencyId())));
      } else if (!rated.add(r.competencyId())) {
        problems.add(
            Problem.error(
                DUPLICATE_RATING,
                path + "/competencyId",
                format("Competency '%s' is rated twice; keep one rating.", r.competencyId())));
      } else if (seat.isPresent() && !seat.get().assesses(r.competencyId())) {
        problems.add(
            Problem.error(
                COMPETENCY_NOT_IN_SEAT,
                path + "/competencyId",
                format(
                    "Seat '%s' does not assess competency '%s'; rate only the seat's"
                        + " competencies.",
                    card.panelRoleId(), r.competencyId())));
      }
      if (!scale.contains(r.level())) {
        problems.add(
            Problem.error(
                LEVEL_OUTSIDE_SCALE,
                path + "/level",
                format(
                    "Level %d of '%s' is not on the scale (%d to %d).",
                    r.level(),
                    r.competencyId(),
                    scale.levels().isEmpty() ? 0 : scale.min(),
                    scale.levels().isEmpty() ? 0 : scale.max())));
      } else if ((r.level() == scale.min() || r.level() == scale.max()) && r.evidence().isBlank()) {
        problems.add(
            Problem.advice(
                MISSING_EVIDENCE,
                path + "/evidence",
                format(
                    "The extreme rating %d of '%s' has no written evidence; write what the"
                        + " candidate said or did.",
                    r.level(), r.competencyId())));
      }
    }
    seat.ifPresent(
        s -> {
          for (String competencyId : s.competencies()) {
            if (!rated.contains(competencyId)) {
              problems.add(
                  Problem.advice(
                      UNRATED_COMPETENCY,
                      "/ratings",
                      format(
                          "Seat '%s' assesses '%s' but the scorecard does not rate it; it counts"
                              + " as not assessed, never as low.",
                          s.id(), competencyId)));
            }
          }
        });
    return ValidationReport.of(problems);
  }

  private static void blank(List<Problem> problems, String text, String path, String what) {
    if (text.isBlank()) {
      problems.add(Problem.error(BLANK_TEXT, path, format("The %s is empty.", what)));
    }
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
