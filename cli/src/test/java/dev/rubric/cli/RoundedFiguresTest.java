package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.CandidateComparison;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.agreement.Coefficient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A score that misses its bar never reads, rounded, as if it met it. */
class RoundedFiguresTest {
  /** The bundled plan with each requirement changed by {@code change}. */
  private static InterviewPlan withRequirements(
      java.util.function.UnaryOperator<CompetencyRequirement> change) {
    InterviewPlan base = MlEngineerRubric.plan();
    List<CompetencyRequirement> requirements = new ArrayList<>();
    for (CompetencyRequirement r : base.profile().requirements()) {
      requirements.add(change.apply(r));
    }
    return InterviewPlan.builder()
        .from(base)
        .profile(RoleProfile.builder().from(base.profile()).requirements(requirements).build())
        .build();
  }

  /**
   * The bundled plan with 'model-serving' weighing 0.001 (no bar, target 2), rated 2 while the rest
   * of the deployment area is rated 3: the area scores 24.002 / 8.001 = 2.99987..., below its bar
   * 3.
   */
  private static Evaluation nearlyAtTheBar(InterviewPlan[] planOut) {
    InterviewPlan plan =
        withRequirements(
            r ->
                r.competencyId().equals("model-serving")
                    ? CompetencyRequirement.builder()
                        .from(r)
                        .weight(0.001)
                        .targetLevel(2)
                        .mustHaveBar(Optional.empty())
                        .build()
                    : r);
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.tShapedEngineer()) {
      Scorecard.Builder b = Scorecard.builder().from(c).planFingerprint(plan.fingerprint());
      if (c.panelRoleId().equals("deployment-depth")) {
        b.ratings(List.of());
        for (Rating r : c.ratings()) {
          int level = r.competencyId().equals("model-serving") ? 2 : 3;
          b.addRatings(Rating.of(r.competencyId(), level, r.evidence()));
        }
      }
      cards.add(b.build());
    }
    planOut[0] = plan;
    return Evaluator.standard().evaluate(plan, cards);
  }

  @Test
  void anAreaJustBelowItsBarIsShownInFullInEveryReport() {
    InterviewPlan[] plan = new InterviewPlan[1];
    Evaluation e = nearlyAtTheBar(plan);
    double score =
        e.findings().breadthDepth().orElseThrow().areas().stream()
            .filter(a -> a.area().equals("deployment"))
            .map(AreaScore::score)
            .findFirst()
            .orElseThrow()
            .value();
    assertThat(score).isLessThan(3).isGreaterThan(2.9995);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.NO_HIRE);
    String full = BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    String shortfall = BigDecimal.valueOf(3 - score).stripTrailingZeros().toPlainString();

    String text = TextReport.render(plan[0], e);
    assertThat(text)
        .contains("[DEPTH_GAP deployment (score=" + full + ", bar=3)]")
        .contains("[DEPTH_GAP deployment (score=" + full + ", bar=3, shortfall=" + shortfall + ")]")
        .containsPattern(
            "\n  deployment +" + Pattern.quote(full) + "  \\(4 competencies scored\\)\n")
        .containsPattern("\n  model-serving +deployment +2\\.00 +2 +- +0\\.001  meets target\n")
        .doesNotContain("score=3.000,", "shortfall=0.000)");
    String html = HtmlReport.render(plan[0], e);
    assertThat(html)
        .contains("<tr><td>deployment</td><td class=\"num\">" + full + "</td>")
        .doesNotContain("score=3.000");
  }

  /** The bundled plan and the T-shaped engineer, every requirement weighing {@code weight}. */
  private static String reportWithEveryWeight(double weight) {
    InterviewPlan plan =
        withRequirements(r -> CompetencyRequirement.builder().from(r).weight(weight).build());
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.tShapedEngineer()) {
      cards.add(Scorecard.builder().from(c).planFingerprint(plan.fingerprint()).build());
    }
    return TextReport.render(plan, Evaluator.standard().evaluate(plan, cards));
  }

  /**
   * Weights at the ends of the doubles a plan allows: before, 1e308 printed with two decimals as a
   * 312-character number, and 5e-324 (which reads 0.00) in full as a 327-character decimal.
   */
  @Test
  void extremeWeightsAreShownShortWithAnExponent() {
    String huge = reportWithEveryWeight(1e308);
    assertThat(huge)
        .containsPattern("\n  model-serving +deployment +[0-9.]+ +\\d +\\S+ +1\\.0e308 ");
    String tiny = reportWithEveryWeight(Double.MIN_VALUE);
    assertThat(tiny)
        .containsPattern("\n  model-serving +deployment +[0-9.]+ +\\d +\\S+ +4\\.9e-324 ");
    for (String report : List.of(huge, tiny)) {
      assertThat(report).doesNotContainPattern("[0-9]{20}"); // no run of digits anywhere
    }
    assertThat(TextReport.exact(0.00001)).isEqualTo("0.00001");
    assertThat(TextReport.exact(2.9999999999999996)).isEqualTo("2.9999999999999996");
    assertThat(TextReport.figures(Map.of("weight", 1e300))).isEqualTo("(weight=1.0e300)");
    assertThat(TextReport.figures(Map.of("candidates", 3e9))).isEqualTo("(candidates=3000000000)");
  }

  @Test
  void aFigureReadingAsAnotherOrAsZeroIsShownInFull() {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("rwg", 0.49996);
    figures.put("threshold", 0.5);
    figures.put("gap", 0.00004);
    figures.put("positive", 2.0);
    figures.put("negative", 2.0);
    assertThat(TextReport.figures(figures))
        .isEqualTo("(rwg=0.49996, threshold=0.5, gap=0.00004, positive=2, negative=2)");
    assertThat(TextReport.figures(Map.of("score", 3.052, "threshold", 3.0)))
        .isIn("(score=3.052, threshold=3)", "(threshold=3, score=3.052)");

    assertThat(TextReport.numberBeside(Coefficient.of(2.996), 3)).isEqualTo("2.996");
    assertThat(TextReport.numberBeside(Coefficient.of(2.996), 4)).isEqualTo("3.00");
    assertThat(TextReport.numberBeside(Coefficient.of(3.004), 3, 2)).isEqualTo("3.004");
    assertThat(TextReport.numberBeside(Coefficient.of(3.0), 3)).isEqualTo("3.00");
    assertThat(TextReport.numberBeside(Coefficient.of(3.5), 3)).isEqualTo("3.50");
  }

  @Test
  void aCompetencyAndAnOverallScoreJustBelowTheLineAreShownInFullInEveryReport() {
    InterviewPlan plan = MlEngineerRubric.plan();
    // Every competency scores 2.99987, below the hire line, targets and bars of 3.
    Evaluator evaluator =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.named("just-below", sample -> 2.99987))
            .build();
    Evaluation e = evaluator.evaluate(plan, SampleCandidates.tShapedEngineer());
    double overall = e.findings().overall().score().value();
    assertThat(overall).isLessThan(3).isGreaterThan(2.995);
    String full = BigDecimal.valueOf(overall).stripTrailingZeros().toPlainString();

    String text = TextReport.render(plan, e);
    assertThat(text)
        .contains("Overall score: " + full + " (")
        .contains("(model-serving): score 2.99987\n")
        .containsPattern("\n  model-serving +deployment +2\\.99987 +3 +3 ")
        .doesNotContain(": score 3.00\n", "Overall score: 3.00 ");
    String html = HtmlReport.render(plan, e);
    assertThat(html)
        .contains("<p>Overall score " + full + " (")
        .contains("&middot; score 2.99987</small>")
        .contains("<title>score 2.99987</title>")
        .doesNotContain("<title>score 3.00</title>");

    CandidateComparison comparison = CandidateComparison.of(plan, List.of(e));
    assertThat(ComparisonReports.text(plan, comparison))
        .contains(" " + full + " ")
        .contains(" 2.99987!")
        .doesNotContain(" 3.00!");
    assertThat(ComparisonReports.html(plan, comparison))
        .contains(">" + full + "</td>")
        .contains("<td class=\"num concern\">2.99987</td>");
  }
}
