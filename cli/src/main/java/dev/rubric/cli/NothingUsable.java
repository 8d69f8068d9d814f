package dev.rubric.cli;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the commands that read a history of scorecard files ({@code calibrate}, {@code
 * export-ratings}) say when no scorecard of the history is usable: their one summary line (the
 * count per cause, kept as it always was, for scripts that look for it), then one line per file
 * naming the file as given on the command line, how many scorecards it held and the causes that
 * rejected them with their counts:
 *
 * <pre>
 * rubric: no usable scorecard among 7 given (4 FINGERPRINT_MISMATCH, 3 UNKNOWN_PANEL_ROLE)
 * rubric: a.json: 4 scorecards, none usable (4 FINGERPRINT_MISMATCH)
 * rubric: b.json: 3 scorecards, none usable (3 UNKNOWN_PANEL_ROLE)
 * rubric: c.json: 0 scorecards
 * </pre>
 *
 * <p>Files that held scorecards come first, in command-line order, then the files that held none; a
 * file given more than once gets one line, which says how many times it was given. At most {@link
 * #MAX_FILE_LINES} files are named; the rest are counted on one last line ({@code rubric: ... and
 * 9980 more files (39920 scorecards)}) so that a long history does not flood standard error. File
 * names are shown through {@link VisibleText}, as every other message shows user text. The causes
 * of one file are ordered by code, as on the summary line, and they add up to the summary line's
 * counts.
 *
 * <p>Stateless and thread-safe.
 */
final class NothingUsable {
  /** The most files named, one line each; the rest are counted on one line. */
  static final int MAX_FILE_LINES = 20;

  private NothingUsable() {}

  /**
   * The end of the summary line when scorecards were rejected for naming another plan: both of the
   * plan's fingerprints (a scorecard may carry either) and up to three of the fingerprints the
   * scorecards name instead, such as {@code : the plan's fingerprint is sha256:a... (scoring
   * fingerprint sha256:b...), the scorecards name sha256:c...}.
   *
   * @param plan the plan the scorecards were read against
   * @param history every scorecard given
   * @return the text to append to the summary line
   */
  static String fingerprints(InterviewPlan plan, List<Scorecard> history) {
    String named =
        history.stream()
            .map(Scorecard::planFingerprint)
            .filter(fp -> !plan.matchesFingerprint(fp))
            .distinct()
            .sorted()
            .limit(3)
            .map(VisibleText::of)
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        ": the plan's fingerprint is %s (scoring fingerprint %s), the scorecards name %s",
        plan.fingerprint(),
        plan.scoringFingerprint(),
        named);
  }

  /**
   * Prints {@code summary} and the file lines to {@code err}, each prefixed by {@code rubric: }.
   *
   * @param err standard error
   * @param summary the one summary line, without the prefix
   * @param files the scorecard files as given on the command line, in order
   * @param counts how many scorecards each of {@code files} held, in the same order; the history is
   *     these files' scorecards one after another
   * @param causes the cause (problem code) that rejected each scorecard of the history, by its
   *     position in the history; null for a scorecard that was not rejected
   * @return {@link ExitCodes#INPUT_REJECTED}
   */
  static int report(
      PrintWriter err,
      String summary,
      List<String> files,
      int[] counts,
      @Nullable String[] causes) {
    err.println(OneLineErrors.line(summary));
    for (String line : fileLines(files, counts, causes)) {
      err.println(line);
    }
    err.flush();
    return ExitCodes.INPUT_REJECTED;
  }

  /**
   * The file lines, each with its {@code rubric: } prefix: see the class description.
   *
   * @param files the scorecard files as given on the command line, in order
   * @param counts how many scorecards each of {@code files} held
   * @param causes the cause that rejected each scorecard of the history, null where none did
   * @return the lines, at most {@link #MAX_FILE_LINES} + 1
   */
  static List<String> fileLines(List<String> files, int[] counts, @Nullable String[] causes) {
    if (files.size() != counts.length) {
      throw new IllegalArgumentException(
          "files (" + files.size() + ") and counts (" + counts.length + ") differ in size");
    }
    Map<String, FileTally> byName = new LinkedHashMap<>();
    int start = 0;
    for (int f = 0; f < counts.length; f++) {
      FileTally tally = byName.computeIfAbsent(files.get(f), FileTally::new);
      tally.given++;
      tally.scorecards += counts[f];
      for (int i = start; i < start + counts[f] && i < causes.length; i++) {
        String cause = causes[i];
        if (cause != null) {
          tally.causes.merge(cause, 1, Integer::sum);
        }
      }
      start += counts[f];
    }
    List<FileTally> ordered = new ArrayList<>();
    byName.values().stream().filter(t -> t.scorecards > 0).forEach(ordered::add);
    byName.values().stream().filter(t -> t.scorecards == 0).forEach(ordered::add);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ordered.size() && i < MAX_FILE_LINES; i++) {
      lines.add(ordered.get(i).line());
    }
    if (ordered.size() > MAX_FILE_LINES) {
      List<FileTally> rest = ordered.subList(MAX_FILE_LINES, ordered.size());
      long scorecards = rest.stream().mapToLong(t -> t.scorecards).sum();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: ... and %d more %s (%d %s)",
              OneLineErrors.PROGRAM,
              rest.size(),
              rest.size() == 1 ? "file" : "files",
              scorecards,
              scorecards == 1 ? "scorecard" : "scorecards"));
    }
    return lines;
  }

  /** One file's scorecards and their causes. */
  private static final class FileTally {
    final String file;
    int given;
    long scorecards;
    final Map<String, Integer> causes = new TreeMap<>();

    FileTally(String file) {
      this.file = file;
    }

    String line() {
      StringBuilder line =
          new StringBuilder(OneLineErrors.PROGRAM).append(": ").append(VisibleText.of(file));
      if (given > 1) {
        line.append(" (given ").append(given).append(" times)");
      }
      line.append(": ").append(scorecards).append(scorecards == 1 ? " scorecard" : " scorecards");
      if (scorecards > 0) {
        line.append(scorecards == 1 ? ", not usable (" : ", none usable (")
            .append(Causes.listed(causes))
            .append(')');
      }
      return line.toString();
    }
  }
}
