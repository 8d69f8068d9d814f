package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.scoring.calibration.Leniency;
import dev.rubric.scoring.calibration.LeniencyFlag;
import dev.rubric.scoring.calibration.RejectedScorecard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric calibrate --plan PLAN.json SCORECARDS.json... [--format text|json]}: reads one or
 * more scorecard files as one history and prints each interviewer's leniency against the panel,
 * flagged interviewers (lenient or severe) first. Progress goes to standard error only when it is a
 * terminal and the history is large. Exit 0 when calibrated, 1 when input is rejected, 2 on a usage
 * error.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Calibrate interviewers: each one's leniency over a history of scorecards.",
      "Leniency is measured against the rest of the panel on the same candidates, with its"
          + " standard error; lenient and severe interviewers are flagged and listed first."
    },
    footer = {"", "Exit codes: 0 ok, 1 input rejected, 2 usage error."})
final class CalibrateCommand implements Callable<Integer> {
  /** Histories with at least this many scorecards show progress on a terminal. */
  static final int PROGRESS_FROM = 10_000;

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN.json",
      description = "The interview plan the history was written against.")
  String plan = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "SCORECARDS.json",
      description = "One or more scorecard files, read as one history.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': '" + format + "' is not one of text, json");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    InterviewPlan interviewPlan = EvaluateCommand.readPlan(plan, err);
    List<Scorecard> history = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      history.addAll(EvaluateCommand.readScorecards(files.get(i), err));
      if (terminal && files.size() > 1) {
        err.printf(
            Locale.ROOT,
            "rubric: read %d of %d files (%d scorecards)%n",
            i + 1,
            files.size(),
            history.size());
        err.flush();
      }
    }
    if (terminal && history.size() >= PROGRESS_FROM) {
      err.printf(Locale.ROOT, "rubric: calibrating %d scorecards...%n", history.size());
      err.flush();
    }
    CalibrationReport report = InterviewerCalibration.standard().calibrate(interviewPlan, history);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? json(report).stripTrailing() + "\n" : text(report));
    out.flush();
    return ExitCodes.OK;
  }

  /** Flagged interviewers first (largest offset first), then the rest by id. */
  static List<InterviewerProfile> ordered(CalibrationReport report) {
    return report.interviewers().stream()
        .sorted(
            Comparator.comparing((InterviewerProfile p) -> !isFlagged(p))
                .thenComparing(p -> isFlagged(p) ? -Math.abs(p.leniency().offset()) : 0.0)
                .thenComparing(InterviewerProfile::interviewerId))
        .toList();
  }

  static boolean isFlagged(InterviewerProfile p) {
    return p.leniency().flag() == LeniencyFlag.LENIENT
        || p.leniency().flag() == LeniencyFlag.SEVERE;
  }

  static String text(CalibrationReport report) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Interviewer calibration: %d scorecards given, %d used, %d rejected; %d interviewers,"
                + " %d flagged%n",
            report.scorecardsGiven(),
            report.scorecardsUsed(),
            report.rejected().size(),
            report.interviewers().size(),
            report.flagged().size()));
    s.append(
        String.format(
            Locale.ROOT,
            "Between-interviewer variance of leniency: %.3f%n%n",
            report.betweenInterviewerVariance()));
    String row = "%-14s %-12s %9s %7s %6s %9s %11s %10s  %s%n";
    s.append(
        String.format(
            Locale.ROOT,
            row,
            "interviewer",
            "flag",
            "offset",
            "se",
            "z",
            "shrunk",
            "comparisons",
            "scorecards",
            "ratings by level"));
    for (InterviewerProfile p : ordered(report)) {
      Leniency l = p.leniency();
      s.append(
          String.format(
              Locale.ROOT,
              row,
              p.interviewerId(),
              (isFlagged(p) ? "* " : "") + l.flag(),
              signed(l.offset()),
              finite(l.standardError()),
              l.standardError() > 0
                  ? String.format(Locale.ROOT, "%.1f", l.offset() / l.standardError())
                  : "-",
              signed(l.shrunkOffset()),
              l.comparisons(),
              p.scorecards(),
              counts(p.ratingCounts())));
    }
    for (RejectedScorecard r : report.rejected()) {
      s.append(
          String.format(
              Locale.ROOT,
              "rejected: scorecard %d (%s by %s): %s%n",
              r.index(),
              r.candidateId(),
              r.interviewerId(),
              r.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
    }
    return s.toString();
  }

  static String json(CalibrationReport report) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("planFingerprint", report.planFingerprint());
    json.put("scorecardsGiven", report.scorecardsGiven());
    json.put("scorecardsUsed", report.scorecardsUsed());
    number(json, "betweenInterviewerVariance", report.betweenInterviewerVariance());
    ArrayNode interviewers = json.putArray("interviewers");
    for (InterviewerProfile p : ordered(report)) {
      ObjectNode node = interviewers.addObject();
      Leniency l = p.leniency();
      node.put("interviewerId", p.interviewerId());
      node.put("flag", l.flag().name());
      node.put("flagged", isFlagged(p));
      number(node, "offset", l.offset());
      number(node, "standardError", l.standardError());
      number(node, "shrunkOffset", l.shrunkOffset());
      number(node, "rawDifference", l.rawDifference());
      node.put("comparisons", l.comparisons());
      node.put("scorecards", p.scorecards());
      number(node, "adherence", p.adherence());
      number(node, "noRecommendationShare", p.noRecommendationShare());
      ObjectNode counts = node.putObject("ratingCounts");
      p.ratingCounts().forEach((level, n) -> counts.put(Integer.toString(level), n));
    }
    ArrayNode rejected = json.putArray("rejected");
    for (RejectedScorecard r : report.rejected()) {
      ObjectNode node = rejected.addObject();
      node.put("index", r.index());
      node.put("candidateId", r.candidateId());
      node.put("interviewerId", r.interviewerId());
      ArrayNode problems = node.putArray("problems");
      r.problems().forEach(p -> problems.add(p.toString()));
    }
    return RubricJson.pretty(json);
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  private static String signed(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.2f", v) : "-";
  }

  private static String finite(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
  }

  private static String counts(Map<Integer, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
