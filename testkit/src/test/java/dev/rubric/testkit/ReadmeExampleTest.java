package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's testkit snippet, compiled and run; the README must quote it exactly. */
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

  @Test
  void readmeQuotesTheSnippet() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/test/java/dev/rubric/testkit/ReadmeExampleTest.java"));
    String snippet =
        lines
            .subList(
                lines.indexOf("  // snippet:testkit-property start") + 1,
                lines.indexOf("  // snippet:testkit-property end"))
            .stream()
            .map(line -> line.length() >= 2 ? line.substring(2) : line)
            .collect(Collectors.joining("\n"))
            .strip();

    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```java\n" + snippet + "\n```\n");
  }
}
