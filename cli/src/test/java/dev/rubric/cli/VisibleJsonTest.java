package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.VisibleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON report shows hidden characters in user text as escapes, as the text and HTML reports
 * do: DEL, a C1 control, a bidirectional override or a line separator never reaches the terminal
 * raw, and a JSON reader still reads exactly the text that was given.
 */
class VisibleJsonTest {
  /** DEL, NEL (a C1 control), a right-to-left override, a zero-width space, a line separator. */
  private static final String HIDDEN = "\u007f\u0085\u202e\u200b\u2028";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /**
   * The law, over every character of the Basic Multilingual Plane, a tag character outside it and a
   * lone surrogate of each kind: the written JSON holds no character {@link VisibleText} hides
   * except the layout's line breaks, and it reads back to the tree that was written.
   */
  @Test
  void everyHiddenCharacterIsAJsonEscapeAndReadsBackUnchanged() throws IOException {
    List<String> texts = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      all.append(c);
    }
    for (int c = Character.MAX_SURROGATE + 1; c <= 0xFFFF; c++) {
      all.append((char) c);
    }
    texts.add(all.toString());
    texts.add("tag \udb40\udc41 and emoji \ud83d\ude00");
    texts.add("lone high \ud800 end");
    texts.add("lone low \udc00 end");
    for (String text : texts) {
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("text", text);
      node.putArray("list").add(text);

      String json = VisibleJson.pretty(node);

      assertThat(VisibleText.of(json.replace("\n", ""))).isEqualTo(json.replace("\n", ""));
      assertThat(MAPPER.readTree(json)).isEqualTo(node);
    }
  }

  @Test
  void hiddenCharactersBecomeUpperCaseEscapesAsJacksonWritesControlCharacters() {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("a\u202eb", "x\u001by" + HIDDEN);

    assertThat(VisibleJson.pretty(node))
        .isEqualTo("{\n  \"a\\u202Eb\" : \"x\\u001By\\u007F\\u0085\\u202E\\u200B\\u2028\"\n}\n");
  }

  @Test
  void aFigureThatIsNotFiniteIsWrittenAsNullNeverAsAString() throws IOException {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("nan", Double.NaN).put("up", Double.POSITIVE_INFINITY).put("one", 1.5);
    node.putArray("list").add(Double.NEGATIVE_INFINITY).add(0.25).add(Float.NaN);
    node.putObject("inner").put("down", Double.NEGATIVE_INFINITY).put("big", 1e308);
    String before = node.toString();

    String json = VisibleJson.pretty(node);

    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(MAPPER.readTree(json))
        .isEqualTo(
            MAPPER.readTree(
                "{\"nan\": null, \"up\": null, \"one\": 1.5, \"list\": [null, 0.25, null],"
                    + " \"inner\": {\"down\": null, \"big\": 1e308}}"));
    assertThat(node.toString()).as("the tree given is left as it was").isEqualTo(before);
    assertThat(VisibleJson.pretty(JsonNodeFactory.instance.numberNode(Double.NaN)))
        .isEqualTo("null\n");
  }

  @Test
  void textWithoutHiddenCharactersIsReturnedAsItIs() {
    String json = "{\n\t\"name\" : \"Zoë 😀 \\u001B\"\n}\n";

    assertThat(VisibleJson.of(json)).isSameAs(json);
  }

  @Test
  void evaluateJsonShowsHiddenCharactersInEvidenceAsEscapes() throws IOException {
    CommandRun run =
        VisibleOutputTest.evaluateWithEvidence(
            dir, "Described\\\\u007f a \\\\u0085\\\\u202eseasonal\\\\u2028 drift", "json");

    assertThat(run.exitCode).isZero();
    assertVisible(run.out);
    assertThat(run.out).contains("Described\\u007F a \\u0085\\u202Eseasonal\\u2028 drift");
    assertThat(MAPPER.readTree(run.out).toString())
        .contains("Described\u007f a \u0085\u202eseasonal\u2028 drift");
  }

  @Test
  void auditJsonShowsHiddenCharactersInDimensionsAndCategoriesAsEscapes() throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,se\u202ex\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 40; i++) {
      groups
          .append('c')
          .append(i)
          .append(',')
          .append(i % 2 == 0 ? "F\u0085" : "M\u007f")
          .append('\n');
      outcomes.append('c').append(i).append(',').append(i % 3 == 0 ? 1 : 0).append(",1\n");
    }
    Path groupsFile = Files.writeString(dir.resolve("groups.csv"), groups);
    Path outcomesFile = Files.writeString(dir.resolve("outcomes.csv"), outcomes);

    CommandRun run =
        CommandRun.of(
            "audit",
            "--groups",
            groupsFile.toString(),
            "--outcomes",
            outcomesFile.toString(),
            "--format",
            "json");

    assertThat(run.exitCode).isZero();
    assertVisible(run.out);
    JsonNode dimension = MAPPER.readTree(run.out).path("dimensions").path(0);
    assertThat(dimension.path("dimension").asText()).isEqualTo("se\u202ex");
    assertThat(dimension.path("categories").findValuesAsText("category"))
        .containsExactlyInAnyOrder("F\u0085", "M\u007f");
  }

  @Test
  void agreementJsonShowsHiddenCharactersInTheFileNameAsEscapes() throws IOException {
    Path file =
        Files.writeString(dir.resolve("ratings\u202e\u007f.csv"), "unit,a,b\nu1,1,2\nu2,2,2\n");

    CommandRun run = CommandRun.of("agreement", "--metric", "fleiss-kappa", file.toString());

    assertThat(run.exitCode).isZero();
    assertVisible(run.out);
    assertThat(run.out).contains("ratings\\u202E\\u007F.csv");
    assertThat(MAPPER.readTree(run.out).path("file").asText()).isEqualTo(file.toString());
  }

  /** No character of {@code json} is hidden, but for the layout's line breaks. */
  private static void assertVisible(String json) {
    String flat = json.replace("\n", "");
    assertThat(VisibleText.hasHidden(flat))
        .as("hidden character at %d", VisibleText.indexOfHidden(flat))
        .isFalse();
  }
}
