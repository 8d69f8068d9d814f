package dev.rubric.cli;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.interop.AtsVendor;
import dev.rubric.interop.ImportMapping;
import dev.rubric.interop.ImportResult;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.EvaluationContext;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Reason;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric evaluate --plan PLAN.json SCORECARDS.json [--format text|json|html] [--out FILE]
 * [--verbose]} and {@code --from VENDOR --mapping MAPPING.json} for an ATS payload: evaluates one
 * candidate and writes the report. Exit 0 when evaluated, whatever the decision; 1 when the plan,
 * the scorecards or the mapping cannot be used (each problem one line on standard error naming the
 * file and JSON path), when scorecards were given but none of them can be used (one line naming
 * each rejection cause with its count, for example scorecards written against another plan's
 * fingerprint), or when the scorecards file is an ATS payload given without {@code --from} (one
 * line naming the vendor). {@code --out} never replaces an input and replaces its file atomically
 * ({@link OutputFile}). Scorecards the evaluation rejects are listed in every report format;
 * payload elements an importer cannot use are printed on standard error, one located line each, and
 * the rest is evaluated.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Evaluate a candidate's scorecards against an interview plan and write the report.",
      "The report gives the decision with its reasons, scores against targets and must-have bars,"
          + " the breadth/depth shape, consensus and the debrief agenda."
    },
    footer = {
      "",
      "Exit codes: 0 evaluated (whatever the decision), 1 input rejected, 2 usage error."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** The values of {@code --from}, spelled as the command-line contract spells them. */
  private static final List<String> VENDORS = List.of("greenhouse", "lever", "ashby", "merge");

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN.json",
      description = "The interview plan the scorecards were written against.")
  String plan = "";

  @Mixin ReportFormat output = new ReportFormat();

  @Mixin ReportFile file = new ReportFile();

  @Option(
      names = "--verbose",
      description = "Text format: print every piece of evidence in full, not only its first line.")
  boolean verbose;

  @Option(
      names = "--from",
      paramLabel = "VENDOR",
      description = "Read an ATS payload: greenhouse, lever, ashby or merge (needs --mapping).")
  @Nullable String from;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING.json",
      description = "The import mapping for --from: vendor fields to competencies and seats.")
  @Nullable String mapping;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Evaluate as of this time (ISO-8601, e.g. 2026-11-20T17:00:00Z): overdue scorecards and"
              + " a passed decision deadline are judged against it. Without it nothing is overdue;"
              + " the library never reads the system clock.")
  @Nullable String asOf;

  @Option(
      names = "--debrief-at",
      paramLabel = "INSTANT",
      description =
          "When the debrief began: scorecards submitted after it are flagged"
              + " SUBMITTED_AFTER_DEBRIEF and left out of the decision (but listed).")
  @Nullable String debriefAt;

  @Parameters(
      index = "0",
      paramLabel = "SCORECARDS.json",
      description = "The scorecards (a Rubric scorecard list or a bare array), or the payload.")
  String scorecards = "";

  @Override
  public Integer call() {
    String format = output.format();
    AtsVendor vendor = null;
    if (from != null || mapping != null) {
      if (from == null || mapping == null) {
        throw usage(from == null ? "--mapping needs --from VENDOR" : "--from needs --mapping FILE");
      }
      String name = OptionValues.oneOf(spec, "--from", from, VENDORS);
      vendor =
          AtsVendor.fromName(name)
              .orElseThrow(() -> new IllegalStateException("no importer for --from " + name));
    }
    EvaluationContext context = context();
    PrintWriter err = spec.commandLine().getErr();
    // The plan and a scorecard file are read both before either is refused, so one run names
    // the faults of both. With --from, so are the mapping (read and checked against the vendor)
    // and the payload's bytes; checking the mapping against the plan and importing the payload
    // need the plan, so they wait for it.
    InputReads reads = new InputReads(err);
    Optional<InterviewPlan> readPlan = reads.read(() -> readPlan(plan, err));
    Optional<List<Scorecard>> readCards = Optional.empty();
    Optional<ImportMapping> readMapping = Optional.empty();
    Optional<byte[]> payload = Optional.empty();
    if (vendor == null) {
      readCards = reads.read(() -> readScorecards(scorecards, err));
    } else {
      AtsVendor from = vendor;
      readMapping = reads.read(() -> readMapping(from, err));
      payload = reads.read(() -> InputFiles.read(scorecards));
    }
    reads.rejectIfAny();
    InterviewPlan interviewPlan = readPlan.orElseThrow();
    List<Scorecard> cards =
        vendor == null
            ? readCards.orElseThrow()
            : importScorecards(
                vendor, readMapping.orElseThrow(), payload.orElseThrow(), interviewPlan, err);
    if (cards.isEmpty()) {
      // Nothing usable in it: without a scorecard there is no candidate to evaluate.
      throw new InputRejected(
          scorecards
              + (vendor == null ? ": the file" : ": the payload")
              + " holds no scorecard, so there is no candidate to evaluate");
    }
    Evaluation evaluation = Evaluator.standard().evaluate(interviewPlan, cards, context);
    if (evaluation.used().isEmpty()) {
      // Nothing was rated: a report would only list every seat as owing a scorecard.
      Reason why = evaluation.decision().reasons().get(0);
      throw new InputRejected(scorecards + ": " + why.sentence());
    }
    String report =
        switch (format) {
          case "json" -> VisibleJson.evaluation(evaluation);
          case "html" -> HtmlReport.render(interviewPlan, evaluation);
          default -> TextReport.render(interviewPlan, evaluation, verbose);
        };
    write(report);
    return ExitCodes.OK;
  }

  /** The caller's clock from --as-of and --debrief-at; a malformed or inverted pair is usage. */
  private EvaluationContext context() {
    EvaluationContext.Builder c = EvaluationContext.builder();
    Optional<Instant> now = instant("--as-of", asOf);
    Optional<Instant> debrief = instant("--debrief-at", debriefAt);
    now.ifPresent(c::asOf);
    debrief.ifPresent(c::debriefAt);
    if (now.isPresent() && debrief.isPresent() && debrief.get().isAfter(now.get())) {
      throw usage(
          "--debrief-at "
              + debrief.get()
              + " is after --as-of "
              + now.get()
              + "; a debrief cannot have begun after the evaluation time");
    }
    return c.build();
  }

  /** The earliest time --as-of and --debrief-at take, as the JSON reader takes timestamps. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time --as-of and --debrief-at take. */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Optional<Instant> instant(String option, @Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      Instant at = ObjectFields.parseTimestamp(text);
      if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
        throw outsideTheYears(option, text);
      }
      return Optional.of(at);
    } catch (DateTimeParseException e) {
      if (ObjectFields.yearBeyondTheParser(text)) {
        throw outsideTheYears(option, text);
      }
      throw usage(
          "Invalid value for option '"
              + option
              + "': '"
              + VisibleText.of(text)
              + "' is not an ISO-8601 time with an offset, such as 2026-11-20T17:00:00Z");
    }
  }

  private ParameterException outsideTheYears(String option, String text) {
    return usage(
        "Invalid value for option '"
            + option
            + "': '"
            + VisibleText.of(text)
            + "' is outside the years 0001 to 9999 (UTC)");
  }

  private void write(String report) {
    List<String> inputs = new ArrayList<>(List.of(plan, scorecards));
    if (mapping != null) {
      inputs.add(mapping);
    }
    file.write(report, inputs);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Reads and validates a plan; its problems go to {@code err}, one line each, then rejection. */
  static InterviewPlan readPlan(String file, PrintWriter err) {
    ReadResult<InterviewPlan> read = RubricJson.standard().readPlan(InputFiles.read(file));
    List<Problem> problems =
        read.value().map(p -> p.validate().errors()).orElse(read.problems()).stream()
            .filter(Problem::isError)
            .toList();
    if (!problems.isEmpty() || read.value().isEmpty()) {
      reject(file, "the plan", problems, err);
    }
    return read.value().orElseThrow();
  }

  /** Reads a scorecard list; its problems go to {@code err}, one line each, then rejection. */
  static List<Scorecard> readScorecards(String file, PrintWriter err) {
    byte[] bytes = InputFiles.read(file);
    ReadResult<List<Scorecard>> read = RubricJson.standard().readScorecards(bytes);
    if (!read.isOk()) {
      Optional<AtsVendor> vendor = VendorPayloads.detect(bytes);
      if (vendor.isPresent()) {
        String name = vendor.get().jsonName();
        throw new InputRejected(
            String.format(
                Locale.ROOT,
                "%s: this is a %s payload, not Rubric scorecards; read it with --from %s"
                    + " --mapping MAPPING.json",
                file,
                VendorPayloads.displayName(vendor.get()),
                name));
      }
      reject(file, "the scorecards", read.problems(), err);
    }
    return read.orElseThrow();
  }

  /** Reads the mapping of {@code --mapping} and checks that it is one for {@code vendor}. */
  private ImportMapping readMapping(AtsVendor vendor, PrintWriter err) {
    String mappingFile = requireNonNullOption(mapping);
    ReadResult<ImportMapping> read = ImportMapping.fromJson(InputFiles.read(mappingFile));
    if (!read.isOk()) {
      reject(mappingFile, "the mapping", read.problems(), err);
    }
    ImportMapping importMapping = read.orElseThrow();
    if (importMapping.vendor() != vendor) {
      throw new InputRejected(
          String.format(
              Locale.ROOT,
              "%s: the mapping is for %s, not %s (at /vendor)",
              mappingFile,
              importMapping.vendor().jsonName(),
              vendor.jsonName()));
    }
    return importMapping;
  }

  private List<Scorecard> importScorecards(
      AtsVendor vendor,
      ImportMapping importMapping,
      byte[] payload,
      InterviewPlan interviewPlan,
      PrintWriter err) {
    String mappingFile = requireNonNullOption(mapping);
    List<Problem> mappingErrors = importMapping.checkAgainst(interviewPlan).errors();
    if (!mappingErrors.isEmpty()) {
      reject(mappingFile, "the mapping", mappingErrors, err);
    }
    ImportResult result = importMapping.importer(interviewPlan).importScorecards(payload);
    for (Problem p : result.problems()) {
      err.println(OneLineErrors.line(scorecards + ": " + p));
    }
    err.flush();
    if (result.scorecards().isEmpty() && result.hasErrors()) {
      throw new InputRejected(
          scorecards
              + ": no scorecard could be imported from the "
              + vendor.jsonName()
              + " payload");
    }
    return result.scorecards();
  }

  private static void reject(String file, String what, List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println(OneLineErrors.line(file + ": " + p));
    }
    err.flush();
    int n = problems.size();
    throw new InputRejected(
        String.format(
            Locale.ROOT,
            "%s: %s %s rejected with %d %s",
            file,
            what,
            what.endsWith("s") ? "are" : "is",
            n,
            n == 1 ? "error" : "errors"));
  }

  private static String requireNonNullOption(@Nullable String value) {
    if (value == null) {
      throw new IllegalStateException("checked in call()");
    }
    return value;
  }
}
