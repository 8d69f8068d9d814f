package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option that takes a value from a closed set takes exactly the values the command-line
 * contract (DESIGN.md, "The command line") spells: each of them runs (exit 0), and the same value
 * in capitals is a usage error (exit 2) with one line naming the option and the values it takes,
 * for every such option alike.
 */
class OptionValueSetsTest {
  private static final String PLAN = EvaluateCommandTest.PLAN;
  private static final String SPLIT = EvaluateCommandTest.SPLIT;
  private static final String RATINGS = "../examples/data/ratings.csv";

  @TempDir Path dir;

  /**
   * A command line of {@code command} whose {@code args} hold {@code V} where the option's value
   * goes and placeholders for the files and options the value needs.
   */
  record Case(String command, String option, List<String> values, List<String> args) {
    @Override
    public String toString() {
      return command + " " + option;
    }
  }

  static Stream<Arguments> optionsWithAValueSet() {
    List<String> formats = List.of("text", "json", "html");
    return Stream.of(
            new Case(
                "evaluate", "--format", formats, List.of("--plan", PLAN, SPLIT, "--format", "V")),
            new Case(
                "compare", "--format", formats, List.of("--plan", PLAN, SPLIT, "--format", "V")),
            new Case(
                "calibrate", "--format", formats, List.of("--plan", PLAN, SPLIT, "--format", "V")),
            new Case(
                "audit",
                "--format",
                formats,
                List.of("--groups", "GROUPS", "--outcomes", "OUTCOMES", "--format", "V")),
            new Case(
                "evaluate",
                "--from",
                List.of("greenhouse", "lever", "ashby", "merge"),
                List.of("--plan", PLAN, "--from", "V", "--mapping", "MAPPING", "PAYLOAD")),
            new Case(
                "agreement",
                "--metric",
                List.of("alpha", "fleiss-kappa", "cohen-kappa", "icc"),
                List.of("--metric", "V", "METRIC_OPTIONS", "TWO_RATERS")),
            new Case(
                "agreement",
                "--level",
                List.of("nominal", "ordinal", "interval", "ratio"),
                List.of("--metric", "alpha", "--level", "V", RATINGS)),
            new Case(
                "agreement",
                "--weights",
                List.of("none", "linear", "quadratic"),
                List.of("--metric", "cohen-kappa", "--weights", "V", "TWO_RATERS")),
            new Case(
                "agreement",
                "--model",
                List.of("1", "2", "3"),
                List.of("--metric", "icc", "--model", "V", "--unit", "single", RATINGS)),
            new Case(
                "agreement",
                "--unit",
                List.of("single", "average"),
                List.of("--metric", "icc", "--model", "2", "--unit", "V", RATINGS)))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionsWithAValueSet")
  void everyValueAsSpelledRuns(Case c) throws IOException {
    for (String value : c.values()) {
      CommandRun run = CommandRun.of(args(c, value));

      assertThat(run.exitCode).as("%s %s: %s", c, value, run.err).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionsWithAValueSet")
  void aValueInCapitalsIsAUsageErrorNamingTheValues(Case c) throws IOException {
    // --model's values are digits, which have no capitals: a value outside the set stands in.
    String value = c.option().equals("--model") ? "4" : c.values().get(0).toUpperCase(Locale.ROOT);

    CommandRun run = CommandRun.of(args(c, value));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: Invalid value for option '"
                + c.option()
                + "': '"
                + value
                + "' is not one of "
                + String.join(", ", c.values())
                + " (see 'rubric "
                + c.command()
                + " --help')\n");
  }

  /** The command line of {@code c} with {@code value}, its placeholders replaced by files. */
  private String[] args(Case c, String value) throws IOException {
    List<String> args = new ArrayList<>();
    args.add(c.command());
    String vendor = c.option().equals("--from") ? value.toLowerCase(Locale.ROOT) : "greenhouse";
    for (String arg : c.args()) {
      switch (arg) {
        case "V" -> args.add(value);
        case "METRIC_OPTIONS" -> {
          if (value.equals("alpha")) {
            args.addAll(List.of("--level", "nominal"));
          } else if (value.equals("icc")) {
            args.addAll(List.of("--model", "1", "--unit", "single"));
          }
        }
        case "GROUPS" -> args.add(AuditInputs.fourFifths(dir)[0]);
        case "OUTCOMES" -> args.add(AuditInputs.fourFifths(dir)[1]);
        case "MAPPING" -> args.add("../examples/ats/" + vendor + "-mapping.json");
        case "PAYLOAD" -> args.add(payload(vendor));
        case "TWO_RATERS" -> {
          Path file = dir.resolve("two-raters.csv");
          Files.writeString(file, "unit,a,b\nu1,1,2\nu2,2,2\nu3,3,3\nu4,1,1\n");
          args.add(file.toString());
        }
        default -> args.add(arg);
      }
    }
    return args.toArray(new String[0]);
  }

  private static String payload(String vendor) {
    String name =
        switch (vendor) {
          case "greenhouse" -> "greenhouse_scorecard_example.json";
          case "lever" -> "lever_feedback_example.json";
          case "ashby" -> "ashby_application_feedback_list_example.json";
          default -> "merge_scorecard_example.json";
        };
    return "../examples/ats/" + name;
  }
}
