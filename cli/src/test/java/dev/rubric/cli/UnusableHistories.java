package dev.rubric.cli;

import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
