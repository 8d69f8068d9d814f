package dev.rubric.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Law: {@link JsonTrees#prettyReadable} writes only text that the strict parser under the same
 * limits reads back to an equal tree; anything else is refused up front, named by its JSON pointer.
 */
class PrettyReadableTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Small limits: document 400 bytes, depth 4, strings 8, names 6, arrays 3, fields 3. */
  private static final ParseLimits SMALL = new ParseLimits(400, 4, 8, 40, 6, 3, 3, 100);

  private static ObjectNode tree() {
    ObjectNode o = NODES.objectNode().put("a", "12345678");
    o.putArray("list").add(1).add(2).add(3);
    o.putObject("o").putObject("p").put("q", true);
    return o;
  }

  @Test
  void aTreeWithinTheLimitsIsWrittenAsPrettyWritesIt() {
    ObjectNode o = tree();
    String text = JsonTrees.prettyReadable(o, SMALL, "the tree");
    assertThat(text).isEqualTo(JsonTrees.pretty(o));
    List<dev.rubric.core.Problem> sink = new ArrayList<>();
    assertThat(new StrictParser(SMALL).parse(text.getBytes(StandardCharsets.UTF_8), sink))
        .isEqualTo(o);
    assertThat(sink).isEmpty();
  }

  private static void refused(ObjectNode o, String why) {
    assertThatThrownBy(() -> JsonTrees.prettyReadable(o, SMALL, "the tree"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write the tree as JSON that Rubric reads back: "
                + why
                + ". Nothing was written.");
    List<dev.rubric.core.Problem> sink = new ArrayList<>();
    byte[] bytes = JsonTrees.pretty(o).getBytes(StandardCharsets.UTF_8);
    new StrictParser(SMALL).parse(bytes, sink);
    assertThat(sink).as("the parser refuses what the writer refused").isNotEmpty();
  }

  @Test
  void eachLimitIsNamedWithThePathOfTheValue() {
    refused(
        tree().put("a", "123456789"),
        "the string at /a has 9 characters, more than the 8 a string may have"
            + " (JsonLimits.maxStringLength)");
    ObjectNode four = tree();
    four.withArray("list").add(4);
    refused(
        four,
        "the array at /list has 4 elements, more than the 3 an array may have"
            + " (JsonLimits.maxArrayElements)");
    ObjectNode fields = tree().put("b", 1);
    refused(
        fields,
        "the object at the top level has 4 fields, more than the 3 an object may have"
            + " (JsonLimits.maxFieldsPerObject)");
    ObjectNode deep = tree();
    ((ObjectNode) deep.get("o").get("p")).putObject("r").putArray("s");
    refused(
        deep,
        "the value at /o/p/r/s is nested 5 levels deep, more than the 4 allowed"
            + " (JsonLimits.maxNestingDepth)");
    ObjectNode name = NODES.objectNode().put("a/b~cdef", 1);
    refused(
        name,
        "the field name at /a~1b~0cdef has 8 bytes of UTF-8, more than the 6 a field name may have"
            + " (JsonLimits.maxNameLength)"); // The reader counts a name in bytes of UTF-8: four
    // characters of two bytes each are too many.
    refused(
        NODES.objectNode().put("\u00e9\u00e9\u00e9\u00e9", 1),
        "the field name at /\u00e9\u00e9\u00e9\u00e9 has 8 bytes of UTF-8, more than the 6 a field"
            + " name may have (JsonLimits.maxNameLength)");
  }

  /** Jackson would write NaN as the string "NaN", which a number field refuses as a string. */
  @Test
  void aNumberJsonCannotHoldIsRefused() {
    assertThatThrownBy(
            () -> JsonTrees.prettyReadable(NODES.objectNode().put("x", Double.NaN), SMALL, "it"))
        .hasMessage(
            "Cannot write it as JSON that Rubric reads back: the number at /x is NaN, which JSON"
                + " cannot hold. Nothing was written.");
    assertThatThrownBy(
            () ->
                JsonTrees.prettyReadable(
                    NODES.objectNode().put("x", Double.NEGATIVE_INFINITY), SMALL, "it"))
        .hasMessageContaining("the number at /x is -Infinity, which JSON cannot hold");
  }

  @Test
  void aLoneSurrogateIsRefusedForItHasNoUtf8Form() {
    ObjectNode o = NODES.objectNode().put("a", "x\udc00");
    assertThatThrownBy(() -> JsonTrees.prettyReadable(o, SMALL, "the tree"))
        .hasMessageContaining("the string at /a holds a lone surrogate (\\udc00) at character 1");
  }

  @Test
  void aDocumentOverTheByteLimitIsRefused() {
    ObjectNode o = NODES.objectNode();
    o.putArray("a")
        .add("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")
        .add("12345678")
        .add("12345678");
    o.putArray("b").add("12345678").add("12345678").add("12345678");
    o.putArray("c").add("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00").add("12345678");
    String text = JsonTrees.pretty(o);
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    ParseLimits tight = new ParseLimits(bytes - 1, 4, 8, 40, 6, 3, 3, 100);
    assertThatThrownBy(() -> JsonTrees.prettyReadable(o, tight, "the tree"))
        .hasMessage(
            "Cannot write the tree as JSON that Rubric reads back: it would have "
                + bytes
                + " bytes, more than the "
                + (bytes - 1)
                + " a document may have (JsonLimits.maxDocumentBytes). Nothing was written.");
    ParseLimits exact = new ParseLimits(bytes, 4, 8, 40, 6, 3, 3, 100);
    assertThat(JsonTrees.prettyReadable(o, exact, "the tree")).isEqualTo(text);
  }
}
