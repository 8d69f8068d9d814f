package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.FINGERPRINT_MISMATCH;
import static dev.rubric.core.ProblemCodes.LEVEL_OUTSIDE_SCALE;
import static dev.rubric.core.ProblemCodes.UNKNOWN_COMPETENCY;
import static dev.rubric.core.ProblemCodes.UNKNOWN_PANEL_ROLE;
import static dev.rubric.interop.InteropProblemCodes.RATING_SCALE_MISMATCH;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_COMPETENCY;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.internal.json.ObjectFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks an {@link ImportMapping} against an {@link InterviewPlan}. */
final class MappingCheck {
  private MappingCheck() {}

  static ValidationReport check(ImportMapping m, InterviewPlan plan) {
    List<Problem> out = new ArrayList<>();
    if (!plan.matchesFingerprint(m.planFingerprint())) {
      out.add(
          Problem.error(
              FINGERPRINT_MISMATCH,
              "/planFingerprint",
              String.format(
                  Locale.ROOT,
                  "The mapping stamps %s but plan '%s' has the fingerprint %s and the scoring"
                      + " fingerprint %s; imported scorecards would not match the plan.",
                  m.planFingerprint(),
                  plan.id(),
                  plan.fingerprint(),
                  plan.scoringFingerprint())));
    }
    for (Map.Entry<String, String> e : m.competencies().entrySet()) {
      if (plan.competency(e.getValue()).isEmpty()) {
        out.add(
            Problem.error(
                UNKNOWN_COMPETENCY,
                "/competencies/" + ObjectFields.escape(e.getKey()),
                String.format(
                    Locale.ROOT,
                    "'%s' is mapped to competency '%s', which plan '%s' does not have.",
                    e.getKey(),
                    e.getValue(),
                    plan.id())));
      }
    }
    for (Map.Entry<String, String> e : m.seats().entrySet()) {
      checkSeat(plan, e.getValue(), "/seats/" + ObjectFields.escape(e.getKey()), out);
    }
    m.defaultSeat().ifPresent(s -> checkSeat(plan, s, "/defaultSeat", out));
    for (Map.Entry<String, Integer> e : m.effectiveRatingLevels().entrySet()) {
      if (!plan.scale().contains(e.getValue())) {
        boolean given = !m.ratingLevels().isEmpty();
        out.add(
            Problem.error(
                LEVEL_OUTSIDE_SCALE,
                given ? "/ratingLevels/" + ObjectFields.escape(e.getKey()) : "/ratingLevels",
                String.format(
                    Locale.ROOT,
                    "%s rating '%s' reads as level %d, which is not on the plan's scale (%d to %d)"
                        + "%s.",
                    m.vendor().jsonName(),
                    e.getKey(),
                    e.getValue(),
                    plan.scale().min(),
                    plan.scale().max(),
                    given ? "" : " by the vendor's default table; give ratingLevels")));
      }
    }
    if (m.ratingLevels().isEmpty()
        && !m.vendor().defaultRatingLevels().isEmpty()
        && m.effectiveRatingLevels().values().stream().allMatch(plan.scale()::contains)
        && !ImportSession.defaultTableFits(m.vendor(), plan.scale())) {
      out.add(
          Problem.error(
              RATING_SCALE_MISMATCH,
              "/ratingLevels",
              String.format(
                  Locale.ROOT,
                  "The mapping gives no ratingLevels, and %s's default table (levels %s) does not"
                      + " fit the scale of plan '%s' (levels %s): every rating would be re-scaled;"
                      + " give ratingLevels.",
                  m.vendor().jsonName(),
                  ImportSession.defaultLevels(m.vendor()),
                  plan.id(),
                  ImportSession.planLevels(plan.scale()))));
    }
    if (m.vendor() == AtsVendor.MERGE) {
      out.add(
          Problem.advice(
              UNMAPPED_COMPETENCY,
              "/competencies",
              "Merge scorecards carry no competency ratings; only overall recommendations are"
                  + " imported."));
    } else {
      for (Competency c : plan.competencies()) {
        if (!m.competencies().containsValue(c.id())) {
          out.add(
              Problem.advice(
                  UNMAPPED_COMPETENCY,
                  "/competencies",
                  String.format(
                      Locale.ROOT,
                      "Competency '%s' of plan '%s' is mapped from no %s key, so its ratings will"
                          + " never be imported.",
                      c.id(),
                      plan.id(),
                      m.vendor().jsonName())));
        }
      }
    }
    return ValidationReport.of(out);
  }

  private static void checkSeat(InterviewPlan plan, String seat, String path, List<Problem> out) {
    if (plan.panelRole(seat).isEmpty()) {
      out.add(
          Problem.error(
              UNKNOWN_PANEL_ROLE,
              path,
              String.format(
                  Locale.ROOT, "Seat '%s' is not a panel role of plan '%s'.", seat, plan.id())));
    }
  }
}
