package dev.rubric.cli;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.agreement.RatingMatrix;
import dev.rubric.scoring.agreement.Ratings;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rubric export-ratings --plan PLAN.json SCORECARDS.json... [--competency ID] [--out FILE]}:
 * turns a history of scorecards into the wide CSV that {@code rubric agreement} reads.
 *
 * <p>The shape: a header row {@code candidate/competency,<interviewer>...} with one column per
 * interviewer (sorted by id), then one row per candidate and competency that at least one
 * interviewer rated, sorted by candidate id and then competency id, whose first cell is {@code
 * <candidate>/<competency>} and whose other cells hold each interviewer's level, empty where that
 * interviewer gave no rating. It is {@link RatingMatrix#fromScorecards} written as CSV (RFC 4180: a
 * cell holding a comma, a quote or a line break is quoted; an id a spreadsheet would take for a
 * formula is written after an apostrophe, see {@link #cell}).
 *
 * <p>Only the scorecards that {@code rubric evaluate} would use count, decided by the {@link
 * Evaluator} candidate by candidate: a scorecard of another plan, a stale one superseded by the
 * same interviewer's later scorecard for that seat, or an exact copy is left out, and the left-out
 * scorecards are counted per cause in one line on standard error. Exit 0 when the CSV is written, 1
 * when input is rejected or no scorecard is usable (one line counting the causes, then one line per
 * file naming it with its scorecards and their causes: {@link NothingUsable}), 2 on a usage error.
 */
@Command(
    name = "export-ratings",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Export a scorecard history as the wide ratings CSV that 'rubric agreement' reads.",
      "One row per candidate and competency (first cell 'candidate/competency'), one column per"
          + " interviewer, an empty cell where an interviewer gave no rating."
    },
    footer = {"", "Exit codes: 0 ok, 1 input rejected, 2 usage error."})
final class ExportRatingsCommand implements Callable<Integer> {
  /** The header's first cell, naming the unit column. */
  static final String UNIT_COLUMN = "candidate/competency";

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin ScorecardHistory input = new ScorecardHistory();

  @Option(
      names = "--competency",
      paramLabel = "ID",
      description = "Export only this competency's rows.")
  @Nullable String competency;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the CSV to FILE (atomically) instead of standard output.")
  @Nullable String out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ScorecardHistory.Read read = input.read(err, false);
    InterviewPlan interviewPlan = read.plan();
    List<Scorecard> history = read.history();
    List<String> files = input.files;
    int[] counts = read.counts();
    String only = competency;
    if (only != null
        && interviewPlan.competencies().stream().map(Competency::id).noneMatch(only::equals)) {
      throw new InputRejected(
          String.format(
              Locale.ROOT,
              "--competency '%s' is not a competency of plan '%s'",
              VisibleText.of(only),
              VisibleText.of(interviewPlan.id())));
    }
    List<Scorecard> used = new ArrayList<>();
    Map<String, Integer> leftOut = new TreeMap<>();
    @Nullable String[] causes = new String[history.size()];
    select(interviewPlan, history, used, leftOut, causes);
    if (used.isEmpty()) {
      String summary =
          history.isEmpty()
              ? "no scorecard to export: the files hold none"
              : String.format(
                      Locale.ROOT,
                      "no usable scorecard among %d given (%s)",
                      history.size(),
                      Causes.listed(leftOut))
                  + (leftOut.containsKey(ProblemCodes.FINGERPRINT_MISMATCH)
                      ? NothingUsable.fingerprints(interviewPlan, history)
                      : "");
      return NothingUsable.report(err, summary, files, counts, causes);
    }
    if (!leftOut.isEmpty()) {
      err.printf(
          Locale.ROOT,
          "%s: left out %d of %d scorecards that an evaluation would not use (%s)%n",
          OneLineErrors.PROGRAM,
          history.size() - used.size(),
          history.size(),
          Causes.listed(leftOut));
      err.flush();
    }
    String csv = csv(RatingMatrix.fromScorecards(used), only);
    if (csv.indexOf('\n') == csv.length() - 1) {
      // A header alone is a file 'rubric agreement' refuses: say so here, not there.
      throw new InputRejected(
          only == null
              ? String.format(
                  Locale.ROOT,
                  "nothing to export: the %d usable scorecards hold no rating",
                  used.size())
              : String.format(
                  Locale.ROOT,
                  "nothing to export: none of the %d usable scorecards rates competency '%s'",
                  used.size(),
                  VisibleText.of(only)));
    }
    ReportFile.write(spec, out, csv, input.all());
    return ExitCodes.OK;
  }

  /**
   * Splits {@code history} into the scorecards an evaluation of each candidate uses and the count
   * of the others by their cause ({@link Causes#of}), which {@code causes} also records at each
   * left-out scorecard's position in {@code history}.
   */
  private static void select(
      InterviewPlan plan,
      List<Scorecard> history,
      List<Scorecard> used,
      Map<String, Integer> out,
      @Nullable String[] causes) {
    Map<String, List<Integer>> byCandidate = new TreeMap<>();
    for (int i = 0; i < history.size(); i++) {
      byCandidate.computeIfAbsent(history.get(i).candidateId(), c -> new ArrayList<>()).add(i);
    }
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    for (Map.Entry<String, List<Integer>> e : byCandidate.entrySet()) {
      // The evaluation lists the scorecards in its own order; equal copies are interchangeable.
      Map<Scorecard, ArrayDeque<Integer>> positions = new HashMap<>();
      List<Scorecard> packet = new ArrayList<>(e.getValue().size());
      for (int i : e.getValue()) {
        packet.add(history.get(i));
        positions.computeIfAbsent(history.get(i), c -> new ArrayDeque<>()).add(i);
      }
      for (ScorecardAccount account : evaluator.evaluate(e.getKey(), packet).scorecards()) {
        ArrayDeque<Integer> at = positions.get(account.scorecard());
        Integer position = at == null ? null : at.poll();
        if (account.used()) {
          used.add(account.scorecard());
        } else {
          String cause = Causes.of(account);
          out.merge(cause, 1, Integer::sum);
          if (position != null) {
            causes[position] = cause;
          }
        }
      }
    }
  }

  /**
   * The matrix as CSV: the header, then its rows, keeping only the rows of {@code competency} when
   * it is given (units are {@code candidate/competency}, so a row's competency is what follows its
   * candidate's id and the slash).
   */
  static String csv(RatingMatrix matrix, @Nullable String competency) {
    StringBuilder csv = new StringBuilder();
    csv.append(UNIT_COLUMN);
    for (String rater : matrix.raterIds()) {
      csv.append(',').append(cell(rater));
    }
    csv.append('\n');
    List<String> units = matrix.unitIds();
    int[][] rows = matrix.rows();
    for (int i = 0; i < rows.length; i++) {
      String unit = units.get(i);
      if (competency != null && !unit.endsWith("/" + competency)) {
        continue;
      }
      csv.append(cell(unit));
      for (int level : rows[i]) {
        csv.append(',');
        if (level != Ratings.MISSING) {
          csv.append(level);
        }
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * One CSV cell: as it stands, or quoted with its quotes doubled when it needs quoting. An id that
   * begins with {@code =}, {@code +}, {@code -} or {@code @}, which a spreadsheet program would run
   * as a formula ({@code =HYPERLINK(...)}), gets an apostrophe before it, as the OWASP advice on
   * CSV injection has it, and so does one that begins with an apostrophe, so that no two ids are
   * written alike.
   */
  static String cell(String id) {
    String text = startsLikeAFormula(id) ? "'" + id : id;
    boolean quote =
        text.isEmpty()
            || text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.strip().equals(text);
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static boolean startsLikeAFormula(String id) {
    return !id.isEmpty() && "=+-@'".indexOf(id.charAt(0)) >= 0;
  }
}
