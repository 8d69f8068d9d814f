package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric agreement --metric METRIC [options] RATINGS.csv}: reads a wide ratings CSV (see
 * {@link RatingsCsv}) and prints one JSON object with the statistic: {@code metric}, {@code value}
 * (a number, or {@code null} with {@code reason} and {@code explanation} where the data do not
 * define it) and the figures behind it.
 *
 * <p>Ratings must be integer levels from {@value #MIN_RATING} to {@value #MAX_RATING} ({@code 3},
 * {@code 3.0} and {@code 3e0} are the same level): every statistic here is computed from exact
 * integer counts and sums, so a fractional rating such as {@code 2.5} is rejected with its row and
 * column rather than rounded. Alpha, Fleiss' and Cohen's kappa count categories and accept ratings
 * spanning at most {@value dev.rubric.scoring.agreement.Ratings#MAX_SPAN} levels.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure inter-rater agreement from a wide ratings CSV and print one JSON object.",
      "The CSV: a header row (the unit column's name, then one column per rater), then one row per"
          + " unit with its id first and an empty cell where a rater gave no rating. Ratings are"
          + " integer levels.",
    },
    footer = {
      "",
      "Metrics: alpha (needs --level), fleiss-kappa, cohen-kappa (exactly two rater columns;"
          + " --weights, default none), icc (needs --model and --unit).",
      "Output: {\"metric\": ..., \"value\": number or null, \"reason\": code when null, ...}.",
      "Exit codes: 0 ok (also when the statistic is undefined), 1 input rejected, 2 usage error."
    })
final class AgreementCommand implements Callable<Integer> {
  static final int MIN_RATING = -1_000_000;
  static final int MAX_RATING = 1_000_000;

