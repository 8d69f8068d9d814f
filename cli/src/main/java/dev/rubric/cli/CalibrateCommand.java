package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.EvidenceRules;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.CompetencyReliability;
import dev.rubric.scoring.calibration.Diagnostic;
import dev.rubric.scoring.calibration.EvidenceTally;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.scoring.calibration.Leniency;
import dev.rubric.scoring.calibration.LeniencyFlag;
import dev.rubric.scoring.calibration.RejectedScorecard;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rubric calibrate --plan PLAN.json SCORECARDS.json... [--format text|json|html]}: reads one
 * or more scorecard files as one history and prints each interviewer's leniency against the panel,
 * flagged interviewers (lenient or severe) first. Progress goes to standard error only when it is a
 * terminal and the history is large. Exit 0 when calibrated, 1 when input is rejected, 2 on a usage
 * error; exit 1 also when no scorecard is usable, with one line giving the count per cause and then
 * one line per file naming it with its scorecards and their causes ({@link NothingUsable}).
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

  @Mixin ScorecardHistory input = new ScorecardHistory();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or html (one self-contained page).")
  String format = "text";

  @Override
  public Integer call() {
    ReportFormat.checked(spec, format);
    PrintWriter err = spec.commandLine().getErr();
    // SystemConsoleNull: on Java 17 to 21, the versions this targets, console() is null when a
    // stream is redirected; Console.isTerminal(), the test for Java 22 and newer, is not in 17.
    @SuppressWarnings("SystemConsoleNull")
    boolean terminal = System.console() != null;
    // Every file is read before any is refused, so one run names the faults of all of them.
    ScorecardHistory.Read read = input.read(err, terminal);
    InterviewPlan interviewPlan = read.plan();
    List<Scorecard> history = read.history();
    List<String> files = input.files;
    int[] counts = read.counts();
    if (terminal && history.size() >= PROGRESS_FROM) {
      err.printf(Locale.ROOT, "rubric: calibrating %d scorecards...%n", history.size());
      err.flush();
    }
    CalibrationReport report = InterviewerCalibration.standard().calibrate(interviewPlan, history);
    if (report.scorecardsUsed() == 0) {
      String[] causes = new String[history.size()];
      report.rejected().forEach(r -> causes[r.index()] = r.cause());
      return NothingUsable.report(
          err, nothingUsable(report, interviewPlan, history), files, counts, causes);
    }
    List<EvidenceTally> evidence =
        EvidenceTally.perInterviewer(interviewPlan, history, EvidenceRules.defaults());
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case "json" -> json(report, evidence).stripTrailing() + "\n";
          case "html" -> CalibrationHtml.render(report, evidence);
          default -> CalibrationText.render(report, evidence);
        });
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The first line said when no scorecard is usable: how many were given, each rejection cause with
   * its count, and, when plans differ, the plan's fingerprint and those the scorecards name. The
   * lines naming each file follow it ({@link NothingUsable}).
   */
  static String nothingUsable(
      CalibrationReport report, InterviewPlan plan, List<Scorecard> history) {
    if (report.scorecardsGiven() == 0) {
      return "no scorecard to calibrate: the files hold none";
    }
    String causes = Causes.listed(report.rejectionCauses());
    String line =
        String.format(
            Locale.ROOT,
            "no usable scorecard among %d given (%s)",
            report.scorecardsGiven(),
            causes);
    if (report.rejectionCauses().containsKey(ProblemCodes.FINGERPRINT_MISMATCH)) {
      line += NothingUsable.fingerprints(plan, history);
    }
    return line;
  }

  /** Flagged interviewers first (largest offset first), then the rest by id. */
  static List<InterviewerProfile> ordered(CalibrationReport report) {
    return report.interviewers().stream()
        .sorted(
            Comparator.comparing((InterviewerProfile p) -> !isFlagged(p))
                .thenComparing(p -> isFlagged(p) ? -Math.abs(p.leniency().offset().orElse(0)) : 0.0)
                .thenComparing(InterviewerProfile::interviewerId))
        .toList();
  }

  static boolean isFlagged(InterviewerProfile p) {
    return p.leniency().flag() == LeniencyFlag.LENIENT
        || p.leniency().flag() == LeniencyFlag.SEVERE;
  }

  static String json(CalibrationReport report) {
    return json(report, List.of());
  }

  /**
   * The JSON report; each interviewer also gets {@code evidence}: {@code ratings}, {@code empty},
   * {@code tooShort}, {@code forbiddenPhrase}, {@code flagged} (zeros when not counted).
   */
  static String json(CalibrationReport report, List<EvidenceTally> evidence) {
    Map<String, EvidenceTally> tallies = new HashMap<>();
    evidence.forEach(t -> tallies.put(t.interviewerId(), t));
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("planFingerprint", report.planFingerprint());
    json.put("scorecardsGiven", report.scorecardsGiven());
    json.put("scorecardsUsed", report.scorecardsUsed());
    json.put("comparableGroups", report.comparableGroups());
    json.put("flagRule", report.flagRule());
    number(json, "residualVariance", report.residualVariance());
    json.put("degreesOfFreedom", report.degreesOfFreedom());
    number(json, "betweenInterviewerVariance", report.betweenInterviewerVariance());
    ArrayNode interviewers = json.putArray("interviewers");
    for (InterviewerProfile p : ordered(report)) {
      ObjectNode node = interviewers.addObject();
      Leniency l = p.leniency();
      node.put("interviewerId", p.interviewerId());
      if (l.group() == 0) {
        node.putNull("group");
      } else {
        node.put("group", l.group());
      }
      node.put("flag", l.flag().name());
      node.put("flagged", isFlagged(p));
      number(node, "offset", l.offset());
      number(node, "standardError", l.standardError());
      number(node, "z", l.z());
      number(node, "pValue", l.pValue());
      if (l.pValue() instanceof Coefficient.Undefined u) {
        node.put("pValueReason", u.explanation());
      }
      number(node, "adjustedPValue", l.adjustedPValue());
      number(node, "shrunkOffset", l.shrunkOffset());
      number(node, "rawDifference", l.rawDifference());
      node.put("comparisons", l.comparisons());
      node.put("scorecards", p.scorecards());
      number(node, "adherence", p.adherence());
      number(node, "noRecommendationShare", p.noRecommendationShare());
      EvidenceTally t =
          tallies.getOrDefault(
              p.interviewerId(), new EvidenceTally(p.interviewerId(), 0, 0, 0, 0, 0));
      node.putObject("evidence")
          .put("ratings", t.ratings())
          .put("empty", t.empty())
          .put("tooShort", t.tooShort())
          .put("forbiddenPhrase", t.forbiddenPhrase())
          .put("flagged", t.flagged());
      ObjectNode counts = node.putObject("ratingCounts");
      p.ratingCounts().forEach((level, n) -> counts.put(Integer.toString(level), n));
      ArrayNode diagnostics = node.putArray("diagnostics");
      for (Diagnostic d : p.diagnostics()) {
        ObjectNode dn = diagnostics.addObject();
        dn.put("name", d.name());
        number(dn, "value", d.value());
        number(dn, "panelValue", d.panelValue());
        dn.put("count", d.count());
        dn.put("reading", d.reading());
      }
    }
    ArrayNode idAdvice = json.putArray("idAdvice");
    for (Problem p : report.idAdvice()) {
      idAdvice
          .addObject()
          .put("code", p.code())
          .put("severity", p.severity().name())
          .put("path", p.path())
          .put("message", p.message());
    }
    ObjectNode causes = json.putObject("rejectionCauses");
    report.rejectionCauses().forEach(causes::put);
    ArrayNode rejected = json.putArray("rejected");
    for (RejectedScorecard r : report.rejected()) {
      ObjectNode node = rejected.addObject();
      node.put("index", r.index());
      node.put("candidateId", r.candidateId());
      node.put("interviewerId", r.interviewerId());
      node.put("cause", r.cause());
      ArrayNode problems = node.putArray("problems");
      r.problems().forEach(p -> problems.add(p.toString()));
    }
    ArrayNode sizing = json.putArray("panelSizing");
    for (CompetencyReliability c : report.panelSizing()) {
      ObjectNode node = sizing.addObject();
      node.put("competencyId", c.competencyId());
      node.put("candidates", c.units());
      icc(node.putObject("icc11"), c.icc11());
      icc(node.putObject("icc21"), c.icc21());
      ArrayNode mean = node.putArray("meanReliability");
      c.meanReliability().forEach(mean::add);
      ArrayNode needed = node.putArray("interviewersNeeded");
      for (CompetencyReliability.Target t : c.needed()) {
        ObjectNode tn = needed.addObject();
        tn.put("reliability", t.reliability());
        if (t.interviewers().isPresent()) {
          tn.put("interviewers", t.interviewers().getAsInt());
        } else {
          tn.putNull("interviewers");
        }
      }
    }
    return VisibleJson.pretty(json);
  }

  private static void icc(ObjectNode node, IccEstimate e) {
    number(node, "value", e.value().orElse(Double.NaN));
    e.value().undefinedReason().ifPresent(r -> node.put("reason", r.name()));
    if (e.interval().isPresent()) {
      ObjectNode ci = node.putObject("ci");
      number(ci, "lower", e.interval().get().lower());
      number(ci, "upper", e.interval().get().upper());
    } else {
      node.putNull("ci");
    }
  }

  /** An undefined figure prints as null, as a non-finite one does. */
  private static void number(ObjectNode node, String field, Coefficient value) {
    number(node, field, value.orElse(Double.NaN));
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
