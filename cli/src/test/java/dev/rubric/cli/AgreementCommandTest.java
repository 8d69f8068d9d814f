package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "krippendorff2011_reliability_C.csv, --level, nominal, 0.743421052631579",
    "krippendorff2011_reliability_C.csv, --level, ordinal, 0.815387503754881",
    "krippendorff2011_reliability_C.csv, --level, interval, 0.849107142857143",
    "krippendorff2011_reliability_C.csv, --level, ratio, 0.797402774711612",
    "wikipedia_kalpha_3x15.csv, --level, nominal, 0.691358024691358",
    "wikipedia_kalpha_3x15.csv, --level, interval, 0.810844892812106",
  })
  void alphaMatchesThePublishedFullValues(String file, String option, String level, double expected)
      throws IOException {
    JsonNode json = ok("--metric", "alpha", option, level, reference(file));

    assertThat(json.get("metric").asText()).isEqualTo("alpha");
    assertThat(json.get("level").asText()).isEqualTo(level);
    assertThat(json.get("value").asDouble()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void alphaReportsItsFigures() throws IOException {
    JsonNode json =
        ok(
            "--metric",
            "alpha",
            "--level",
            "ordinal",
            reference("krippendorff2011_reliability_C.csv"));

    assertThat(json.get("units").asInt()).isEqualTo(12);
    assertThat(json.get("pairableUnits").asInt()).isEqualTo(11);
    assertThat(json.get("droppedUnits").asInt()).isEqualTo(1);
    assertThat(json.get("pairableValues").asInt()).isEqualTo(40);
    assertThat(json.get("raters").asInt()).isEqualTo(4);
  }

  @Test
  void fleissKappaMatchesFleiss1971() throws IOException {
    JsonNode json = ok("--metric", "fleiss-kappa", reference("fleiss1971_diagnoses.csv"));

    assertThat(json.get("value").asDouble()).isCloseTo(0.430244520060141, within(1e-12));
    assertThat(json.get("observedAgreement").asDouble()).isCloseTo(0.555555555556, within(1e-11));
    assertThat(json.get("expectedAgreement").asDouble()).isCloseTo(0.219938271605, within(1e-11));
    assertThat(json.get("units").asInt()).isEqualTo(30);
    assertThat(json.get("ratingsPerUnit").asInt()).isEqualTo(6);
  }

  @Test
  void fleissKappaOverUnitsOfDifferentSizesGivesNoRatingsPerUnitRatherThanZero()
      throws IOException {
    JsonNode json = ok("--metric", "fleiss-kappa", csv("unit,a,b,c\nu1,1,2,\nu2,1,2,2\n"));

    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("reason").asText()).isEqualTo("MISSING_RATINGS");
    assertThat(json.get("units").asInt()).isEqualTo(2);
    assertThat(json.get("ratingsPerUnit").isNull()).as("%s", json).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "none, 0.491525423728813",
    "linear, 0.473684210526316",
    "quadratic, 0.454545454545455",
  })
  void cohenKappaMatchesCohen1960(String weights, double expected) throws IOException {
    JsonNode json =
        ok(
            "--metric",
            "cohen-kappa",
            "--weights",
            weights,
            reference("cohen1960_example2_raw.csv"));

    assertThat(json.get("weights").asText()).isEqualTo(weights);
    assertThat(json.get("value").asDouble()).isCloseTo(expected, within(1e-12));
    assertThat(json.get("units").asInt()).isEqualTo(200);
  }

  @Test
  void cohenKappaIsUnweightedByDefault() throws IOException {
    JsonNode json = ok("--metric", "cohen-kappa", reference("cohen1960_example2_raw.csv"));

    assertThat(json.get("weights").asText()).isEqualTo("none");
    assertThat(json.get("value").asDouble()).isCloseTo(0.491525423728813, within(1e-12));
  }

  @ParameterizedTest(name = "ICC({0},{1})")
  @CsvSource({
    "1, single, 0.165741768405475",
    "2, single, 0.289763779527559",
    "3, single, 0.714840714840715",
    "1, average, 0.442797133679269",
    "2, average, 0.620050547598989",
    "3, average, 0.909315542377069",
  })
  void iccMatchesShroutAndFleiss(String model, String unit, double expected) throws IOException {
    JsonNode json =
        ok("--metric", "icc", "--model", model, "--unit", unit, reference("shrout_fleiss1979.csv"));

    assertThat(json.get("value").asDouble()).isCloseTo(expected, within(1e-12));
    assertThat(json.get("model").asInt()).isEqualTo(Integer.parseInt(model));
    assertThat(json.get("unit").asText()).isEqualTo(unit);
    assertThat(json.get("targets").asInt()).isEqualTo(6);
    assertThat(json.get("raters").asInt()).isEqualTo(4);
  }

  @Test
  void iccReportsTheFTestAndInterval() throws IOException {
    JsonNode oneWay =
        ok(
            "--metric",
            "icc",
            "--model",
            "1",
            "--unit",
            "single",
            reference("shrout_fleiss1979.csv"));
    JsonNode twoWay =
        ok(
            "--metric",
            "icc",
            "--model",
            "2",
            "--unit",
            "single",
            reference("shrout_fleiss1979.csv"));

    assertThat(oneWay.get("f").asDouble()).isCloseTo(1.7947, within(1e-4));
    assertThat(oneWay.get("df1").asDouble()).isEqualTo(5.0);
    assertThat(oneWay.get("df2").asDouble()).isEqualTo(18.0);
    assertThat(twoWay.get("f").asDouble()).isCloseTo(11.0272, within(1e-4));
    assertThat(twoWay.get("df2").asDouble()).isEqualTo(15.0);
    assertThat(twoWay.get("p").asDouble()).isBetween(0.0, 0.001);
    assertThat(twoWay.get("ci").get("lower").asDouble()).isLessThan(twoWay.get("value").asDouble());
    assertThat(twoWay.get("ci").get("upper").asDouble())
        .isGreaterThan(twoWay.get("value").asDouble());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "krippendorff2011_reliability_C.csv, alpha",
    "wikipedia_kalpha_3x15.csv, alpha",
    "fleiss1971_diagnoses.csv, fleiss-kappa",
    "cohen1960_example2_raw.csv, cohen-kappa",
    "shrout_fleiss1979.csv, icc",
  })
  void reorderedRowsAndColumnsGiveTheSameValue(String file, String metric) throws IOException {
    String[] options =
        switch (metric) {
          case "alpha" -> new String[] {"--level", "ordinal"};
          case "cohen-kappa" -> new String[] {"--weights", "quadratic"};
          case "icc" -> new String[] {"--model", "2", "--unit", "average"};
          default -> new String[0];
        };
    double original = value(metric, options, reference(file));
    Random random = new Random(file.hashCode());
    for (int round = 0; round < 5; round++) {
      Path shuffled = dir.resolve("shuffled-" + round + ".csv");
      Files.writeString(shuffled, shuffle(read(file), random));

      assertThat(value(metric, options, shuffled.toString()))
          .as("round %d", round)
          .isCloseTo(original, within(1e-12));
    }
  }

  // Perfect agreement, targets differ: F = BMS / WMS is infinite, so f is null with its reason,
  // while p is 0 (its limit) and the interval of ICC(1,1) is [1, 1].
  @Test
  void iccUnderPerfectAgreementGivesAnInfiniteFAsNullWithItsReason() throws IOException {
    JsonNode json =
        ok(
            "--metric",
            "icc",
            "--model",
            "1",
            "--unit",
            "single",
            csv("u,a,b\nx,1,1\ny,3,3\nz,2,2\n"));

    assertThat(json.get("value").asDouble()).isEqualTo(1.0);
    assertThat(json.get("f").isNull()).isTrue();
    assertThat(json.get("fReason").asText()).isEqualTo("NO_ERROR_VARIANCE");
    assertThat(json.get("fExplanation").asText())
        .isEqualTo(
            "F = BMS / WMS is infinite: the within-target mean square is zero while the targets"
                + " differ (p = 0, its limit)");
    assertThat(json.get("df1").asDouble()).isEqualTo(2.0);
    assertThat(json.get("df2").asDouble()).isEqualTo(3.0);
    assertThat(json.get("p").isNumber()).isTrue();
    assertThat(json.get("p").asDouble()).isZero();
    assertThat(json.has("pReason")).isFalse();
    assertThat(json.get("ci").get("lower").asDouble()).isEqualTo(1.0);
    assertThat(json.get("ci").get("upper").asDouble()).isEqualTo(1.0);
  }

  // ICC(2,1) = 0 in [-0.83, 0.95], an interval that holds -1 / (k - 1) = -0.5, the pole of the
  // Spearman-Brown step-up to ICC(2,k): stepped up, the interval is unbounded below, so ICC(2,k)'s
  // ci is null (it was [3.78, 0.98], a lower bound above the upper one, as psych::ICC prints it).
  // Under perfect agreement ICC(2,1)'s interval is exactly [1, 1] (it was [1, 1.0000000000000002]).
  @Test
  void iccTwoKHasNoIntervalAcrossThePoleAndPerfectAgreementGivesExactlyOne() throws IOException {
    JsonNode average =
        ok(
            "--metric",
            "icc",
            "--model",
            "2",
            "--unit",
            "average",
            csv("u,a,b,c\nx,2,2,2\ny,2,1,1\nz,1,2,2\n"));
    JsonNode perfect =
        ok(
            "--metric",
            "icc",
            "--model",
            "2",
            "--unit",
            "single",
            csv("u,a,b,c\nx,1,1,1\ny,2,2,2\nz,4,4,4\n"));

    assertThat(average.get("value").asDouble()).isCloseTo(0, within(1e-12));
    assertThat(average.get("f").asDouble()).isCloseTo(1, within(1e-12));
    assertThat(average.get("ci").isNull()).isTrue();
    assertThat(perfect.get("ci").get("lower").asDouble()).isEqualTo(1.0);
    assertThat(perfect.get("ci").get("upper").asDouble()).isEqualTo(1.0);
  }

  // Raters differ but targets and residual do not: ICC(2,1) is 0, its F = BMS / EMS is 0/0, so f
  // and p are null, each with its reason, and there is no interval.
  @Test
  void iccWithAZeroOverZeroFGivesNullFAndPWithTheirReasons() throws IOException {
    JsonNode json =
        ok(
            "--metric",
            "icc",
            "--model",
            "2",
            "--unit",
            "single",
            csv("u,a,b\nx,1,2\ny,1,2\nz,1,2\n"));

    assertThat(json.get("value").asDouble()).isZero();
    assertThat(json.get("f").isNull()).isTrue();
    assertThat(json.get("fReason").asText()).isEqualTo("NO_VARIANCE");
    assertThat(json.get("p").isNull()).isTrue();
    assertThat(json.get("pReason").asText()).isEqualTo("NO_VARIANCE");
    assertThat(json.get("pExplanation").asText()).startsWith("F = BMS / EMS is 0/0");
    assertThat(json.get("df1").asDouble()).isEqualTo(2.0);
    assertThat(json.get("df2").asDouble()).isEqualTo(2.0);
    assertThat(json.get("ci").isNull()).isTrue();
  }

  // The contract lists value, f, df1, df2, p and ci, an undefined figure being null: an undefined
  // ICC keeps every key, null, and its reason explains them all.
  @Test
  void undefinedIccKeepsEveryFigureOfTheContractAsNull() throws IOException {
    JsonNode json =
        ok("--metric", "icc", "--model", "3", "--unit", "average", csv("u,a,b\nx,3,3\ny,3,3\n"));

    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("reason").asText()).isEqualTo("NO_VARIANCE");
    for (String field : new String[] {"f", "df1", "df2", "p", "ci"}) {
      assertThat(json.has(field)).as(field).isTrue();
      assertThat(json.get(field).isNull()).as(field).isTrue();
    }
    assertThat(json.has("fReason")).isFalse();
  }

  // One complete target (the other misses a rating): no analysis of variance, so the four mean
  // squares are null, never NaN or missing, and the estimate's reason explains them.
  @Test
  void iccOfTooFewTargetsGivesNullMeanSquares() throws IOException {
    JsonNode json =
        ok("--metric", "icc", "--model", "2", "--unit", "single", csv("u,a,b\nx,1,2\ny,3,\n"));

    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("reason").asText()).isEqualTo("TOO_FEW_UNITS");
    assertThat(json.get("explanation").asText())
        .isEqualTo("complete targets (1) must be >= 2 (1 removed)");
    JsonNode squares = json.get("meanSquares");
    for (String field :
        new String[] {"betweenTargets", "withinTargets", "betweenRaters", "error"}) {
      assertThat(squares.has(field)).as(field).isTrue();
      assertThat(squares.get(field).isNull()).as(field).isTrue();
    }
  }

  // Enough data: the mean squares are the analysis of variance of Shrout and Fleiss (1979), table
  // 2 (BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02, printed to 2 decimals).
  @Test
  void iccReportsTheMeanSquares() throws IOException {
    JsonNode squares =
        ok(
                "--metric",
                "icc",
                "--model",
                "1",
                "--unit",
                "single",
                reference("shrout_fleiss1979.csv"))
            .get("meanSquares");

    assertThat(squares.get("betweenTargets").asDouble()).isCloseTo(11.24, within(0.005));
    assertThat(squares.get("withinTargets").asDouble()).isCloseTo(6.26, within(0.005));
    assertThat(squares.get("betweenRaters").asDouble()).isCloseTo(32.49, within(0.005));
    assertThat(squares.get("error").asDouble()).isCloseTo(1.02, within(0.005));
  }

  @Test
  void undefinedStatisticIsNullWithItsReason() throws IOException {
    JsonNode json = ok("--metric", "alpha", "--level", "nominal", csv("u,a,b\nx,3,3\ny,3,3\n"));

    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("reason").asText()).isEqualTo("ONE_CATEGORY_ONLY");
    assertThat(json.get("explanation").asText()).isNotBlank();
  }

  @Test
  void iccDropsUnitsWithAMissingRatingAndSaysSo() throws IOException {
    JsonNode json =
        ok(
            "--metric",
            "icc",
            "--model",
            "1",
            "--unit",
            "single",
            csv("u,a,b\nx,1,2\ny,3,\nz,4,4\n"));

    assertThat(json.get("targets").asInt()).isEqualTo(2);
    assertThat(json.get("droppedUnits").asInt()).isEqualTo(1);
  }

  @Test
  void helpDescribesTheMetricsAndExitCodes() {
    CommandRun run = CommandRun.of("agreement", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("Usage: rubric agreement")
        .contains("--metric=METRIC")
        .contains("alpha (needs --level)")
        .contains("Exit codes: 0 ok");
  }

  @Test
  void missingFileIsRejected() {
    String missing = dir.resolve("none.csv").toString();

    assertFails(
        1,
        "rubric: cannot read " + missing + ": no such file",
        "--metric",
        "fleiss-kappa",
        missing);
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    String file = csv("");

    assertFails(
        1,
        "rubric: "
            + file
            + ": the file is empty; expected a header row naming the unit column and the raters",
        "--metric",
        "fleiss-kappa",
        file);
  }

  @Test
  void raggedRowIsRejectedWithItsRow() throws IOException {
    String file = csv("unit,a,b\nx,1,2\ny,1\n");

    assertFails(
        1,
        "rubric: " + file + ": row 3: 2 cells, but the header has 3 (the unit column and 2 raters)",
        "--metric",
        "alpha",
        "--level",
        "nominal",
        file);
  }

  @Test
  void nonNumericRatingIsRejectedWithRowAndColumn() throws IOException {
    String file = csv("unit,a,b\nx,1,2\ny,3,yes\n");

    assertFails(
        1,
        "rubric: " + file + ": row 3, column 3 (rater 'b'): 'yes' is not a number",
        "--metric",
        "fleiss-kappa",
        file);
  }

  @Test
  void fractionalRatingIsRejectedWithRowAndColumn() throws IOException {
    String file = csv("unit,a,b\nx,1,2\ny,2.5,3\n");

    assertFails(
        1,
        "rubric: "
            + file
            + ": row 3, column 2 (rater 'a'): '2.5' is not an integer; the agreement statistics"
            + " take integer rating levels",
        "--metric",
        "icc",
        "--model",
        "2",
        "--unit",
        "single",
        file);
  }

  @Test
  void integerWrittenAsADecimalIsAccepted() throws IOException {
    JsonNode json = ok("--metric", "cohen-kappa", csv("unit,a,b\nx,1.0,2\ny,2,2e0\nz,1,1\n"));

    assertThat(json.get("units").asInt()).isEqualTo(3);
  }

  @Test
  void ratingsSpanningTooManyLevelsAreRejected() throws IOException {
    String file = csv("unit,a,b\nx,1,2\ny,300,3\n");

    assertFails(
        1,
        "rubric: "
            + file
            + ": row 3, column 2 (rater 'a'): '300' makes the ratings span 1 to 300; fleiss-kappa"
            + " takes at most 256 consecutive levels",
        "--metric",
        "fleiss-kappa",
        file);
  }

  @Test
  void aRatingTheStatisticDropsDoesNotCountTowardsTheSpan() throws IOException {
    // Unit w has one rating, 300: alpha drops the unit and Cohen's kappa drops it (rater b gave
    // none), so the library computes both from units x, y and z; the command gives the same value
    // instead of refusing the file.
    String file = csv("unit,a,b\nx,1,2\ny,2,2\nz,1,1\nw,300,\n");
    int no = dev.rubric.scoring.agreement.Ratings.MISSING;
    int[][] same = {{1, 2}, {2, 2}, {1, 1}, {300, no}};

    JsonNode alpha = ok("--metric", "alpha", "--level", "nominal", file);
    JsonNode cohen = ok("--metric", "cohen-kappa", "--weights", "linear", file);

    assertThat(alpha.get("value").asDouble())
        .isEqualTo(
            dev.rubric.scoring.agreement.KrippendorffAlpha.nominal().compute(same).alpha().value());
    assertThat(alpha.get("droppedUnits").asInt()).isEqualTo(1);
    assertThat(cohen.get("value").asDouble())
        .isEqualTo(dev.rubric.scoring.agreement.CohenKappa.linear().compute(same).kappa().value());
    assertThat(cohen.get("droppedUnits").asInt()).isEqualTo(1);
  }

  @Test
  void aRatingFleissCountsStillCountsTowardsTheSpan() throws IOException {
    String file = csv("unit,a,b\nx,1,2\ny,2,2\nz,300,\n");

    assertFails(
        1,
        "rubric: "
            + file
            + ": row 4, column 2 (rater 'a'): '300' makes the ratings span 1 to 300; fleiss-kappa"
            + " takes at most 256 consecutive levels",
        "--metric",
        "fleiss-kappa",
        file);
  }

  @Test
  void cohenKappaNeedsExactlyTwoRaters() {
    String file = reference("fleiss1971_diagnoses.csv");

    assertFails(
        1,
        "rubric: "
            + file
            + ": row 1: cohen-kappa needs exactly 2 rater columns, but the header"
            + " names 6",
        "--metric",
        "cohen-kappa",
        file);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertFails(
        2,
        "rubric: Unknown option: '--strict' (see 'rubric agreement --help')",
        "--metric",
        "alpha",
        "--level",
        "nominal",
        "--strict",
        reference("fleiss1971_diagnoses.csv"));
  }

  @Test
  void unknownMetricIsAUsageError() {
    assertFails(
        2,
        "rubric: Invalid value for option '--metric': 'kappa' is not one of alpha, fleiss-kappa,"
            + " cohen-kappa, icc (see 'rubric agreement --help')",
        "--metric",
        "kappa",
        reference("fleiss1971_diagnoses.csv"));
  }

  @Test
  void alphaWithoutLevelIsAUsageError() {
    assertFails(
        2,
        "rubric: alpha needs --level nominal|ordinal|interval|ratio (see 'rubric agreement"
            + " --help')",
        "--metric",
        "alpha",
        reference("fleiss1971_diagnoses.csv"));
  }

  @Test
  void iccWithoutModelOrUnitIsAUsageError() {
    assertFails(
        2,
        "rubric: icc needs --model 1|2|3 and --unit single|average (see 'rubric agreement --help')",
        "--metric",
        "icc",
        reference("shrout_fleiss1979.csv"));
    assertFails(
        2,
        "rubric: icc needs --unit single|average (see 'rubric agreement --help')",
        "--metric",
        "icc",
        "--model",
        "3",
        reference("shrout_fleiss1979.csv"));
  }

  @Test
  void optionOfAnotherMetricIsAUsageError() {
    assertFails(
        2,
        "rubric: --weights applies to --metric cohen-kappa only, not alpha (see 'rubric agreement"
            + " --help')",
        "--metric",
        "alpha",
        "--level",
        "nominal",
        "--weights",
        "linear",
        reference("fleiss1971_diagnoses.csv"));
  }

  @Test
  void missingMetricIsAUsageError() {
    assertFails(
        2,
        "rubric: Missing required option: '--metric=METRIC' (see 'rubric agreement --help')",
        reference("fleiss1971_diagnoses.csv"));
  }

  private void assertFails(int code, String line, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "agreement";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandRun run = CommandRun.of(all);

    assertThat(run.exitCode).isEqualTo(code);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(line + "\n");
  }

  private static String shuffle(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.strip().split("\\R")));
    List<List<String>> cells =
        lines.stream().map(l -> Arrays.asList(l.split(",", -1))).collect(Collectors.toList());
    List<Integer> raterOrder = new ArrayList<>();
    for (int c = 1; c < cells.get(0).size(); c++) {
      raterOrder.add(c);
    }
    Collections.shuffle(raterOrder, random);
    List<String> body = new ArrayList<>();
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder(row.get(0));
      for (int c : raterOrder) {
        line.append(',').append(row.get(c));
      }
      body.add(line.toString());
    }
    String header = body.remove(0);
    Collections.shuffle(body, random);
    return header + "\n" + String.join("\n", body) + "\n";
  }

  private double value(String metric, String[] options, String file) throws IOException {
    List<String> args = new ArrayList<>(List.of("--metric", metric));
    args.addAll(Arrays.asList(options));
    args.add(file);
    return ok(args.toArray(String[]::new)).get("value").asDouble();
  }

  private JsonNode ok(String... args) throws IOException {
    String[] all = new String[args.length + 1];
    all[0] = "agreement";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandRun run = CommandRun.of(all);
    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("{").endsWith("}\n").doesNotEndWith("\n\n");
    return JSON.readTree(run.out);
  }

  private String csv(String text) throws IOException {
    Path file = Files.createTempFile(dir, "ratings", ".csv");
    Files.writeString(file, text);
    return file.toString();
  }

  private String reference(String file) {
    Path copy = dir.resolve(file);
    if (!Files.exists(copy)) {
      try {
        Files.writeString(copy, read(file));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return copy.toString();
  }

  private static String read(String file) throws IOException {
    try (InputStream in = AgreementCommandTest.class.getResourceAsStream("/reference/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
