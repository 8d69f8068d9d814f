package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.util.Spaces;
import dev.rubric.core.internal.util.Spellings;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.audit.AdverseImpact;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.CandidateOutcome;
import dev.rubric.scoring.audit.GroupMembership;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric audit --groups GROUPS.csv (--outcomes OUTCOMES.csv | --plan PLAN.json
 * SCORECARDS.json...) [--format text|json|html] [--out FILE] [--min-share 0.02] [--suppress-below
 * K] [--significance-level 0.05] [--small-below 30]}: selection and scoring rates by group, impact
 * ratios and exact tests ({@link AdverseImpact}). Every candidate must appear in both inputs (an
 * empty group cell is an unknown category); bad input is one located line, exit 1. With {@code
 * --plan}, a candidate none of whose scorecards can be used (another plan's, say) was not rated:
 * the audit is refused, exit 1, with one line per such candidate saying why; scorecards the
 * evaluations leave out while they use others are counted per cause on standard error, one line for
 * each file that held any, naming it ({@link UnusedScorecards}).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Audit a selection step for adverse impact: selection and scoring rates by group, impact"
          + " ratios against the highest rate, Fisher exact tests and the four-fifths line.",
      "An impact ratio describes the data; it is not a verdict."
    },
    footer = {"", "Exit codes: 0 ok, 1 input rejected, 2 usage error."})
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--groups",
      required = true,
      paramLabel = "GROUPS.csv",
      description = "candidateId,<dimension>...: one row per candidate, an empty cell for unknown.")
  String groups = "";

  @Option(
      names = "--outcomes",
      paramLabel = "OUTCOMES.csv",
      description = "candidateId,selected,score: selected 0 or 1, score optional.")
  @Nullable String outcomes;

  @Option(
      names = "--plan",
      paramLabel = "PLAN.json",
      description = "Evaluate SCORECARDS.json against this plan; a HIRE counts as selected.")
  @Nullable String plan;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html.")
  String format = "text";

  @Mixin ReportFile output = new ReportFile();

  @Option(
      names = "--min-share",
      paramLabel = "SHARE",
      converter = DecimalText.Option.class,
      description = "Leave categories under this share of candidates out of the ratios (0.02).")
  double minShare = 0.02;

  @Option(
      names = "--suppress-below",
      paramLabel = "K",
      description = "Leave categories of fewer than K candidates out of every output (0: none).")
  int suppressBelow = 0;

  @Option(
      names = "--significance-level",
      paramLabel = "LEVEL",
      converter = DecimalText.Option.class,
      description =
          "Flag a Fisher p-value under LEVEL as significant; intervals at 1 - LEVEL (0.05).")
  double significanceLevel = 0.05;

  @Option(
      names = "--small-below",
      paramLabel = "N",
      description =
          "Mark a comparison where either side has fewer than N applicants as small counts, where"
              + " the four-fifths rule is unreliable (30; 0: never).")
  int smallBelow = 30;

  @Parameters(
      index = "0..*",
      paramLabel = "SCORECARDS.json",
      description = "With --plan: one or more scorecard files.")
  List<String> files = new ArrayList<>();

  /**
   * The value of {@code option} as the command line spelled it, in single quotes ({@code '1'}, not
   * the double's {@code 1.0}), made visible; the value itself when the option was not given.
   */
  private String typed(String option, double value) {
    OptionSpec given = spec.commandLine().getParseResult().matchedOption(option);
    if (given == null || given.originalStringValues().isEmpty()) {
      return String.valueOf(value);
    }
    List<String> spelled = given.originalStringValues();
    return "'" + VisibleText.of(spelled.get(spelled.size() - 1)) + "'";
  }

  @Override
  public Integer call() {
    ReportFormat.checked(spec, format);
    if ((outcomes == null) == (plan == null)) {
      throw usage("give either --outcomes OUTCOMES.csv or --plan PLAN.json SCORECARDS.json...");
    }
    if (plan != null && files.isEmpty()) {
      throw usage("--plan needs one or more SCORECARDS.json files");
    }
    if (outcomes != null && !files.isEmpty()) {
      throw usage("SCORECARDS.json files go with --plan, not with --outcomes");
    }
    if (!(minShare >= 0 && minShare < 1)) {
      throw usage(
          "Invalid value for option '--min-share': "
              + typed("--min-share", minShare)
              + " is not in [0, 1)");
    }
    if (suppressBelow < 0) {
      throw usage("Invalid value for option '--suppress-below': " + suppressBelow + " is < 0");
    }
    if (!(significanceLevel > 0 && significanceLevel < 1)) {
      throw usage(
          "Invalid value for option '--significance-level': "
              + typed("--significance-level", significanceLevel)
              + " is not in (0, 1)");
    }
    if (smallBelow < 0) {
      throw usage("Invalid value for option '--small-below': " + smallBelow + " is < 0");
    }
    PrintWriter err = spec.commandLine().getErr();
    // Every problem of the two CSVs is reported at once, not only the first; and every input is
    // read before any is refused, so one run names the faults of all of them, a groups file that
    // cannot be read included, file by file in the order given.
    ProblemLines problems = new ProblemLines();
    InputReads reads = new InputReads(err);
    Optional<GroupsCsv> readMembership = reads.read(() -> readGroups(groups, problems));
    List<CandidateOutcome> results = new ArrayList<>();
    Map<String, String> origin = new HashMap<>(); // candidate -> where it was read, for messages
    if (outcomes != null) {
      // An outcomes file refused as a whole is named after the rows of the groups file.
      Optional<InputRejected> outcomesRefused = Optional.empty();
      Map<String, Integer> outcomeRows = new LinkedHashMap<>();
      boolean outcomesLost = false;
      try {
        outcomesLost = readOutcomes(outcomes, results, origin, outcomeRows, problems);
      } catch (InputRejected e) {
        outcomesRefused = Optional.of(e);
      }
      if (readMembership.isPresent() && outcomesRefused.isEmpty()) {
        // With the rows' own faults, in the same run: which candidates one file lacks.
        crossCheck(readMembership.get(), groups, outcomes, outcomeRows, outcomesLost, problems);
      }
      reads.check(problems::rejectIfAny);
      outcomesRefused.ifPresent(
          e ->
              reads.check(
                  () -> {
                    throw e;
                  }));
      reads.rejectIfAny();
    } else {
      String planFile = java.util.Objects.requireNonNull(plan);
      reads.check(problems::rejectIfAny);
      Optional<InterviewPlan> readPlan = reads.read(() -> EvaluateCommand.readPlan(planFile, err));
      List<List<Scorecard>> read = new ArrayList<>();
      for (String file : files) {
        read.add(reads.read(() -> EvaluateCommand.readScorecards(file, err)).orElse(List.of()));
      }
      reads.rejectIfAny();
      InterviewPlan interviewPlan = readPlan.orElseThrow();
      Map<String, List<Scorecard>> byCandidate = new TreeMap<>();
      // Which file each scorecard came from, by identity: two files may hold equal copies.
      java.util.IdentityHashMap<Scorecard, Integer> fileOf = new java.util.IdentityHashMap<>();
      int[] given = new int[files.size()];
      for (int i = 0; i < files.size(); i++) {
        String file = files.get(i);
        for (Scorecard card : read.get(i)) {
          byCandidate.computeIfAbsent(card.candidateId(), k -> new ArrayList<>()).add(card);
          origin.putIfAbsent(card.candidateId(), InputFiles.shown(file));
          fileOf.put(card, i);
          given[i]++;
        }
      }
      List<Evaluation> evaluations = new ArrayList<>();
      List<Map<String, Integer>> unused = new ArrayList<>();
      files.forEach(f -> unused.add(new TreeMap<>()));
      List<String> nothingRated = new ArrayList<>();
      byCandidate.forEach(
          (id, cards) -> {
            Evaluation evaluation = Evaluator.standard().evaluate(interviewPlan, cards);
            if (evaluation.used().isEmpty()) {
              // As evaluate: the first reason says why none of the candidate's scorecards counts.
              nothingRated.add(
                  origin.get(id)
                      + ": candidate "
                      + id
                      + ": "
                      + evaluation.decision().reasons().get(0).sentence());
            }
            for (ScorecardAccount a : evaluation.rejected()) {
              int file = fileOf(a.scorecard(), cards, fileOf);
              unused.get(file).merge(Causes.of(a), 1, Integer::sum);
            }
            evaluations.add(evaluation);
          });
      if (!nothingRated.isEmpty()) {
        return rejectNothingRated(err, nothingRated);
      }
      unusedLines(files, given, unused).forEach(err::println);
      err.flush();
      results.addAll(
          CandidateOutcome.fromEvaluations(
              evaluations, interviewPlan, java.util.EnumSet.of(dev.rubric.scoring.Outcome.HIRE)));
    }
    GroupsCsv membership = readMembership.orElseThrow();
    if (outcomes == null) { // an outcomes file was checked against the groups as it was read
      Map<String, Integer> groupRows = membership.rows;
      for (CandidateOutcome o : results) {
        if (!groupRows.containsKey(o.candidateId())) {
          problems.add(
              VisibleText.of(
                  origin.get(o.candidateId())
                      + ": candidate "
                      + o.candidateId()
                      + " is not in "
                      + InputFiles.shown(groups)));
        }
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      results.forEach(o -> seen.add(o.candidateId()));
      for (Map.Entry<String, Integer> e : groupRows.entrySet()) {
        if (!seen.contains(e.getKey())) {
          problems.add(
              VisibleText.of(
                  InputFiles.shown(groups)
                      + ": row "
                      + e.getValue()
                      + ": candidate "
                      + e.getKey()
                      + " has no outcome in the scorecards"));
        }
      }
    }
    problems.rejectIfAny();
    if (results.isEmpty()) {
      throw new InputRejected(InputFiles.shown(groups) + ": no candidate to audit");
    }
    if (membership.categories().values().stream().allMatch(Map::isEmpty)) {
      // Nothing usable: every category unknown leaves no group to compare in any table.
      throw new InputRejected(
          InputFiles.shown(groups)
              + ": no candidate has a known category in any dimension (every cell after"
              + " candidateId is empty), so there is no group to compare");
    }
    AuditOptions options =
        AuditOptions.defaults()
            .withMinShare(minShare)
            .withSuppressBelow(suppressBelow)
            .withSignificanceLevel(significanceLevel)
            .withSmallCount(smallBelow);
    AuditReport report = AdverseImpact.audit(results, membership.membership(), options);
    String text =
        switch (format) {
          case "json" -> json(report).stripTrailing() + "\n";
          case "html" -> AuditCommandReports.html(report, options);
          default -> AuditCommandReports.text(report, options);
        };
    List<String> inputs = new ArrayList<>(files);
    inputs.add(groups);
    if (outcomes != null) {
      inputs.add(outcomes);
    }
    if (plan != null) {
      inputs.add(plan);
    }
    output.write(text, inputs);
    return ExitCodes.OK;
  }

  /**
   * The lines counting the scorecards the evaluations left out: one per file that held any, naming
   * it (a file given twice counted once, with both copies' scorecards), in the order of the command
   * line, at most {@link NothingUsable#MAX_FILE_LINES} of them, the rest counted together on one
   * last line ({@code rubric: ... and 3 more files: 12 of 40 scorecards not used (...)}).
   */
  static List<String> unusedLines(
      List<String> files, int[] given, List<Map<String, Integer>> unused) {
    Map<String, Integer> givenByName = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> unusedByName = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      givenByName.merge(files.get(i), given[i], Integer::sum);
      Map<String, Integer> causes =
          unusedByName.computeIfAbsent(files.get(i), k -> new TreeMap<>());
      unused.get(i).forEach((k, v) -> causes.merge(k, v, Integer::sum));
    }
    List<String> lines = new ArrayList<>();
    int more = 0;
    int moreGiven = 0;
    Map<String, Integer> moreCauses = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : unusedByName.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      int fileGiven = java.util.Objects.requireNonNull(givenByName.get(e.getKey()));
      if (lines.size() < NothingUsable.MAX_FILE_LINES) {
        UnusedScorecards.line(e.getKey(), fileGiven, e.getValue()).ifPresent(lines::add);
      } else {
        more++;
        moreGiven += fileGiven;
        e.getValue().forEach((k, v) -> moreCauses.merge(k, v, Integer::sum));
      }
    }
    if (more > 0) {
      UnusedScorecards.line(
              "... and " + more + (more == 1 ? " more file" : " more files"), moreGiven, moreCauses)
          .ifPresent(lines::add);
    }
    return lines;
  }

  /**
   * The index of the file that held {@code card}, one of the scorecards in {@code cards}: looked up
   * by identity, or, should the evaluation hand back an equal copy, by the first equal scorecard
   * among the candidate's.
   */
  private static int fileOf(
      Scorecard card, List<Scorecard> cards, java.util.IdentityHashMap<Scorecard, Integer> fileOf) {
    Integer file = fileOf.get(card);
    if (file != null) {
      return file;
    }
    for (Scorecard c : cards) {
      if (c.equals(card)) {
        return java.util.Objects.requireNonNull(fileOf.get(c));
      }
    }
    return java.util.Objects.requireNonNull(fileOf.get(cards.get(0)));
  }

  /**
   * Refuses an audit in which some candidates have no usable scorecard: nothing was rated for them,
   * so counting them as not selected would be a guess. One line per such candidate naming the file
   * that held its first scorecard and why none counts (as {@code evaluate} says it), at most {@link
   * NothingUsable#MAX_FILE_LINES} of them, the rest counted on one line.
   *
   * @return {@link ExitCodes#INPUT_REJECTED}
   */
  private static int rejectNothingRated(PrintWriter err, List<String> lines) {
    int shown = Math.min(lines.size(), NothingUsable.MAX_FILE_LINES);
    for (String line : lines.subList(0, shown)) {
      err.println(OneLineErrors.line(line));
    }
    if (lines.size() > shown) {
      int more = lines.size() - shown;
      err.println(
          OneLineErrors.line(
              "... and "
                  + more
                  + (more == 1 ? " more candidate" : " more candidates")
                  + " with no usable scorecard"));
    }
    err.flush();
    return ExitCodes.INPUT_REJECTED;
  }

  /** The most scorecard files named in one line; the rest are counted. */
  static final int MAX_NAMED_FILES = 3;

  /**
   * The scorecard files as one line names them: all of them, comma-separated, up to {@link
   * #MAX_NAMED_FILES}; then the first ones and how many more ({@code "a.json, b.json, c.json and
   * 9997 more files"}), so that ten thousand files do not make one line of a megabyte.
   */
  static String named(List<String> files) {
    if (files.size() <= MAX_NAMED_FILES) {
      return String.join(", ", files);
    }
    int more = files.size() - MAX_NAMED_FILES;
    return String.join(", ", files.subList(0, MAX_NAMED_FILES))
        + " and "
        + more
        + (more == 1 ? " more file" : " more files");
  }

  /**
   * A groups file as read: its dimensions, each candidate's categories, the row of every candidate
   * id read (rows with faulty categories included), and whether a row was passed over without its
   * id (a wrong number of cells, an empty id), so that no candidate can be said to be missing from
   * it. {@link #membership()} is built only once the file is known to have no problem.
   */
  record GroupsCsv(
      List<String> dimensions,
      Map<String, Map<String, String>> categories,
      Map<String, Integer> rows,
      boolean idsLost) {
    GroupMembership membership() {
      return new GroupMembership(dimensions, categories);
    }
  }

  /**
   * Reads the groups CSV. A header that does not start with {@code candidateId}, or that names no
   * dimension or too many, is refused at once; every other problem (a dimension or category name, a
   * row's width, its candidate id) is added to {@code problems} and the reading goes on, so that
   * all of them are reported together.
   */
  static GroupsCsv readGroups(String file, ProblemLines problems) {
    String source = InputFiles.shown(file);
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, Map<String, String>> categories = new LinkedHashMap<>();
    List<String> dimensions = new ArrayList<>();
    boolean idsLost = false;
    try (Reader reader = InputFiles.reader(file, Long.MAX_VALUE)) {
      CsvRecords records = new CsvRecords(reader, source);
      List<String> header = records.nextNonBlank();
      String at = "row " + (header == null ? 1 : records.line());
      if (header == null || header.isEmpty() || !header.get(0).equals("candidateId")) {
        throw reject(
            source,
            at
                + ": the header must start with candidateId"
                + (header == null ? "" : ", not '" + header.get(0) + "'"));
      }
      if (header.size() - 1 > GroupMembership.MAX_DIMENSIONS) {
        throw reject(
            source,
            at
                + ": "
                + (header.size() - 1)
                + " dimensions; an audit takes at most "
                + GroupMembership.MAX_DIMENSIONS);
      }
      if (header.size() < 2) {
        throw reject(source, at + ": the header names no dimension after candidateId");
      }
      for (int i = 1; i < header.size(); i++) {
        String d = Spaces.trimmed(header.get(i));
        if (d.isEmpty()) {
          problems.add(problem(source, at + ", column " + (i + 1) + ": empty dimension name"));
        } else if (VisibleText.indexOfAmbiguousSpace(d) >= 0) {
          problems.add(
              problem(source, at + ", column " + (i + 1) + ": " + spaced("dimension name", d)));
        } else if (!Normalizer.isNormalized(d, Normalizer.Form.NFC)) {
          problems.add(
              problem(
                  source, at + ", column " + (i + 1) + ": " + unnormalized("dimension name", d)));
        } else if (dimensions.contains(d)) {
          problems.add(
              problem(source, at + ", column " + (i + 1) + ": dimension " + d + " given twice"));
        }
        dimensions.add(d); // kept in its column even when refused, so the columns stay in line
      }
      List<String> cells;
      while ((cells = records.next()) != null) {
        int row = records.line();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue; // a blank line
        }
        idsLost |= lostId(cells, header.size());
        Optional<String> id = candidateId(source, row, cells, header.size(), rows, problems);
        if (id.isEmpty()) {
          continue;
        }
        Map<String, String> categoryRow = new LinkedHashMap<>();
        for (int i = 1; i < cells.size(); i++) {
          // Trimmed, quoted or not: a cell of spaces is unknown, and "F " is the category F.
          String cell = Spaces.trimmed(cells.get(i));
          if (cell.isEmpty()) {
            continue;
          }
          if (VisibleText.indexOfAmbiguousSpace(cell) >= 0) {
            problems.add(
                problem(
                    source,
                    "row " + row + ", column " + (i + 1) + ": " + spaced("category", cell)));
          } else if (!Normalizer.isNormalized(cell, Normalizer.Form.NFC)) {
            problems.add(
                problem(
                    source,
                    "row " + row + ", column " + (i + 1) + ": " + unnormalized("category", cell)));
          } else {
            categoryRow.put(dimensions.get(i - 1), cell);
          }
        }
        categories.put(id.get(), categoryRow);
      }
    } catch (IOException e) {
      throw InputFiles.failure(file, e);
    }
    return new GroupsCsv(dimensions, categories, rows, idsLost);
  }

  /** Whether a row is passed over without its candidate id: a wrong width or an empty id. */
  private static boolean lostId(List<String> cells, int width) {
    return cells.size() != width || Spaces.trimmed(cells.get(0)).isEmpty();
  }

  /**
   * Adds a line for each candidate of the outcomes file that the groups file lacks, and for each
   * candidate of the groups file that has no outcome, in file order; a direction is left out when
   * the file that would be said to lack a candidate passed over a row without its id (the candidate
   * may be on that row, whose fault is already reported).
   */
  private static void crossCheck(
      GroupsCsv groups,
      String groupsFile,
      String outcomes,
      Map<String, Integer> outcomeRows,
      boolean outcomesLost,
      ProblemLines problems) {
    String groupsSource = InputFiles.shown(groupsFile);
    String outcomesSource = InputFiles.shown(outcomes);
    if (!groups.idsLost()) {
      Map<String, String> groupsByCase = byCase(groups.rows().keySet());
      for (Map.Entry<String, Integer> e : outcomeRows.entrySet()) {
        if (!groups.rows().containsKey(e.getKey())) {
          problems.add(
              VisibleText.of(
                  outcomesSource
                      + ": row "
                      + e.getValue()
                      + ": candidate "
                      + e.getKey()
                      + " is not in "
                      + groupsSource
                      + caseVariant(e.getKey(), groupsByCase)));
        }
      }
    }
    if (!outcomesLost) {
      Map<String, String> outcomesByCase = byCase(outcomeRows.keySet());
      for (Map.Entry<String, Integer> e : groups.rows().entrySet()) {
        if (!outcomeRows.containsKey(e.getKey())) {
          problems.add(
              VisibleText.of(
                  groupsSource
                      + ": row "
                      + e.getValue()
                      + ": candidate "
                      + e.getKey()
                      + " has no outcome in "
                      + outcomesSource
                      + caseVariant(e.getKey(), outcomesByCase)));
        }
      }
    }
  }

  /** Each id by its case-folded form ({@link Spellings#caseless}); the first one for a form. */
  private static Map<String, String> byCase(Iterable<String> ids) {
    Map<String, String> out = new HashMap<>();
    ids.forEach(id -> out.putIfAbsent(Spellings.caseless(id), id));
    return out;
  }

  /**
   * {@code " (it holds candidate X, whose id differs only in letter case)"} when the other file
   * holds such a spelling of {@code id}, else nothing: ids are compared exactly, so a candidate
   * spelled {@code CAND-7} in one file and {@code cand-7} in the other is missing from both.
   */
  private static String caseVariant(String id, Map<String, String> otherByCase) {
    String other = otherByCase.get(Spellings.caseless(id));
    return other == null || other.equals(id)
        ? ""
        : " (it holds candidate " + other + ", whose id differs only in letter case)";
  }

  /**
   * The candidate id of a row of a groups or outcomes file, after checking that the row has a cell
   * for every column of the header, that the id is not blank and that no earlier row gave it
   * ({@code rows} maps each id to its row, this one's added).
   */
  private static Optional<String> candidateId(
      String source,
      int row,
      List<String> cells,
      int width,
      Map<String, Integer> rows,
      ProblemLines problems) {
    if (cells.size() != width) {
      problems.add(
          problem(source, "row " + row + ": " + cells.size() + " cells, the header has " + width));
      return Optional.empty();
    }
    String id = Spaces.trimmed(cells.get(0));
    if (id.isEmpty()) {
      problems.add(problem(source, "row " + row + ": empty candidateId"));
      return Optional.empty();
    }
    Integer first = rows.putIfAbsent(id, row);
    if (first != null) {
      problems.add(
          problem(
              source,
              "row " + row + ": candidate " + id + " appears twice (first on row " + first + ")"));
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /**
   * Reads the outcomes CSV into {@code into}. A wrong header is refused at once; every problem of a
   * row is added to {@code problems} and the reading goes on, so that all are reported together.
   * {@code rows} receives the row of every candidate id read, in file order (rows with a faulty
   * value included).
   *
   * @return whether a row was passed over without its id (a wrong width, an empty id)
   */
  static boolean readOutcomes(
      String file,
      List<CandidateOutcome> into,
      Map<String, String> origin,
      Map<String, Integer> rows,
      ProblemLines problems) {
    String source = InputFiles.shown(file);
    boolean idsLost = false;
    try (Reader reader = InputFiles.reader(file, Long.MAX_VALUE)) {
      CsvRecords records = new CsvRecords(reader, source);
      List<String> header = records.nextNonBlank();
      if (header == null
          || !(header.equals(List.of("candidateId", "selected", "score"))
              || header.equals(List.of("candidateId", "selected")))) {
        throw reject(
            source,
            "row "
                + (header == null ? 1 : records.line())
                + ": the header must be candidateId,selected,score"
                + (header == null ? "" : ", not '" + String.join(",", header) + "'"));
      }
      int width = header.size();
      List<String> cells;
      while ((cells = records.next()) != null) {
        int row = records.line();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        idsLost |= lostId(cells, width);
        Optional<String> id = candidateId(source, row, cells, width, rows, problems);
        if (id.isEmpty()) {
          continue;
        }
        int before = problems.size();
        String selected = Spaces.trimmed(cells.get(1));
        if (!selected.equals("0") && !selected.equals("1")) {
          problems.add(
              problem(
                  source, "row " + row + ", column 2: selected (" + selected + ") must be 0 or 1"));
        }
        OptionalDouble score = OptionalDouble.empty();
        String scoreCell = width == 3 ? Spaces.trimmed(cells.get(2)) : "";
        if (!scoreCell.isEmpty()) {
          // A decimal number (DecimalText): Java's 0x1p3, 3d or 1f is not a score, nor is a
          // number no double holds (1e400, 1e-400).
          score = DecimalText.parse(scoreCell);
          if (score.isEmpty()) {
            problems.add(
                problem(
                    source,
                    "row "
                        + row
                        + ", column 3: score ("
                        + scoreCell
                        + ") must be a finite decimal number a double can hold"));
          }
        }
        if (problems.size() == before) {
          into.add(new CandidateOutcome(id.get(), selected.equals("1"), score, Map.of()));
          origin.put(id.get(), source + ": row " + row);
        }
      }
    } catch (IOException e) {
      throw InputFiles.failure(file, e);
    }
    return idsLost;
  }

  /**
   * Why {@code text}, trimmed, is refused: every character inside it that is white space but not
   * U+0020, in order, each named for what it is (a line break, a tab, or a space that prints like
   * U+0020), at its index counted from 0 as the library's messages count.
   */
  static String spaced(String what, String text) {
    List<String> found = new ArrayList<>();
    boolean onlySpaces = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || !Spaces.isSpace(c)) {
        continue;
      }
      String name = spaceName(c);
      onlySpaces &= name.equals("the space");
      found.add(
          String.format(
              java.util.Locale.ROOT,
              name.startsWith("the ") ? "%s U+%04X at character %d" : "%s (U+%04X) at character %d",
              name,
              (int) c,
              i));
    }
    String listed =
        found.size() == 1
            ? found.get(0)
            : String.join(", ", found.subList(0, found.size() - 1))
                + " and "
                + found.get(found.size() - 1);
    return String.format(
        java.util.Locale.ROOT,
        "the %s '%s' holds %s%s",
        what,
        text,
        listed,
        onlySpaces
            ? (found.size() == 1
                ? ", which prints like a plain space; write a plain space"
                : ", which print like plain spaces; write plain spaces")
            : "; write it on one line, with plain spaces only");
  }

  /** What a white-space character other than U+0020 is, as a message names it. */
  private static String spaceName(char c) {
    return switch (c) {
      case '\n' -> "a line break";
      case '\r' -> "a carriage return";
      case '\t' -> "a tab";
      case '\u000b' -> "a vertical tab";
      case '\f' -> "a form feed";
      case '\u0085' -> "a next-line control";
      case '\u2028' -> "a line separator";
      case '\u2029' -> "a paragraph separator";
      default -> Character.isISOControl(c) ? "the control character" : "the space";
    };
  }

  /** Why {@code text} is refused: it is not in NFC, so it prints like its NFC spelling. */
  private static String unnormalized(String what, String text) {
    return String.format(
        java.util.Locale.ROOT,
        "the %s '%s' is not in Unicode normalization form C (a letter followed by a combining"
            + " accent, say), so it prints like another %s; write it in NFC",
        what,
        text,
        what);
  }

  private static InputRejected reject(String source, String message) {
    return new InputRejected(problem(source, message));
  }

  /** One problem line: the file, then the message, made visible. */
  private static String problem(String source, String message) {
    return VisibleText.of(source + ": " + message);
  }

  static String json(AuditReport report) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("candidates", report.candidates());
    AuditCommandReports.number(json, "medianScore", report.medianScore());
    ArrayNode dims = json.putArray("dimensions");
    report.dimensions().forEach(g -> AuditCommandReports.grouping(dims.addObject(), g, false));
    ArrayNode inters = json.putArray("intersections");
    report.intersections().forEach(g -> AuditCommandReports.grouping(inters.addObject(), g, true));
    return VisibleJson.pretty(json);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
