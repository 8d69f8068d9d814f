package dev.rubric.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.testkit.Gen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Generators of vendor payloads for the import properties: documented-shape payloads of each vendor
 * whose keys and values come from small pools (mapped, ignored, evidence and unknown keys; valid,
 * unknown, empty, near-integer and wrong-typed values), then corrupted by up to four edits anywhere
 * in the tree: a value replaced by one of another type, a string emptied, a field removed.
 */
final class PayloadGen {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PayloadGen() {}

  /** A generated payload and the vendor it is for. */
  record Payload(AtsVendor vendor, JsonNode root) {
    @Override
    public String toString() {
      return vendor.jsonName() + " " + root;
    }
  }

  /** The mapping every generated payload of {@code vendor} is imported under. */
  static ImportMapping mapping(AtsVendor vendor) {
    ImportMapping.Builder b =
        ImportMapping.builder()
            .vendor(vendor)
            .plan(Fixtures.fourPointPlan())
            .defaultSeat("deployment-depth")
            .putRatingLevels("1", 1)
            .putRatingLevels("2", 2)
            .putRatingLevels("3", 3)
            .putRatingLevels("4", 4);
    switch (vendor) {
      case GREENHOUSE -> {
        b.ratingLevels(Map.of());
        b.ratingLevel("no", 1).ratingLevel("mixed", 2).ratingLevel("yes", 3);
        b.ratingLevel("strong_yes", 4).ratingLevel("definitely_not", 1);
        b.competency("Communication", "communication").competency("Serving", "model-serving");
        b.ignore("Adaptable");
      }
      case LEVER -> {
        b.competency("Serving", "model-serving").competency("f-comm", "communication");
        b.ignore("Culture").addEvidenceFields("Notes");
      }
      case ASHBY -> {
        b.competency("serving", "model-serving").competency("communication", "communication");
        b.ignore("culture").addEvidenceFields("notes");
      }
      case MERGE -> {}
    }
    return b.build();
  }

  static Gen<Payload> payloads() {
    return Gen.oneOf(
        payloads(AtsVendor.GREENHOUSE),
        payloads(AtsVendor.LEVER),
        payloads(AtsVendor.ASHBY),
        payloads(AtsVendor.MERGE));
  }

  static Gen<Payload> payloads(AtsVendor vendor) {
    Gen<JsonNode> card =
        switch (vendor) {
          case GREENHOUSE -> greenhouse();
          case LEVER -> lever();
          case ASHBY -> ashby();
          case MERGE -> merge();
        };
    Gen<JsonNode> valid =
        Gen.zip(Gen.lists(card, 0, 3), Gen.integers(0, 6))
            .map(
                t -> {
                  ArrayNode array = JSON.arrayNode().addAll(t.first());
                  JsonNode root =
                      t.first().size() == 1 && t.second() == 0 ? t.first().get(0) : array;
                  String wrapper = vendor == AtsVendor.LEVER ? "data" : "results";
                  if (t.second() == 2) {
                    return JSON.objectNode().set(wrapper, root);
                  }
                  if (t.second() == 3) {
                    // Both wrappers: which one is the page cannot be told.
                    ObjectNode both = JSON.objectNode();
                    both.set("data", root);
                    both.set("results", JSON.arrayNode());
                    return both;
                  }
                  if (t.second() == 5) {
                    // Pages saved in an array, one scorecard each.
                    ArrayNode pages = JSON.arrayNode();
                    t.first().forEach(c -> pages.addObject().set(wrapper, c));
                    return pages;
                  }
                  if (t.second() == 6) {
                    // A page inside a page.
                    return JSON.objectNode().set("data", JSON.objectNode().set("results", root));
                  }
                  if (t.second() == 4 && !t.first().isEmpty() && t.first().get(0).isObject()) {
                    // A scorecard that also has a wrapper field holding a scorecard.
                    ((ObjectNode) t.first().get(0)).set(wrapper, t.first().get(0).deepCopy());
                    return t.first().get(0);
                  }
                  return root;
                });
    Gen<List<int[]>> edits =
        Gen.lists(
            Gen.zip(Gen.integers(0, 400), Gen.integers(0, 11))
                .map(t -> new int[] {t.first(), t.second()}),
            0,
            4);
    return Gen.zip(valid, edits).map(t -> new Payload(vendor, corrupt(t.first(), t.second())));
  }

