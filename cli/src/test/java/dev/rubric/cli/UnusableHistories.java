package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scorecard files that no command can use, for the tests of what {@code calibrate} and {@code
 * export-ratings} say then: scorecards of the bundled history rewritten to name another plan's
 * fingerprint (FINGERPRINT_MISMATCH) or a seat the plan lacks (UNKNOWN_PANEL_ROLE).
 */
final class UnusableHistories {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String HISTORY = "../examples/data/history.json";
  static final String OTHER_FINGERPRINT = "sha256:other";

  private UnusableHistories() {}

  /** {@return the bundled history's scorecards} */
  static List<Scorecard> history() throws IOException {
    return RubricJson.standard().readScorecards(Files.readAllBytes(Path.of(HISTORY))).orElseThrow();
  }

  /** {@return the history's scorecards at {@code positions}, each naming another plan} */
  static List<Scorecard> ofAnotherPlan(int... positions) throws IOException {
    List<Scorecard> history = history();
    List<Scorecard> cards = new ArrayList<>();
    for (int i : positions) {
      cards.add(
          Scorecard.builder().from(history.get(i)).planFingerprint(OTHER_FINGERPRINT).build());
    }
    return cards;
  }

  /** {@return the history's scorecards at {@code positions}, each for a seat the plan lacks} */
  static List<Scorecard> ofUnknownSeat(int... positions) throws IOException {
    List<Scorecard> history = history();
    List<Scorecard> cards = new ArrayList<>();
    for (int i : positions) {
      cards.add(Scorecard.builder().from(history.get(i)).panelRoleId("no-such-seat").build());
    }
    return cards;
  }

  /** {@return {@code cards} written to {@code dir/name}} */
  static Path write(Path dir, String name, List<Scorecard> cards) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, RubricJson.standard().writeScorecards(cards));
    return file;
  }

  /**
   * Asserts what a command says when none of many files {@code f00.json, f01.json, ...} in {@code
   * dir} is usable: exit code 1, nothing on standard output, {@code first} as the first line, one
   * line per file up to the cap ending in {@code perFile}, then {@code rest}.
   */
  static void assertCappedFileLines(
      CommandRun run, String first, Path dir, String perFile, String rest) {
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    List<String> lines = run.err.lines().toList();
    assertThat(lines).hasSize(1 + NothingUsable.MAX_FILE_LINES + 1);
    assertThat(lines.get(0)).startsWith(first);
    for (int i = 0; i < NothingUsable.MAX_FILE_LINES; i++) {
      assertThat(lines.get(1 + i))
          .isEqualTo(
              "rubric: " + dir.resolve(String.format(Locale.ROOT, "f%02d.json", i)) + perFile);
    }
    assertThat(lines.get(lines.size() - 1)).isEqualTo(rest);
  }
}
