package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare}'s bars column never reads "all met" for bars it could not judge. Found by a
 * review: a panel without its deployment-depth seat, so five of the plan's six must-haves unrated,
 * read "all 1 met".
 */
class CompareBarsTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String AVERY = "../examples/candidates/t-shaped-engineer.json";

  @TempDir Path dir;

  @Test
  void barsNobodyRatedAreCountedInTextHtmlAndJson() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode cards = mapper.readTree(Path.of(AVERY).toFile()).get("scorecards");
    List<String> kept = new ArrayList<>();
    for (JsonNode c : cards) {
      if (!c.get("panelRoleId").asText().equals("deployment-depth")) {
        kept.add(mapper.writeValueAsString(c).replace("cand-avery", "cand-dana"));
      }
    }
    Path partial = Files.writeString(dir.resolve("dana.json"), "[" + String.join(",", kept) + "]");

    CommandRun text = CommandRun.of("compare", "--plan", PLAN, AVERY, partial.toString());
    CommandRun json =
        CommandRun.of("compare", "--plan", PLAN, AVERY, partial.toString(), "--format", "json");
    CommandRun html =
        CommandRun.of("compare", "--plan", PLAN, AVERY, partial.toString(), "--format", "html");

    assertThat(text.exitCode).as(text.err).isZero();
    String dana = text.out.lines().filter(l -> l.contains("cand-dana")).findFirst().orElseThrow();
    assertThat(dana).contains("INCOMPLETE").endsWith("1 met, 5 not rated");
    String avery = text.out.lines().filter(l -> l.contains("cand-avery")).findFirst().orElseThrow();
    assertThat(avery).endsWith("all 6 met");
    JsonNode candidates = mapper.readTree(json.out).get("candidates");
    JsonNode d = candidates.get(1);
    assertThat(d.get("candidateId").asText()).isEqualTo("cand-dana");
    assertThat(d.get("barsMet")).hasSize(1);
    assertThat(d.get("barsNotRated")).hasSize(5);
    assertThat(candidates.get(0).get("barsNotRated")).isEmpty();
    assertThat(html.out).contains("1 met, 5 not rated");
  }
}