  private static Gen<JsonNode> greenhouse() {
    Gen<JsonNode> attribute =
        Gen.zip(
                Gen.elements("Communication", "Serving", "Adaptable", "Unknown", "", " "),
                Gen.elements("yes", "strong_yes", "no", "no_decision", "great", "", "mixed"),
                Gen.booleans())
            .map(
                t -> {
                  ObjectNode a = JSON.objectNode().put("name", t.first()).put("type", "Skills");
                  a.put("note", t.third() ? "Clear." : null);
                  return a.put("rating", t.second());
                });
    return Gen.zip(
            Gen.lists(attribute, 0, 5),
            Gen.elements("yes", "no", "strong_yes", "definitely_not", "no_decision", "maybe"),
            Gen.integers(0, 3))
        .map(
            t -> {
              ObjectNode c = base(JSON.objectNode());
              c.put("candidate_id", 1234).put("interview", "Technical");
              c.set("interviewer", JSON.objectNode().put("id", 821).put("name", "R"));
              c.putObject("interview_step").put("id", 432).put("name", "Technical");
              c.put("submitted_at", "2014-03-26T21:59:51Z");
              c.put("overall_recommendation", t.second());
              c.set("attributes", JSON.arrayNode().addAll(t.first()));
              ObjectNode summary = c.putObject("ratings");
              for (JsonNode a : t.first()) {
                String rating = a.get("rating").textValue();
                if (!rating.equals("no_decision") && !rating.isEmpty()) {
                  if (!summary.has(rating)) {
                    summary.putArray(rating);
                  }
                  ((ArrayNode) summary.get(rating)).add(a.get("name").textValue());
                }
              }
              if (t.third() == 3) {
                if (!summary.has("strong_yes")) {
                  summary.putArray("strong_yes");
                }
                ((ArrayNode) summary.get("strong_yes")).add("Ghost");
              }
              ArrayNode questions = c.putArray("questions");
              for (int i = 0; i < t.third(); i++) {
                questions.addObject().put("question", "Q" + i).put("answer", i == 0 ? "" : "A");
              }
              return c;
            });
  }

  private static Gen<JsonNode> lever() {
    Gen<JsonNode> field =
        Gen.zip(
                Gen.elements("Serving", "Culture", "Notes", "Other", "Rating"),
                Gen.elements("score", "score-system", "text", "textarea", "scorecard"),
                Gen.<JsonNode>elements(
                    JSON.textNode("3 - Hire"),
                    JSON.textNode("4 - Strong Hire"),
                    JSON.textNode("3.5 - Hire"),
                    JSON.textNode(""),
                    JSON.textNode("great"),
                    JSON.numberNode(2),
                    JSON.numberNode(new BigDecimal("3.0000000000000001")),
                    JSON.nullNode()),
                Gen.elements("f-comm", "f-other", "f-1"))
            .map(
                t -> {
                  ObjectNode f = JSON.objectNode().put("id", t.fourth()).put("type", t.second());
                  f.put("text", t.first());
                  return f.set("value", t.third().deepCopy());
                });
    return Gen.lists(field, 0, 5)
        .map(
            fields -> {
              ObjectNode c = base(JSON.objectNode());
              c.put("text", "On-site interview").put("interview", "iv-1").put("user", "u-1");
              c.put("completedAt", 1423231549510L);
              c.set("fields", JSON.arrayNode().addAll(fields));
              return c;
            });
  }

