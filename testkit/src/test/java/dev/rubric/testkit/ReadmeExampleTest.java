package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's testkit snippets, compiled and run; the README must quote them exactly. */
class ReadmeExampleTest {

  // snippet:testkit-property start
  static Gen<List<Integer>> ratings() {
    return Gen.lists(Gen.integers(1, 4), 1, 12);
  }

  @Property(tries = 300)
  void averageStaysOnTheScale(@ForAll("ratings") List<Integer> ratings) {
    double average = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertThat(average).isBetween(1.0, 4.0);
  }

  @Test
  void sortingKeepsEveryRating() {
    PropertyCheck.forAll(ratings())
        .withTries(200)
        .check(
            r -> assertThat(r.stream().sorted().toList()).containsExactlyInAnyOrderElementsOf(r));
  }

  // snippet:testkit-property end

  // snippet:testkit-engine start
  sealed interface Expr permits Num, Add {}

  record Num(int value) implements Expr {}

  record Add(Expr left, Expr right) implements Expr {}

  static Gen<Expr> exprs() {
    return Gen.recursive(
        Gen.integers(0, 9).map(Num::new), self -> Gen.combine(self, self, Add::new));
  }

  static int eval(Expr e) {
    return e instanceof Add add ? eval(add.left()) + eval(add.right()) : ((Num) e).value();
  }

  @Test
  void additionOfExpressionsCommutes() {
    PropertyCheck.forAll(Gen.zip(exprs(), exprs()))
        .withCoverage("nested", 20.0)
        .check(
            p -> {
              Statistics.collect(p.first() instanceof Add ? "nested" : "number");
              assertThat(eval(new Add(p.first(), p.second())))
                  .isEqualTo(eval(new Add(p.second(), p.first())));
            });
  }

  @Test
  void theHighestRatingIsNeverBelowTheAverage() {
    PropertyCheck.forAll(ratings())
        .check(
            r -> {
              PropertyCheck.assume(r.size() >= 2, "two raters or more");
              double average = r.stream().mapToInt(Integer::intValue).average().orElseThrow();
              assertThat(Collections.max(r)).isGreaterThanOrEqualTo((int) Math.ceil(average));
            });
  }

  @Test
  void aRunReturnsWhatItFound() {
    PropertyResult<List<Integer>> result =
        PropertyCheck.forAll(ratings()).runThat(r -> !r.contains(4));

    assertThat(result.falsified()).isTrue();
    assertThat(result.shrunk()).contains(List.of(4));
    assertThat(result.shrinkBudgetExhausted()).isFalse();
  }

  // snippet:testkit-engine end

  // snippet:testkit-combine start
  record Applicant(String name, int years, boolean referred, List<Integer> ratings, double bar) {}

  static Gen<Applicant> applicants() {
    return Gen.combine(
        Gen.strings("abc", 1, 8),
        Gen.integers(0, 40),
        Gen.booleans(),
        ratings(),
        Gen.doubles(1, 4),
        Applicant::new);
  }

  @Test
  void aCounterexampleNamesItsParts() {
    assertThatThrownBy(() -> PropertyCheck.forAll(applicants()).checkThat(a -> a.years() < 30))
        .hasMessageContaining(
            "shrunk counterexample:   Applicant[name=\"a\", years=30, referred=false, ratings=[1],"
                + " bar=1.0]");
  }

  // snippet:testkit-combine end

  @ParameterizedTest
  @ValueSource(strings = {"testkit-property", "testkit-engine", "testkit-combine"})
  void readmeQuotesTheSnippet(String name) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/test/java/dev/rubric/testkit/ReadmeExampleTest.java"));
    String snippet =
        lines
            .subList(
                lines.indexOf("  // snippet:" + name + " start") + 1,
                lines.indexOf("  // snippet:" + name + " end"))
            .stream()
            .map(line -> line.length() >= 2 ? line.substring(2) : line)
            .collect(Collectors.joining("\n"))
            .strip();

    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```java\n" + snippet + "\n```\n");
  }
}
