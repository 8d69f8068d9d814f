package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The inputs of the audit's tests: CSV files written to a test's folder, and the example data. */
final class AuditInputs {
  /** The example plan. */
  static final String PLAN = "../examples/plans/ml-engineer.json";

  /** The example history: 80 candidates, {@code h-001} to {@code h-080}, against {@link #PLAN}. */
  static final String HISTORY = "../examples/data/history.json";

  private AuditInputs() {}

  /**
   * A four-fifths illustration: 48 of 80 White candidates selected, 12 of 40 Black; plus sex.
   *
   * @param dir the folder to write {@code groups.csv} and {@code outcomes.csv} to
   * @return the groups file and the outcomes file
   * @throws IOException when a file cannot be written
   */
  static String[] fourFifths(Path dir) throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,race,sex\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 120; i++) {
      boolean white = i < 80;
      boolean selected = white ? i < 48 : i < 92;
      groups.append(
          String.format(
              Locale.ROOT, "c%03d,%s,%s%n", i, white ? "White" : "Black", i % 2 == 0 ? "F" : "M"));
      outcomes.append(String.format(Locale.ROOT, "c%03d,%d,%d%n", i, selected ? 1 : 0, i % 7));
    }
    return write(dir, "groups.csv", groups, "outcomes.csv", outcomes);
  }

  /**
   * The candidates of {@link #HISTORY} by site: the even ones {@code north}, the odd ones {@code
   * south} or, without {@code south}, of unknown site.
   *
   * @param dir the folder to write {@code sites.csv} to
   * @param south whether the odd candidates are of site {@code south}
   * @return the groups file
   * @throws IOException when the file cannot be written
   */
  static String sites(Path dir, boolean south) throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,site\n");
    for (int i = 1; i <= 80; i++) {
      String site = i % 2 == 0 ? "north" : south ? "south" : "";
      groups.append(String.format(Locale.ROOT, "h-%03d,%s%n", i, site));
    }
    Path g = dir.resolve("sites.csv");
    Files.writeString(g, groups, UTF_8);
    return g.toString();
  }

  /**
   * Writes a groups and an outcomes file as {@code g.csv} and {@code o.csv}.
   *
   * @param dir the folder to write to
   * @param groups the groups file's text
   * @param outcomes the outcomes file's text
   * @return the groups file and the outcomes file
   * @throws IOException when a file cannot be written
   */
  static String[] write(Path dir, CharSequence groups, CharSequence outcomes) throws IOException {
    return write(dir, "g.csv", groups, "o.csv", outcomes);
  }

  private static String[] write(
      Path dir, String groupsName, CharSequence groups, String outcomesName, CharSequence outcomes)
      throws IOException {
    Path g = dir.resolve(groupsName);
    Path o = dir.resolve(outcomesName);
    Files.writeString(g, groups, UTF_8);
    Files.writeString(o, outcomes, UTF_8);
    return new String[] {g.toString(), o.toString()};
  }

  /**
   * {@code rubric audit --groups GROUPS --outcomes OUTCOMES OPTION...}.
   *
   * @param files the groups file and the outcomes file
   * @param options the options that follow
   * @return the run
   */
  static CommandRun outcomes(String[] files, String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "audit";
    args[1] = "--groups";
    args[2] = files[0];
    args[3] = "--outcomes";
    args[4] = files[1];
    System.arraycopy(options, 0, args, 5, options.length);
    return CommandRun.of(args);
  }

  /**
   * {@code rubric audit --groups GROUPS --plan PLAN --format FORMAT HISTORY}.
   *
   * @param groups the groups file
   * @param format the report's format
   * @return the run
   */
  static CommandRun scorecards(String groups, String format) {
    return CommandRun.of("audit", "--groups", groups, "--plan", PLAN, "--format", format, HISTORY);
  }
}