  private static Gen<JsonNode> ashby() {
    Gen<JsonNode> value =
        Gen.elements(
            JSON.textNode("4"),
            JSON.numberNode(3),
            JSON.objectNode().put("score", 2),
            JSON.objectNode().put("value", "hire"),
            JSON.nullNode(),
            JSON.textNode(""),
            JSON.textNode("hire"),
            JSON.textNode("strong_hire"),
            JSON.textNode("Some text"),
            JSON.numberNode(new BigDecimal("3.9999999999999999")),
            JSON.arrayNode().add("a"));
    Gen<Map<String, JsonNode>> values =
        Gen.maps(
            Gen.elements(
                "serving",
                "communication",
                "culture",
                "notes",
                "overall_recommendation",
                "other_score",
                "untyped",
                "free_text"),
            value,
            0,
            6);
    return Gen.zip(values, Gen.booleans())
        .map(
            t -> {
              ObjectNode c = base(JSON.objectNode());
              c.put("applicationId", "app-1").put("interviewId", "iv-1");
              c.set("submittedByUser", JSON.objectNode().put("id", "u-1"));
              c.put("submittedAt", "2023-11-15T14:30:00.000Z");
              if (t.second()) {
                ArrayNode defs =
                    c.putObject("formDefinition")
                        .putArray("sections")
                        .addObject()
                        .putArray("fields");
                for (String[] d :
                    new String[][] {
                      {"serving", "Score"},
                      {"communication", "Score"},
                      {"other_score", "Score"},
                      {"free_text", "RichText"},
                      {"notes", "RichText"},
                      {"overall_recommendation", "ValueSelect"}
                    }) {
                  defs.addObject().putObject("field").put("path", d[0]).put("type", d[1]);
                }
              }
              ObjectNode submitted = c.putObject("submittedValues");
              t.first().forEach((k, v) -> submitted.set(k, v.deepCopy()));
              return c;
            });
  }

  private static Gen<JsonNode> merge() {
    return Gen.elements("STRONG_YES", "NO", "NO_DECISION", "MAYBE", "")
        .map(
            r -> {
              ObjectNode c = base(JSON.objectNode());
              c.put("remote_id", "22234").put("application", "app-1").put("interview", "iv-1");
              c.put("interviewer", "u-1").put("submitted_at", "2021-10-15T00:00:00Z");
              return c.put("overall_recommendation", r);
            });
  }

  private static ObjectNode base(ObjectNode node) {
    return node.put("id", "doc-1");
  }

  /** {@code root} after each edit: (which node, counted depth-first; which edit). */
  static JsonNode corrupt(JsonNode root, List<int[]> edits) {
    JsonNode out = root.deepCopy();
    for (int[] edit : edits) {
      List<JsonNode[]> slots = new ArrayList<>(); // {parent, child}
      collect(out, slots);
      if (slots.isEmpty()) {
        continue;
      }
      JsonNode[] slot = slots.get(edit[0] % slots.size());
      out = replace(out, slot[0], slot[1], edit[1]);
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode[]> slots) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        slots.add(new JsonNode[] {node, child});
        collect(child, slots);
      }
    }
  }

  // ReferenceEquality: the child is found by identity, this very node, not an equal one elsewhere.
  @SuppressWarnings("ReferenceEquality")
  private static JsonNode replace(JsonNode root, JsonNode parent, JsonNode child, int op) {
    JsonNode replacement =
        switch (op) {
          case 0 -> JSON.nullNode();
          case 1 -> JSON.textNode("");
          case 2 -> JSON.textNode("iv\n\u001b[2J");
          case 3 -> JSON.numberNode(new BigDecimal("3.5"));
          case 4 -> JSON.numberNode(7);
          case 5 -> JSON.objectNode();
          case 6 -> JSON.arrayNode();
          case 7 -> JSON.objectNode().put("value", "hire");
          case 8 -> JSON.booleanNode(true);
          case 9 -> JSON.numberNode(new BigDecimal("4.0000000000000001"));
          case 10 ->
              child.isArray() ? JSON.objectNode().set("x", child) : JSON.arrayNode().add(child);
          default -> null; // remove
        };
    if (parent instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue() == child) {
          if (replacement == null) {
            it.remove();
          } else {
            e.setValue(replacement);
          }
          return root;
        }
      }
    } else if (parent instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) == child) {
          if (replacement == null) {
            a.remove(i);
          } else {
            a.set(i, replacement);
          }
          return root;
        }
      }
    }
    return root;
  }
}
