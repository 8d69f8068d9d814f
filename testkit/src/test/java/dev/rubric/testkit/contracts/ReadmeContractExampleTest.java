package dev.rubric.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.CompetencyAggregator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's contract-suite snippet, compiled and run; the README must quote it exactly. */
class ReadmeContractExampleTest {

  @Test
  void aContractSuiteRunsAgainstACustomAggregator() {
    // snippet:contract-suite start
    CompetencyAggregator secondLowest =
        CompetencyAggregator.named(
            "second-lowest", sample -> sample.value(Math.min(1, sample.size() - 1)));
    AggregatorContract.of(secondLowest).monotone().check(); // passes: every law holds

    CompetencyAggregator generous =
        CompetencyAggregator.named("generous", sample -> sample.value(sample.size() - 1) + 0.5);
    assertThatThrownBy(() -> AggregatorContract.of(generous).check())
        .hasMessageContaining("breaks 2 of 5 laws: staysOnTheScale, unanimousRatersGiveTheirLevel")
        .hasMessageContaining("shrunk counterexample:   levels 1..2, hire line 2; ratings {2}");
    // snippet:contract-suite end
  }

  @Test
  void readmeQuotesTheSnippet() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/dev/rubric/testkit/contracts/ReadmeContractExampleTest.java"));
    String snippet =
        lines
            .subList(
                lines.indexOf("    // snippet:contract-suite start") + 1,
                lines.indexOf("    // snippet:contract-suite end"))
            .stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line)
            .collect(Collectors.joining("\n"))
            .strip();

    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```java\n" + snippet + "\n```\n");
  }
}
