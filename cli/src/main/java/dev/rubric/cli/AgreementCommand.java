package dev.rubric.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.CohenAccumulator;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.ConfidenceInterval;
import dev.rubric.scoring.agreement.FTest;
import dev.rubric.scoring.agreement.FleissAccumulator;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.IccAccumulator;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * define it) and the figures behind it. For {@code icc} the contract's {@code f}, {@code df1},
 * {@code df2}, {@code p} and {@code ci} are always present, {@code null} where undefined: all of
 * them when the value is undefined, and an undefined {@code f} or {@code p} of a test (an infinite
 * F under perfect agreement, a 0/0 F) is followed by {@code fReason}/{@code fExplanation} or {@code
 * pReason}/{@code pExplanation}, as {@code value} is by {@code reason}/{@code explanation}.
 *
 * <p>Ratings must be integer levels from {@value RatingsCsv#MIN_RATING} to {@value
 * RatingsCsv#MAX_RATING} ({@code 3}, {@code 3.0} and {@code 3e0} are the same level): every
 * statistic here is computed from exact integer counts and sums, so a fractional rating such as
 * {@code 2.5} is rejected with its row and column rather than rounded (the integer test reads the
 * cell's exact decimal text, so {@code 3.0000000000000001} is not 3). The file is streamed: each
 * row goes into the metric's accumulator as it is read, so memory holds sufficient statistics, not
 * rows. Alpha, Fleiss' and Cohen's kappa count categories and accept ratings spanning at most
 * {@value dev.rubric.scoring.agreement.Ratings#MAX_SPAN} levels, counting the ratings the statistic
 * uses: a rating in a unit that alpha drops (fewer than two ratings) or that Cohen's kappa drops (a
 * rater missing) does not count, as in the library; Fleiss' kappa counts every rating.
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
    Accumulation acc = new Accumulation();
    RatingsCsv.read(() -> InputFiles.reader(file, Long.MAX_VALUE), file, acc);
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("metric", metric);
    int raters = acc.raters.size();
    switch (metric) {
      case "alpha" -> alpha(acc.requireAlpha().result(), raters, json);
      case "fleiss-kappa" -> fleiss(acc.requireFleiss().result(), raters, json);
      case "cohen-kappa" -> cohen(acc.requireCohen().result(), raters, json);
      default -> icc(acc.requireIcc(), json);
    }
    json.put("file", file);
    spec.commandLine().getOut().println(VisibleJson.pretty(json).stripTrailing());
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
    OptionValues.oneOf(spec, option, value, allowed);
  }

  private void onlyFor(String option, String forMetric) {
    if (!metric.equals(forMetric)) {
      throw usage(option + " applies to --metric " + forMetric + " only, not " + metric);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * The metric's accumulator, filled one row at a time as the file is read: memory holds the
   * accumulator's sufficient statistics, never the rows. Rejects, with its row and column, the
   * first rating that makes a categorical metric's levels span more than {@link Ratings#MAX_SPAN},
   * counting only the ratings the statistic uses, as the library's accumulator does: the file is
   * refused exactly when the same matrix given to the library is.
   */
  private final class Accumulation implements RatingsCsv.Sink {
    private ImmutableList<String> raters = ImmutableList.of();
    private @Nullable AlphaAccumulator alpha;
    private @Nullable FleissAccumulator fleiss;
    private @Nullable CohenAccumulator cohen;
    private @Nullable IccAccumulator icc;
    private long lo = Long.MAX_VALUE;
    private long hi = Long.MIN_VALUE;

    @Override
    public void header(RatingsCsv.Header header) {
      raters = header.raters();
      switch (metric) {
        case "alpha" ->
            alpha =
                KrippendorffAlpha.at(
                        AlphaLevel.valueOf(requireOption(level).toUpperCase(Locale.ROOT)))
                    .accumulator();
        case "fleiss-kappa" -> fleiss = FleissKappa.of().accumulator();
        case "cohen-kappa" -> {
          if (raters.size() != 2) {
            throw new InputRejected(
                String.format(
                    Locale.ROOT,
                    "%s: row %d: cohen-kappa needs exactly 2 rater columns, but the header names"
                        + " %d",
                    file,
                    header.line(),
                    raters.size()));
          }
          cohen = cohenKappa().accumulator();
        }
        default -> icc = IntraclassCorrelation.of().accumulator();
      }
    }

    @Override
    public void row(int line, String unit, int[] levels) {
      if (icc != null) {
        try {
          icc.addUnit(levels);
        } catch (ArithmeticException e) {
          throw new InputRejected(file + ": the ratings are too large to sum exactly");
        }
        return;
      }
      if (countsTowardsSpan(levels)) {
        checkSpan(line, levels);
      }
      if (alpha != null) {
        alpha.addUnit(levels);
      } else if (fleiss != null) {
        fleiss.addUnit(levels);
      } else if (cohen != null) {
        cohen.addUnit(levels);
      }
    }

    /**
     * Whether the row's ratings enter the statistic, and so its span: the ratings of a unit with
     * fewer than two ratings drop out of alpha with their unit, and a unit that one rater did not
     * rate drops out of Cohen's kappa, as the accumulators of the library treat them; Fleiss' kappa
     * counts every rating.
     */
    private boolean countsTowardsSpan(int[] levels) {
      if (fleiss != null) {
        return true;
      }
      int present = 0;
      for (int level : levels) {
        if (level != Ratings.MISSING) {
          present++;
        }
      }
      return cohen != null ? present == levels.length : present >= 2;
    }

    private void checkSpan(int line, int[] levels) {
      for (int r = 0; r < levels.length; r++) {
        if (levels[r] != Ratings.MISSING) {
          lo = Math.min(lo, levels[r]);
          hi = Math.max(hi, levels[r]);
          if (hi - lo >= Ratings.MAX_SPAN) {
            throw new InputRejected(
                String.format(
                    Locale.ROOT,
                    "%s: row %d, column %d (rater '%s'): '%d' makes the ratings span %d to %d; %s"
                        + " takes at most %d consecutive levels",
                    file,
                    line,
                    r + 2,
                    raters.get(r),
                    levels[r],
                    lo,
                    hi,
                    metric,
                    Ratings.MAX_SPAN));
          }
        }
      }
    }

    AlphaAccumulator requireAlpha() {
      return requireState(alpha);
    }

    FleissAccumulator requireFleiss() {
      return requireState(fleiss);
    }

    CohenAccumulator requireCohen() {
      return requireState(cohen);
    }

    IccAccumulator requireIcc() {
      return requireState(icc);
    }
  }

  private static <T> T requireState(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the header sets the accumulator up");
    }
    return value;
  }

  private CohenKappa cohenKappa() {
    return switch (weights == null ? "none" : weights) {
      case "linear" -> CohenKappa.linear();
      case "quadratic" -> CohenKappa.quadratic();
      default -> CohenKappa.unweighted();
    };
  }

  private void alpha(AlphaResult result, int raters, ObjectNode json) {
    json.put("level", requireOption(level));
    coefficient(result.alpha(), json);
    json.put("units", result.units());
    json.put("pairableUnits", result.pairableUnits());
    json.put("droppedUnits", result.droppedUnits());
    json.put("pairableValues", result.pairableValues());
    json.put("raters", raters);
    json.put("categories", result.categories());
    number(json, "observedDisagreement", result.observedDisagreement());
    number(json, "expectedDisagreement", result.expectedDisagreement());
  }

  private void fleiss(FleissResult result, int raters, ObjectNode json) {
    coefficient(result.kappa(), json);
    json.put("units", result.units());
    json.put("raters", raters);
    // 0 is the library's "units carry different numbers of ratings": no figure, so null
    if (result.ratingsPerUnit() > 0) {
      json.put("ratingsPerUnit", result.ratingsPerUnit());
    } else {
      json.putNull("ratingsPerUnit");
    }
    json.put("categories", result.categories());
    number(json, "observedAgreement", result.observedAgreement());
    number(json, "expectedAgreement", result.expectedAgreement());
  }

  private void cohen(CohenResult result, int raters, ObjectNode json) {
    String w = weights == null ? "none" : weights;
    json.put("weights", w);
    coefficient(result.kappa(), json);
    json.put("units", result.units());
    json.put("pairedUnits", result.pairedUnits());
    json.put("droppedUnits", result.droppedUnits());
    json.put("raters", raters);
    json.put("categories", result.categories());
    number(json, "observedAgreement", result.observedAgreement());
    number(json, "expectedAgreement", result.expectedAgreement());
  }

  private void icc(IccAccumulator accumulator, ObjectNode json) {
    IccResult result;
    try {
      result = accumulator.result();
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
    // The contract's figures are always present, null where undefined: without a test (the value
    // is undefined, and "reason" says why) all four are null; within a test, an undefined f or p
    // carries its own reason and explanation, as "value" does.
    Optional<FTest> test = estimate.test();
    if (test.isPresent()) {
      FTest t = test.get();
      figure(json, "f", t.f());
      json.put("df1", t.numeratorDf());
      json.put("df2", t.denominatorDf());
      figure(json, "p", t.pValue());
    } else {
      json.putNull("f");
      json.putNull("df1");
      json.putNull("df2");
      json.putNull("p");
    }
    Optional<ConfidenceInterval> interval = estimate.interval();
    if (interval.isPresent()) {
      ObjectNode node = json.putObject("ci");
      number(node, "level", interval.get().level());
      number(node, "lower", interval.get().lower());
      number(node, "upper", interval.get().upper());
    } else {
      json.putNull("ci");
    }
    // The mean squares are undefined only when the data are too small for any estimate, so the
    // estimate's "reason" and "explanation" say why they are null.
    ObjectNode squares = json.putObject("meanSquares");
    valueOrNull(squares, "betweenTargets", result.betweenTargetsMeanSquare());
    valueOrNull(squares, "withinTargets", result.withinTargetsMeanSquare());
    valueOrNull(squares, "betweenRaters", result.betweenRatersMeanSquare());
    valueOrNull(squares, "error", result.errorMeanSquare());
  }

  /** Puts the value of a defined figure, or null when the data do not define it. */
  private static void valueOrNull(ObjectNode json, String field, Coefficient c) {
    if (c.isDefined()) {
      json.put(field, c.value());
    } else {
      json.putNull(field);
    }
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

  /**
   * Puts a figure of a test: its value, or null followed by {@code <field>Reason} (the code) and
   * {@code <field>Explanation} (the sentence) when the data do not define it.
   */
  private static void figure(ObjectNode json, String field, Coefficient c) {
    if (c instanceof Coefficient.Undefined u) {
      json.putNull(field);
      json.put(field + "Reason", u.reason().name());
      json.put(field + "Explanation", u.explanation());
    } else {
      json.put(field, c.value());
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