  private static final List<String> METRICS =
      List.of("alpha", "fleiss-kappa", "cohen-kappa", "icc");
  private static final List<String> LEVELS = List.of("nominal", "ordinal", "interval", "ratio");
  private static final List<String> WEIGHTS = List.of("none", "linear", "quadratic");
  private static final List<String> MODELS = List.of("1", "2", "3");
  private static final List<String> UNITS = List.of("single", "average");

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--metric",
      required = true,
      paramLabel = "METRIC",
      description = "alpha, fleiss-kappa, cohen-kappa or icc.")
  String metric = "";

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "For alpha (required): nominal, ordinal, interval or ratio.")
  @Nullable String level;

  @Option(
      names = "--weights",
      paramLabel = "WEIGHTS",
      description = "For cohen-kappa: none (default), linear or quadratic.")
  @Nullable String weights;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description =
          "For icc (required): 1 one-way random, 2 two-way random (absolute agreement),"
              + " 3 two-way mixed (consistency).")
  @Nullable String model;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description =
          "For icc (required): single (one rater's rating) or average (the mean of the raters).")
  @Nullable String unit;

  @Parameters(index = "0", paramLabel = "RATINGS.csv", description = "The ratings, a wide CSV.")
  String file = "";

  @Override
  public Integer call() {
    checkUsage();
    RatingsCsv csv = RatingsCsv.parse(InputFiles.readUtf8(file), file);
    int[][] levels = levels(csv);
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("metric", metric);
    switch (metric) {
      case "alpha" -> alpha(csv, levels, json);
      case "fleiss-kappa" -> fleiss(csv, levels, json);
      case "cohen-kappa" -> cohen(csv, levels, json);
      default -> icc(csv, levels, json);
    }
    json.put("file", file);
    spec.commandLine().getOut().println(RubricJson.pretty(json).stripTrailing());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private void checkUsage() {
    oneOf("--metric", metric, METRICS);
    if (level != null) {
      oneOf("--level", level, LEVELS);
      onlyFor("--level", "alpha");
    }
    if (weights != null) {
      oneOf("--weights", weights, WEIGHTS);
      onlyFor("--weights", "cohen-kappa");
    }
    if (model != null) {
      oneOf("--model", model, MODELS);
      onlyFor("--model", "icc");
    }
    if (unit != null) {
      oneOf("--unit", unit, UNITS);
      onlyFor("--unit", "icc");
    }
    if (metric.equals("alpha") && level == null) {
      throw usage("alpha needs --level nominal|ordinal|interval|ratio");
    }
    if (metric.equals("icc") && (model == null || unit == null)) {
      throw usage(
          "icc needs "
              + (model == null ? "--model 1|2|3" : "")
              + (model == null && unit == null ? " and " : "")
              + (unit == null ? "--unit single|average" : ""));
    }
  }

  private void oneOf(String option, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw usage(
          String.format(
              Locale.ROOT,
              "Invalid value for option '%s': '%s' is not one of %s",
              option,
              value,
              String.join(", ", allowed)));
    }
  }

  private void onlyFor(String option, String forMetric) {
    if (!metric.equals(forMetric)) {
      throw usage(option + " applies to --metric " + forMetric + " only, not " + metric);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The ratings as integer levels, rejecting the first fraction or out-of-range value. */
  private int[][] levels(RatingsCsv csv) {
    double[][] ratings = csv.ratings();
    int[][] levels = new int[ratings.length][];
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    boolean categorical = !metric.equals("icc");
    for (int u = 0; u < ratings.length; u++) {
      levels[u] = new int[ratings[u].length];
      for (int r = 0; r < ratings[u].length; r++) {
        double v = ratings[u][r];
        if (Double.isNaN(v)) {
          levels[u][r] = Ratings.MISSING;
          continue;
        }
        String where =
            String.format(
                Locale.ROOT,
                "%s: row %d, column %d (rater '%s'): ",
                file,
                csv.rows().get(u),
                r + 2,
                csv.raters().get(r));
        if (v != Math.rint(v)) {
          throw new InputRejected(
              where
                  + "'"
                  + plain(v)
                  + "' is not an integer; the agreement statistics take integer rating levels");
        }
        if (v < MIN_RATING || v > MAX_RATING) {
          throw new InputRejected(
              where
                  + String.format(
                      Locale.ROOT,
                      "'%s' is out of range; ratings must lie between %d and %d",
                      plain(v),
                      MIN_RATING,
                      MAX_RATING));
        }
        long level = (long) v;
        lo = Math.min(lo, level);
        hi = Math.max(hi, level);
        if (categorical && hi - lo >= Ratings.MAX_SPAN) {
          throw new InputRejected(
              where
                  + String.format(
                      Locale.ROOT,
                      "'%s' makes the ratings span %d to %d; %s takes at most %d consecutive"
                          + " levels",
                      plain(v),
                      lo,
                      hi,
                      metric,
                      Ratings.MAX_SPAN));
        }
        levels[u][r] = (int) level;
      }
    }
    return levels;
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private void alpha(RatingsCsv csv, int[][] levels, ObjectNode json) {
    AlphaLevel alphaLevel = AlphaLevel.valueOf(requireOption(level).toUpperCase(Locale.ROOT));
    AlphaResult result = KrippendorffAlpha.at(alphaLevel).compute(levels);
    json.put("level", requireOption(level));
    coefficient(result.alpha(), json);
    json.put("units", result.units());
    json.put("pairableUnits", result.pairableUnits());
    json.put("droppedUnits", result.droppedUnits());
    json.put("pairableValues", result.pairableValues());
    json.put("raters", csv.raters().size());
    json.put("categories", result.categories());
    number(json, "observedDisagreement", result.observedDisagreement());
    number(json, "expectedDisagreement", result.expectedDisagreement());
  }

  private void fleiss(RatingsCsv csv, int[][] levels, ObjectNode json) {
    FleissResult result = FleissKappa.of().compute(levels);
    coefficient(result.kappa(), json);
    json.put("units", result.units());
    json.put("raters", csv.raters().size());
    json.put("ratingsPerUnit", result.ratingsPerUnit());
    json.put("categories", result.categories());
    number(json, "observedAgreement", result.observedAgreement());
    number(json, "expectedAgreement", result.expectedAgreement());
  }

  private void cohen(RatingsCsv csv, int[][] levels, ObjectNode json) {
    if (csv.raters().size() != 2) {
      throw new InputRejected(
          String.format(
              Locale.ROOT,
              "%s: row %d: cohen-kappa needs exactly 2 rater columns, but the header names %d",
              file,
              headerRow(csv),
              csv.raters().size()));
    }
    String w = weights == null ? "none" : weights;
    CohenKappa kappa =
        switch (w) {
          case "linear" -> CohenKappa.linear();
          case "quadratic" -> CohenKappa.quadratic();
          default -> CohenKappa.unweighted();
        };
    CohenResult result = kappa.compute(levels);
    json.put("weights", w);
    coefficient(result.kappa(), json);
    json.put("units", result.units());
    json.put("pairedUnits", result.pairedUnits());
    json.put("droppedUnits", result.droppedUnits());
    json.put("raters", csv.raters().size());
    json.put("categories", result.categories());
    number(json, "observedAgreement", result.observedAgreement());
    number(json, "expectedAgreement", result.expectedAgreement());
  }

  private void icc(RatingsCsv csv, int[][] levels, ObjectNode json) {
    IccResult result;
    try {
      result = IntraclassCorrelation.of().compute(levels);
    } catch (ArithmeticException e) {
      throw new InputRejected(file + ": the ratings are too large to sum exactly");
    }
    boolean single = requireOption(unit).equals("single");
    IccForm form = IccForm.valueOf("ICC_" + requireOption(model) + (single ? "_1" : "_K"));
    IccEstimate estimate = result.get(form);
    json.put("model", Integer.parseInt(requireOption(model)));
    json.put("unit", requireOption(unit));
    json.put("form", "ICC(" + model + "," + (single ? "1" : "k") + ")");
    coefficient(estimate.value(), json);
    json.put("units", result.targets() + result.droppedTargets());
    json.put("targets", result.targets());
    json.put("droppedUnits", result.droppedTargets());
    json.put("raters", result.raters());
    estimate
        .test()
        .ifPresent(
            t -> {
              number(json, "f", t.f());
              number(json, "df1", t.numeratorDf());
              number(json, "df2", t.denominatorDf());
              number(json, "p", t.pValue());
            });
    estimate
        .interval()
        .ifPresent(
            ci -> {
              ObjectNode node = json.putObject("ci");
              number(node, "level", ci.level());
              number(node, "lower", ci.lower());
              number(node, "upper", ci.upper());
            });
    ObjectNode squares = json.putObject("meanSquares");
    number(squares, "betweenTargets", result.betweenTargetsMeanSquare());
    number(squares, "withinTargets", result.withinTargetsMeanSquare());
    number(squares, "betweenRaters", result.betweenRatersMeanSquare());
    number(squares, "error", result.errorMeanSquare());
  }

  private static int headerRow(RatingsCsv csv) {
    return csv.headerRow();
  }

  private static void coefficient(Coefficient c, ObjectNode json) {
    if (c instanceof Coefficient.Undefined u) {
      json.putNull("value");
      json.put("reason", u.reason().name());
      json.put("explanation", u.explanation());
    } else {
      json.put("value", c.value());
    }
  }

  /** Puts {@code value}, or null when it is not finite (JSON has no NaN). */
  private static void number(ObjectNode json, String field, double value) {
    if (Double.isFinite(value)) {
      json.put(field, value);
    } else {
      json.putNull(field);
    }
  }

  private static String requireOption(@Nullable String value) {
    if (value == null) {
      throw new IllegalStateException("option checked by checkUsage");
    }
    return value;
  }
}
