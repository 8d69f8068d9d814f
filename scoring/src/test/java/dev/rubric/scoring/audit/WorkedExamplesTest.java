package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published worked examples, reproduced at their printed precision. */
class WorkedExamplesTest {

  /** Adds {@code applicants} candidates of one category, the first {@code hits} with outcome 1. */
  static void add(
      List<CandidateOutcome> outcomes,
      Map<String, Map<String, String>> groups,
      String dimension,
      String category,
      int applicants,
      int hits,
      boolean scoring) {
    for (int i = 0; i < applicants; i++) {
      String id = dimension + "-" + category + "-" + i;
      boolean hit = i < hits;
      outcomes.add(
          scoring ? CandidateOutcome.of(id, false, hit ? 1 : 0) : CandidateOutcome.of(id, hit));
      groups.put(id, Map.of(dimension, category));
    }
  }

  static CategoryResult row(GroupingResult g, String category) {
    return g.categories().stream()
        .filter(r -> r.category().equals(List.of(category)))
        .findFirst()
        .orElseThrow();
  }

  static double printed(double value, int places) {
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Questions and Answers on the Uniform Guidelines (44 FR 11996, March 2, 1979), question 11
   * ("What is a substantially different rate of selection?"): "if the hiring rate for whites other
   * than Hispanics is 60%, for American Indians 45%, for Hispanics 48%, and for Blacks 51% [...]
   * These comparisons show the following impact ratios: American Indians 45/60 or 75%; Hispanics
   * 48/60 or 80%; and Blacks 51/60 or 85%. [...] adverse impact is indicated for American Indians
   * but not for Hispanics or Blacks." Reproduced with 100 applicants per group (each well over 2%
   * of the pool, as the example requires); a ratio of exactly 80% is not under four fifths.
   */
  @Test
  void uniformGuidelinesQuestionEleven() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    add(outcomes, groups, "race", "White", 100, 60, false);
    add(outcomes, groups, "race", "American Indian", 100, 45, false);
    add(outcomes, groups, "race", "Hispanic", 100, 48, false);
    add(outcomes, groups, "race", "Black", 100, 51, false);
    GroupingResult race =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("race"), groups))
            .dimensions()
            .get(0);
    assertThat(row(race, "White").impactRatio().value()).isEqualTo(1.0);
    assertThat(printed(row(race, "American Indian").impactRatio().value(), 2)).isEqualTo(0.75);
    assertThat(row(race, "Hispanic").impactRatio().value()).isEqualTo(0.80);
    assertThat(printed(row(race, "Black").impactRatio().value(), 2)).isEqualTo(0.85);
    assertThat(row(race, "American Indian").flags()).contains(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(row(race, "Hispanic").flags()).doesNotContain(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(row(race, "Black").flags()).doesNotContain(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(row(race, "Hispanic").shortfall().getAsLong()).isZero();
  }

  /**
   * Questions and Answers on the Uniform Guidelines (44 FR 11996, 1979), question 12 ("How is
   * adverse impact determined?"), the four-step example: 80 white applicants, 48 hired (60%); 40
   * Black applicants, 12 hired (30%); "the black rate is 30/60, or one-half (or 50%) of the white
   * rate [...] adverse impact is usually indicated" (29 CFR 1607.4(D)). The p-value, z and interval
   * are exact reference values beside the printed figures.
   */
  @Test
  void uniformGuidelinesQuestionTwelve() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    add(outcomes, groups, "race", "White", 80, 48, false);
    add(outcomes, groups, "race", "Black", 40, 12, false);
    AuditReport report =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("race"), groups));
    GroupingResult race = report.dimensions().get(0);
    CategoryResult white = row(race, "White");
    CategoryResult black = row(race, "Black");
    assertThat(white.selectionRate().value()).isEqualTo(0.60);
    assertThat(black.selectionRate().value()).isEqualTo(0.30);
    assertThat(white.impactRatio().value()).isEqualTo(1.0);
    assertThat(black.impactRatio().value()).isEqualTo(0.50);
    assertThat(white.flags()).containsExactly(AuditFlag.REFERENCE);
    assertThat(black.flags()).containsExactly(AuditFlag.BELOW_FOUR_FIFTHS, AuditFlag.SIGNIFICANT);
    // 0.8 x 60% of 40 = 19.2, so 20 selections: 8 more.
    assertThat(black.shortfall().getAsLong()).isEqualTo(8);
    // Python 3.12 fractions, exact hypergeometric sum; statistics.NormalDist for z and Katz.
    assertThat(black.fisherP().value()).isCloseTo(0.003409221767849182, within(1e-12));
    assertThat(black.z().value()).isCloseTo(-3.098386676965933, within(1e-12));
    assertThat(black.ciLower().value()).isCloseTo(0.3014329410455969, within(1e-9));
    assertThat(black.ciUpper().value()).isCloseTo(0.8293718633829844, within(1e-9));
  }

  /** One printed row: categories, applicants, hits (selected or above the median). */
  record Printed(List<String> category, int applicants, int hits) {}

  static Printed p(String category, int applicants, int hits) {
    return new Printed(List.of(category), applicants, hits);
  }

  static Printed p(String first, String second, int applicants, int hits) {
    return new Printed(List.of(first, second), applicants, hits);
  }

  /**
   * Candidates for printed rows over {@code dims}, plus {@code unknown} candidates of unknown
   * category in every dimension. With {@code scoring}, a hit scores 60 or more and a miss under 40
   * (unknown candidates too: the first {@code unknown / 2} above, the rest below), so that the
   * median of the whole sample falls between them whenever at most half the candidates are hits.
   */
  static AuditReport audit(
      List<String> dims, List<Printed> rows, int unknown, boolean scoring, AuditOptions options) {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    int id = 0;
    for (Printed r : rows) {
      for (int i = 0; i < r.applicants(); i++) {
        String candidate = "c" + id++;
        boolean hit = i < r.hits();
        outcomes.add(
            scoring
                ? CandidateOutcome.of(candidate, false, hit ? 60 + i % 40 : i % 40)
                : CandidateOutcome.of(candidate, hit));
        Map<String, String> row = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
          row.put(dims.get(d), r.category().get(d));
        }
        groups.put(candidate, row);
      }
    }
    for (int i = 0; i < unknown; i++) {
      String candidate = "u" + i;
      outcomes.add(
          scoring
              ? CandidateOutcome.of(candidate, false, i < unknown / 2 ? 99 : 0)
              : CandidateOutcome.of(candidate, i % 2 == 0));
    }
    return AdverseImpact.audit(outcomes, new GroupMembership(dims, groups), options);
  }

  static CategoryResult row(GroupingResult g, List<String> category) {
    return g.categories().stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + category));
  }

  static final String HISPANIC = "Hispanic or Latino";
  static final String WHITE = "White";
  static final String BLACK = "Black or African American";
  static final String NHPI = "Native Hawaiian or Pacific Islander";
  static final String ASIAN = "Asian";
  static final String NATIVE = "Native American or Alaska Native";
  static final String TWO = "Two or More Races";

  /**
   * 6 RCNY 5-301(b), NYC Department of Consumer and Worker Protection rules for automated
   * employment decision tools (adopted April 6, 2023), the example of a tool that screens resumes:
   * the intersectional table, printed with rates to 0.1% and impact ratios to 0.001, and the note
   * that 250 individuals of unknown sex or race/ethnicity were assessed and left out. The sex table
   * (Male 1390 applicants, 667 selected, 48%, 1.00; Female 1181, 555, 47%, 0.98 [0.979 in some
   * transcriptions]) is the sum of the intersectional rows and comes out of the same audit. The
   * example's categories of 17, 24 and 32 applicants are under 2% of its 2821 individuals, so the
   * rules' printed ratios for them need minShare 0; with the 2% default they are excluded and still
   * reported with their counts and rates.
   */
  @Test
  void localLaw144SelectionRateExampleIntersections() {
    List<Printed> rows =
        List.of(
            p(HISPANIC, "Male", 205, 90),
            p(HISPANIC, "Female", 190, 82),
            p(WHITE, "Male", 412, 215),
            p(BLACK, "Male", 226, 95),
            p(NHPI, "Male", 87, 37),
            p(ASIAN, "Male", 321, 167),
            p(NATIVE, "Male", 24, 11),
            p(TWO, "Male", 115, 52),
            p(WHITE, "Female", 385, 197),
            p(BLACK, "Female", 164, 75),
            p(NHPI, "Female", 32, 15),
            p(ASIAN, "Female", 295, 135),
            p(NATIVE, "Female", 17, 7),
            p(TWO, "Female", 98, 44));
    // Printed: selection rate (%), impact ratio.
    double[][] printed = {
      {43.9, 0.841}, {43.2, 0.827}, {52.2, 1.000}, {42.0, 0.806}, {42.5, 0.815}, {52.0, 0.997},
      {45.8, 0.878}, {45.2, 0.866}, {51.2, 0.981}, {45.7, 0.876}, {46.9, 0.898}, {45.8, 0.877},
      {41.2, 0.789}, {44.9, 0.860}
    };
    List<String> dims = List.of("raceEthnicity", "sex");
    AuditReport report = audit(dims, rows, 250, false, AuditOptions.defaults().withMinShare(0));
    GroupingResult both = report.intersections().get(0);
    assertThat(both.unknown()).isEqualTo(250);
    for (int i = 0; i < rows.size(); i++) {
      CategoryResult r = row(both, rows.get(i).category());
      assertThat(r.applicants()).isEqualTo(rows.get(i).applicants());
      assertThat(printed(r.selectionRate().value() * 100, 1))
          .as("%s", r.category())
          .isEqualTo(printed[i][0]);
      assertThat(printed(r.impactRatio().value(), 3))
          .as("%s", r.category())
          .isEqualTo(printed[i][1]);
    }
    assertThat(row(both, List.of(WHITE, "Male")).isReference()).isTrue();
    assertThat(row(both, List.of(NATIVE, "Female")).flags()).contains(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(row(both, List.of(BLACK, "Male")).flags())
        .doesNotContain(AuditFlag.BELOW_FOUR_FIFTHS);

    GroupingResult sex = report.dimensions().get(1);
    assertThat(sex.unknown()).isEqualTo(250);
    CategoryResult male = row(sex, List.of("Male"));
    CategoryResult female = row(sex, List.of("Female"));
    assertThat(male.applicants()).isEqualTo(1390);
    assertThat(male.selected()).isEqualTo(667);
    assertThat(female.applicants()).isEqualTo(1181);
    assertThat(female.selected()).isEqualTo(555);
    assertThat(printed(male.selectionRate().value() * 100, 0)).isEqualTo(48);
    assertThat(printed(female.selectionRate().value() * 100, 0)).isEqualTo(47);
    assertThat(male.impactRatio().value()).isEqualTo(1.0);
    assertThat(printed(female.impactRatio().value(), 2)).isEqualTo(0.98);
    assertThat(printed(female.impactRatio().value(), 3)).isEqualTo(0.979);

    // With the rules' 2% default, the three small cells are excluded, still reported.
    GroupingResult defaults =
        audit(dims, rows, 250, false, AuditOptions.defaults()).intersections().get(0);
    for (List<String> small :
        List.of(List.of(NATIVE, "Male"), List.of(NATIVE, "Female"), List.of(NHPI, "Female"))) {
      CategoryResult r = row(defaults, small);
      assertThat(r.flags()).as("%s", small).containsExactly(AuditFlag.EXCLUDED_SMALL_SHARE);
      assertThat(r.impactRatio().isDefined()).isFalse();
      assertThat(r.selectionRate().isDefined()).isTrue();
      assertThat(r.excluded().orElseThrow()).contains("of 2821 candidates");
    }
  }

  /**
   * 6 RCNY 5-301(b), the race/ethnicity table of the same example, printed with whole-percent rates
   * and two-place ratios: Hispanic or Latino 408, 204, 50%, 0.97; White 797, 412, 52%, 1.00; Black
   * or African American 390, 170, 44%, 0.84; Native Hawaiian or Pacific Islander 119, 52, 44%,
   * 0.85; Asian 616, 302, 49%, 0.95; Native American or Alaska Native 41, 18, 44%, 0.85; Two or
   * More Races 213, 96, 45%, 0.87. (Its Hispanic or Latino row, 408 and 204, is not the sum of the
   * intersectional table's, 395 and 172, so it is audited on its own.)
   */
  @Test
  void localLaw144SelectionRateExampleRaceEthnicity() {
    List<Printed> rows =
        List.of(
            p(HISPANIC, 408, 204),
            p(WHITE, 797, 412),
            p(BLACK, 390, 170),
            p(NHPI, 119, 52),
            p(ASIAN, 616, 302),
            p(NATIVE, 41, 18),
            p(TWO, 213, 96));
    double[][] printed = {
      {50, 0.97}, {52, 1.00}, {44, 0.84}, {44, 0.85}, {49, 0.95}, {44, 0.85}, {45, 0.87}
    };
    GroupingResult race =
        audit(List.of("raceEthnicity"), rows, 0, false, AuditOptions.defaults().withMinShare(0))
            .dimensions()
            .get(0);
    for (int i = 0; i < rows.size(); i++) {
      CategoryResult r = row(race, rows.get(i).category());
      assertThat(printed(r.selectionRate().value() * 100, 0))
          .as("%s", r.category())
          .isEqualTo(printed[i][0]);
      assertThat(printed(r.impactRatio().value(), 2))
          .as("%s", r.category())
          .isEqualTo(printed[i][1]);
      assertThat(r.flags()).doesNotContain(AuditFlag.BELOW_FOUR_FIFTHS);
    }
    CategoryResult excluded =
        row(
            audit(List.of("raceEthnicity"), rows, 0, false, AuditOptions.defaults())
                .dimensions()
                .get(0),
            List.of(NATIVE));
    assertThat(excluded.flags()).containsExactly(AuditFlag.EXCLUDED_SMALL_SHARE);
    assertThat(printed(excluded.selectionRate().value() * 100, 0)).isEqualTo(44);
    assertThat(excluded.excluded())
        .hasValue("41 of 2584 candidates is under the minimum share 0.02");
  }

  /**
   * 6 RCNY 5-301(d), the example of a tool that scores applicants for "culture fit" (scoring rate:
   * the share of a category scoring above the median score of the sample), every table in full: sex
   * (Male 92, 54.3%, 1.00; Female 76, 44.7%, 0.82), race/ethnicity (Hispanic or Latino 28, 64.2%,
   * 1.00; White 40, 37.5%, 0.58; Black or African American 32, 50.0%, 0.78; Native Hawaiian or
   * Pacific Islander 8, 62.5%, 0.97; Asian 24, 41.7%, 0.65; Native American or Alaska Native 16,
   * 62.5%, 0.97; Two or More Races 20, 50.0%, 0.78), the fourteen intersectional rows below, and
   * the note of 15 individuals of unknown category. The three tables are one data set: the
   * intersectional rows sum to the others. The rules print 64.2% for 18 of 28 = 64.29%, truncated
   * where every other figure is rounded; the ratio 1.00 and all others are reproduced as printed.
   */
  @Test
  void localLaw144ScoringRateExample() {
    List<Printed> rows =
        List.of(
            p(HISPANIC, "Male", 16, 12),
            p(HISPANIC, "Female", 12, 6),
            p(WHITE, "Male", 20, 7),
            p(BLACK, "Male", 20, 10),
            p(NHPI, "Male", 4, 3),
            p(ASIAN, "Male", 12, 7),
            p(NATIVE, "Male", 8, 5),
            p(TWO, "Male", 12, 6),
            p(WHITE, "Female", 20, 8),
            p(BLACK, "Female", 12, 6),
            p(NHPI, "Female", 4, 2),
            p(ASIAN, "Female", 12, 3),
            p(NATIVE, "Female", 8, 5),
            p(TWO, "Female", 8, 4));
    double[][] printedIntersections = {
      {75, 1.00}, {50, 0.67}, {35, 0.47}, {50, 0.67}, {75, 1.00}, {58.3, 0.78}, {62.5, 0.83},
      {50, 0.67}, {40, 0.53}, {50, 0.67}, {50, 0.67}, {25, 0.33}, {62.5, 0.83}, {50, 0.67}
    };
    AuditReport report =
        audit(List.of("raceEthnicity", "sex"), rows, 15, true, AuditOptions.defaults());
    assertThat(report.candidates()).isEqualTo(183);
    GroupingResult both = report.intersections().get(0);
    assertThat(both.unknown()).isEqualTo(15);
    for (int i = 0; i < rows.size(); i++) {
      CategoryResult r = row(both, rows.get(i).category());
      assertThat(r.applicants()).isEqualTo(rows.get(i).applicants());
      assertThat(r.excluded()).as("%s", r.category()).isEmpty();
      assertThat(printed(r.scoringRate().value() * 100, 1))
          .as("%s", r.category())
          .isEqualTo(printedIntersections[i][0]);
      assertThat(printed(r.scoringImpactRatio().value(), 2))
          .as("%s", r.category())
          .isEqualTo(printedIntersections[i][1]);
    }

    GroupingResult sex = report.dimensions().get(1);
    assertThat(sex.unknown()).isEqualTo(15);
    assertThat(printed(row(sex, "Male").scoringRate().value() * 100, 1)).isEqualTo(54.3);
    assertThat(printed(row(sex, "Female").scoringRate().value() * 100, 1)).isEqualTo(44.7);
    assertThat(printed(row(sex, "Male").scoringImpactRatio().value(), 2)).isEqualTo(1.00);
    assertThat(printed(row(sex, "Female").scoringImpactRatio().value(), 2)).isEqualTo(0.82);

    GroupingResult race = report.dimensions().get(0);
    assertThat(race.unknown()).isEqualTo(15);
    Map<String, double[]> printedRace = new LinkedHashMap<>();
    printedRace.put(WHITE, new double[] {40, 37.5, 0.58});
    printedRace.put(BLACK, new double[] {32, 50.0, 0.78});
    printedRace.put(NHPI, new double[] {8, 62.5, 0.97});
    printedRace.put(ASIAN, new double[] {24, 41.7, 0.65});
    printedRace.put(NATIVE, new double[] {16, 62.5, 0.97});
    printedRace.put(TWO, new double[] {20, 50.0, 0.78});
    printedRace.forEach(
        (category, expected) -> {
          CategoryResult r = row(race, category);
          assertThat(r.applicants()).as(category).isEqualTo((long) expected[0]);
          assertThat(printed(r.scoringRate().value() * 100, 1)).as(category).isEqualTo(expected[1]);
          assertThat(printed(r.scoringImpactRatio().value(), 2))
              .as(category)
              .isEqualTo(expected[2]);
        });
    CategoryResult hispanic = row(race, HISPANIC);
    assertThat(hispanic.applicants()).isEqualTo(28);
    assertThat(hispanic.scoringImpactRatio().value()).isEqualTo(1.0);
    double percent = hispanic.scoringRate().value() * 100;
    assertThat(new BigDecimal(percent).setScale(1, RoundingMode.DOWN).doubleValue())
        .isEqualTo(64.2);
    assertThat(printed(percent, 1)).isEqualTo(64.3);
  }
}
