package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help of {@code rubric} and of every command, and the usage error of a bad {@code --format},
 * are pinned word for word: users' scripts and documentation quote them, so a change to how the
 * options are declared (a shared option class, a mixin) must leave them exactly as they were. Run
 * with the environment variable {@code RUBRIC_PIN_UPDATE=true} to rewrite the pinned copies after a
 * change that is meant to change them.
 */
class HelpTextTest {
  private static List<String> commands() {
    List<String> names = new ArrayList<>();
    names.add("");
    names.addAll(new CommandLine(new RubricCommand()).getSubcommands().keySet());
    return names;
  }

  private static String pinned(String name, String actual) {
    return PinnedText.of("/help/" + (name.isEmpty() ? "rubric" : name) + ".txt", actual);
  }

  private static String[] args(String command, String... rest) {
    List<String> all = new ArrayList<>();
    if (!command.isEmpty()) {
      all.add(command);
    }
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void everyCommandsHelpIsPinned() {
    List<String> names = commands();
    assertThat(names).contains("evaluate", "compare", "calibrate", "audit", "export-ratings");
    for (String name : names) {
      CommandRun run = CommandRun.of(args(name, "--help"));
      assertThat(run.exitCode).as(name).isZero();
      assertThat(run.err).as(name).isEmpty();
      assertThat(run.out).as(name).isEqualTo(pinned(name, run.out));
    }
  }

  @Test
  void aFormatNoReportTakesIsTheSameUsageErrorEverywhere() {
    for (String name : List.of("evaluate", "compare", "calibrate", "audit")) {
      CommandRun run = CommandRun.of(name, "--format", "xml", "--plan", "p.json", "x.json");
      if (name.equals("audit")) {
        run = CommandRun.of(name, "--format", "xml", "--groups", "g.csv", "--outcomes", "o.csv");
      }
      assertThat(run.exitCode).as(name).isEqualTo(2);
      assertThat(run.out).as(name).isEmpty();
      assertThat(run.err)
          .as(name)
          .isEqualTo(
              "rubric: Invalid value for option '--format': 'xml' is not one of text, json, html"
                  + " (see 'rubric "
                  + name
                  + " --help')\n");
    }
  }
}
