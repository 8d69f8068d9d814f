package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.PropertyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's domain generator snippet, compiled and run; the README must quote it exactly. */
class DomainReadmeExampleTest {

  // snippet:testkit-domain start
  static Gen<Packet> packets() {
    return RubricGen.plans().flatMap(RubricGen::packetsFor);
  }

  // A user's own rule: the mean of all ratings in a packet, NaN when nothing was rated.
  static double meanRating(Packet packet) {
    return packet.scorecards().stream()
        .flatMap(card -> card.ratings().stream())
        .mapToInt(Rating::level)
        .average()
        .orElse(Double.NaN);
  }

  @Property(tries = 100)
  void meanRatingStaysOnTheScale(@ForAll("packets") Packet packet) {
    InterviewPlan plan = packet.plan();
    double mean = meanRating(packet);
    if (!Double.isNaN(mean)) {
      assertThat(mean).isBetween((double) plan.scale().min(), (double) plan.scale().max());
    }
  }

  @Test
  void brokenPlansReportTheirProblem() {
    PropertyCheck.forAll(RubricGen.brokenPlans())
        .withTries(100)
        .check(b -> assertThat(b.plan().validate().codes()).contains(b.expectedCode()));
  }

  // snippet:testkit-domain end

  @Test
  void readmeQuotesTheSnippet() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/dev/rubric/testkit/domain/DomainReadmeExampleTest.java"));
    String snippet =
        lines
            .subList(
                lines.indexOf("  // snippet:testkit-domain start") + 1,
                lines.indexOf("  // snippet:testkit-domain end"))
            .stream()
            .map(line -> line.length() >= 2 ? line.substring(2) : line)
            .collect(Collectors.joining("\n"))
            .strip();

    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```java\n" + snippet + "\n```\n");
  }
}
