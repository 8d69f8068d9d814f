package dev.rubric.examples;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.json.EvaluationJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Integration example: an ATS receives a candidate's packet (the interview plan and the panel's
 * scorecards) as JSON bytes, evaluates it, and stores the decision and the evaluation's JSON.
 *
 * <p>Nothing here throws for bad input: a plan or packet that cannot be read comes back as its
 * located problems, exactly what an ATS would show the person who submitted it. Stateless and
 * thread-safe; the {@link Evaluator} is immutable and can be shared.
 */
public final class EvaluatePacketFromJson {
  private static final Evaluator EVALUATOR = Evaluator.standard();

  private EvaluatePacketFromJson() {}

  /**
   * Evaluates the scorecards in {@code packetJson} (a Rubric scorecard list or a bare array)
   * against the plan in {@code planJson}.
   *
   * @param planJson the plan's JSON document
   * @param packetJson the scorecards' JSON document: a Rubric scorecard list or a bare array
   * @return one line for the decision ({@code OUTCOME for CANDIDATE}), one per reason, and a last
   *     line with the size of the evaluation's JSON; or, when the input is rejected, one line per
   *     problem, each starting with {@code rejected:}
   */
  public static List<String> evaluate(byte[] planJson, byte[] packetJson) {
    Objects.requireNonNull(planJson, "planJson");
    Objects.requireNonNull(packetJson, "packetJson");
    RubricJson json = RubricJson.standard();
    ReadResult<InterviewPlan> plan = json.readPlan(planJson);
    if (!plan.isOk()) {
      return rejected("plan", plan.problems());
    }
    List<Problem> planErrors = plan.orElseThrow().validate().errors();
    if (!planErrors.isEmpty()) {
      return rejected("plan", planErrors);
    }
    ReadResult<List<Scorecard>> packet = json.readScorecards(packetJson);
    if (!packet.isOk()) {
      return rejected("packet", packet.problems());
    }
    Evaluation evaluation = EVALUATOR.evaluate(plan.orElseThrow(), packet.orElseThrow());
    List<String> lines = new ArrayList<>();
    lines.add(
        evaluation.decision().outcome()
            + " for "
            + evaluation.candidateId().orElse("(no candidate)"));
    for (Reason reason : evaluation.decision().reasons()) {
      lines.add(
          "  " + reason.code() + " " + reason.subject().orElse("") + ": " + reason.sentence());
    }
    String stored = EvaluationJson.write(evaluation); // what the ATS would store with the candidate
    lines.add("evaluation JSON: " + stored.length() + " characters");
    return lines;
  }

  private static List<String> rejected(String what, List<Problem> problems) {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems) {
      lines.add("rejected: " + what + ": " + p);
    }
    return lines;
  }
}
