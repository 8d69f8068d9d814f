package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.CandidateComparison;
import dev.rubric.scoring.ComparedCandidate;
import dev.rubric.scoring.ComparedCompetency;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.EvaluationProblemCodes;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric compare --plan PLAN.json CANDIDATE.json... [--format text|json|html] [--out FILE]}:
 * evaluates each candidate file (one candidate's scorecards) against the plan and writes them side
 * by side ({@link CandidateComparison}): ordered by decision, then score; each one's decision,
 * score, must-have bars met or missed and concerns; a matrix of competencies by candidate. A file
 * whose scorecards cannot be used (for example, written against another plan) is refused as in
 * {@code evaluate}: exit 1 with one line naming the file and each cause, as is a file that holds no
 * scorecard (nothing to compare); a file some of whose scorecards are not used (another
 * candidate's, another plan's) gets one line on standard error counting them per cause ({@link
 * UnusedScorecards}), and the comparison goes on.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare candidates of one plan side by side: decision, score, must-have bars, concerns,"
          + " and every competency's score against its target."
    },
    footer = {"", "Exit codes: 0 compared, 1 input rejected, 2 usage error."})
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN.json",
      description = "The interview plan the candidates were interviewed under.")
  String plan = "";

  @Mixin ReportFormat output = new ReportFormat();

  @Mixin ReportFile file = new ReportFile();

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "CANDIDATE.json",
      description = "One scorecard file per candidate.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    String format = output.format();
    PrintWriter err = spec.commandLine().getErr();
    // Every file is read before any is refused, so one run names the faults of all of them.
    InputReads reads = new InputReads(err);
    Optional<InterviewPlan> readPlan = reads.read(() -> EvaluateCommand.readPlan(plan, err));
    List<List<Scorecard>> read = new ArrayList<>();
    for (String file : files) {
      read.add(reads.read(() -> EvaluateCommand.readScorecards(file, err)).orElse(List.of()));
    }
    reads.rejectIfAny();
    InterviewPlan interviewPlan = readPlan.orElseThrow();
    PlanEvaluator evaluator = Evaluator.standard().forPlan(interviewPlan);
    List<Evaluation> evaluations = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Map<String, String> fileOfCandidate = new HashMap<>();
    // Every file's fault is reported, not only the first file's: each is one line.
    ProblemLines problems = new ProblemLines();
    List<String> evaluated = new ArrayList<>(); // the file of each evaluation
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      List<Scorecard> cards = read.get(f);
      if (cards.isEmpty()) {
        // Nothing usable: without a scorecard there is no candidate to put beside the others.
        problems.add(file + ": the file holds no scorecard, so no candidate to compare");
        continue;
      }
      Evaluation evaluation = evaluator.evaluate(cards);
      if (evaluation.used().isEmpty()) {
        Reason why = evaluation.decision().reasons().get(0);
        problems.add(file + ": " + why.sentence());
        continue;
      }
      // One candidate in two files (or one file given twice) would be two columns of one id, each
      // decided on part of the panel: refused, naming both files.
      String candidate = evaluation.candidateId().orElseThrow();
      String earlier = fileOfCandidate.putIfAbsent(candidate, file);
      if (earlier != null) {
        problems.add(
            InputFiles.shown(file)
                + ": candidate "
                + candidate
                + " is also in "
                + InputFiles.shown(earlier)
                + "; give each candidate's scorecards in one file, once");
        continue;
      }
      evaluations.add(evaluation);
      sizes.add(cards.size());
      evaluated.add(file);
    }
    // A scorecard of a compared candidate left in another candidate's file: that candidate would
    // be decided on part of the panel, so it is refused like a candidate found in two files.
    for (int i = 0; i < evaluations.size(); i++) {
      for (ScorecardAccount a : evaluations.get(i).rejected()) {
        String candidate = a.scorecard().candidateId();
        String home = fileOfCandidate.get(candidate);
        boolean mismatch =
            a.problems().stream()
                .anyMatch(p -> p.code().equals(EvaluationProblemCodes.CANDIDATE_MISMATCH));
        if (mismatch && home != null) {
          problems.add(
              InputFiles.shown(evaluated.get(i))
                  + ": a scorecard for candidate "
                  + TableText.id(candidate)
                  + " (by "
                  + TableText.id(a.scorecard().interviewerId())
                  + ", seat "
                  + TableText.id(a.scorecard().panelRoleId())
                  + ") is in this file, but the candidate is compared from "
                  + InputFiles.shown(home)
                  + "; give each candidate's scorecards in one file, once");
        }
      }
    }
    problems.rejectIfAny();
    for (int i = 0; i < evaluations.size(); i++) {
      UnusedScorecards.report(err, evaluated.get(i), sizes.get(i), evaluations.get(i));
    }
    CandidateComparison comparison = CandidateComparison.of(interviewPlan, evaluations);
    String report =
        switch (format) {
          case "json" -> json(interviewPlan, comparison).stripTrailing() + "\n";
          case "html" -> ComparisonReports.html(interviewPlan, comparison);
          default -> ComparisonReports.text(interviewPlan, comparison);
        };
    List<String> inputs = new ArrayList<>(files);
    inputs.add(plan);
    file.write(report, inputs);
    return ExitCodes.OK;
  }

  /**
   * {@code {"plan": {"id", "fingerprint"}, "candidates": [{"candidateId", "decision", "score",
   * "barsMet", "barsMissed", "barsNotRated", "concerns", "competencies": {id: {"score", "target",
   * "bar", "concern"}}}]}}; an absent score, target or bar is left out.
   */
  static String json(InterviewPlan plan, CandidateComparison comparison) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.putObject("plan")
        .put("id", comparison.planId())
        .put("fingerprint", comparison.planFingerprint());
    ArrayNode candidates = root.putArray("candidates");
    for (ComparedCandidate c : comparison.candidates()) {
      ObjectNode n = candidates.addObject();
      c.candidateId().ifPresent(id -> n.put("candidateId", id));
      n.put("decision", c.outcome().name());
      if (c.score().isDefined()) {
        n.put("score", c.score().value());
      }
      ArrayNode met = n.putArray("barsMet");
      c.barsMet().forEach(met::add);
      ArrayNode missed = n.putArray("barsMissed");
      c.barsMissed().forEach(missed::add);
      ArrayNode notRated = n.putArray("barsNotRated");
      ComparisonReports.barsNotRated(plan, c).forEach(notRated::add);
      ArrayNode concerns = n.putArray("concerns");
      for (Reason r : c.concerns()) {
        ObjectNode rn = concerns.addObject().put("code", r.code().name());
        r.subject().ifPresent(s -> rn.put("subject", s));
        ObjectNode figures = rn.putObject("figures");
        r.figures().forEach(figures::put);
        rn.put("sentence", r.sentence());
      }
      ObjectNode competencies = n.putObject("competencies");
      for (ComparedCompetency cell : c.competencies()) {
        ObjectNode cn = competencies.putObject(cell.competencyId());
        if (cell.score().isDefined()) {
          cn.put("score", cell.score().value());
        }
        if (cell.target().isPresent()) {
          cn.put("target", cell.target().getAsInt());
        }
        if (cell.bar().isPresent()) {
          cn.put("bar", cell.bar().getAsInt());
        }
        cn.put("concern", cell.concern());
      }
    }
    return VisibleJson.pretty(root);
  }
}
