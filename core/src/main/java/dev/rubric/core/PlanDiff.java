package dev.rubric.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.internal.jackson.JsonFactories;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changed between two versions of a plan, and whether it changes scoring: the answer to "can I
 * fix this anchor's wording without losing the scorecards already written?".
 *
 * <p>Scorecards match a plan on its {@link InterviewPlan#scoringFingerprint()}: when {@link
 * #changesScoring()} is false, every scorecard written against the old version's scoring
 * fingerprint is still accepted by the new version. Each {@link PlanChange} says whether it is one
 * of the changes that matter to scoring (scale levels and hire line, competency ids and areas,
 * requirements, bars, weights, the breadth/depth expectation, seats' competencies and shadow
 * flags); the rest (wording, titles, prompts, environment, ownership, stages, deadlines, approvals,
 * seat kinds) change only the whole-plan {@link InterviewPlan#fingerprint()}.
 */
@Value.Immutable
@ValueStyle
public abstract class PlanDiff {
  /**
   * Reads back the canonical form, whatever it holds: no limit of a reader of outside documents.
   */
  private static final ObjectMapper TREES = JsonFactories.unlimited();

  PlanDiff() {}

  /**
   * The old version's whole-plan fingerprint.
   *
   * @return the fingerprint
   */
  public abstract String oldFingerprint();

  /**
   * The new version's whole-plan fingerprint.
   *
   * @return the fingerprint
   */
  public abstract String newFingerprint();

  /**
   * The old version's scoring fingerprint.
   *
   * @return the scoring fingerprint
   */
  public abstract String oldScoringFingerprint();

  /**
   * The new version's scoring fingerprint.
   *
   * @return the scoring fingerprint
   */
  public abstract String newScoringFingerprint();

  /**
   * The changes, in the order of the plan's JSON form. A list whose elements only moved (the
   * competencies, the stages, a seat's competencies...) is one {@link PlanChange.Kind#CHANGED}
   * change at the list, described as {@code order changed from [...] to [...]}, before the changes
   * inside its elements.
   *
   * @return the changes; empty exactly when the versions are equal, that is when their whole-plan
   *     fingerprints are
   */
  public abstract List<PlanChange> changes();

  /**
   * Whether the new version scores differently: its scoring fingerprint differs, so scorecards
   * written against the old one no longer match it.
   *
   * @return whether scoring changes
   */
  public boolean changesScoring() {
    return !oldScoringFingerprint().equals(newScoringFingerprint());
  }

  /**
   * The changes that change scoring.
   *
   * @return those of {@link #changes()} with {@link PlanChange#changesScoring()}
   */
  public List<PlanChange> scoringChanges() {
    return changes().stream()
        .filter(PlanChange::changesScoring)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Compares two versions of a plan.
   *
   * @param before the old version
   * @param after the new version
   * @return the differences
   * @throws NullPointerException if an argument is null
   */
  public static PlanDiff between(InterviewPlan before, InterviewPlan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<PlanChange> changes = new ArrayList<>();
    compare("", tree(before), tree(after), changes);
    return ImmutablePlanDiff.builder()
        .oldFingerprint(before.fingerprint())
        .newFingerprint(after.fingerprint())
        .oldScoringFingerprint(before.scoringFingerprint())
        .newScoringFingerprint(after.scoringFingerprint())
        .addAllChanges(changes)
        .build();
  }

  private static JsonNode tree(InterviewPlan plan) {
    try {
      return TREES.readTree(plan.canonicalJson());
    } catch (IOException e) {
      throw new IllegalStateException("a plan's canonical JSON always reads back", e);
    }
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<PlanChange> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String at = path + "/" + segment(name);
        if (!a.has(name)) {
          out.add(change(at, PlanChange.Kind.ADDED, b.get(name)));
        } else if (!b.has(name)) {
          out.add(change(at, PlanChange.Kind.REMOVED, a.get(name)));
        } else {
          compare(at, a.get(name), b.get(name), out);
        }
      }
      return;
    }
    String key = a.isArray() && b.isArray() ? keyOf(a, b) : null;
    if (key != null) {
      Map<String, JsonNode> left = byKey(a, key);
      Map<String, JsonNode> right = byKey(b, key);
      List<String> kept = new ArrayList<>(left.keySet());
      kept.retainAll(right.keySet());
      List<String> keptAfter = new ArrayList<>(right.keySet());
      keptAfter.retainAll(left.keySet());
      if (!kept.equals(keptAfter)) {
        out.add(reordered(path, ids(left.keySet()), ids(right.keySet())));
      }
      for (Map.Entry<String, JsonNode> e : left.entrySet()) {
        String at = path + "/" + segment(e.getKey());
        JsonNode other = right.get(e.getKey());
        if (other == null) {
          out.add(change(at, PlanChange.Kind.REMOVED, e.getValue()));
        } else {
          compare(at, e.getValue(), other, out);
        }
      }
      for (Map.Entry<String, JsonNode> e : right.entrySet()) {
        if (!left.containsKey(e.getKey())) {
          out.add(change(path + "/" + segment(e.getKey()), PlanChange.Kind.ADDED, e.getValue()));
        }
      }
      return;
    }
    if (a.isArray() && b.isArray() && sameElements(a, b)) {
      out.add(reordered(path, a, b));
      return;
    }
    out.add(
        PlanChange.of(
            path,
            PlanChange.Kind.CHANGED,
            scoring(path),
            "changed from " + shown(a) + " to " + shown(b)));
  }

  /**
   * A list whose elements are the same in both versions, in another order: a change of the whole
   * plan (its canonical JSON keeps the order), which changes scoring only where {@link
   * ScoringContent} keeps the order too, the scale's levels. Every other list that scoring reads
   * (competencies, requirements, areas, seats and each seat's competencies) is hashed sorted, so
   * reordering it keeps the scoring fingerprint.
   */
  private static PlanChange reordered(String path, JsonNode before, JsonNode after) {
    return PlanChange.of(
        path,
        PlanChange.Kind.CHANGED,
        path.equals("/scale/levels"),
        "order changed from " + shown(before) + " to " + shown(after));
  }

  /** The ids of a list's elements, in their order, as a JSON array of strings. */
  private static JsonNode ids(Set<String> keys) {
    com.fasterxml.jackson.databind.node.ArrayNode array = TREES.createArrayNode();
    keys.forEach(array::add);
    return array;
  }

  /** Whether two arrays hold the same elements, each as many times, whatever their order. */
  private static boolean sameElements(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    List<JsonNode> rest = new ArrayList<>();
    b.elements().forEachRemaining(rest::add);
    for (JsonNode n : a) {
      if (!rest.remove(n)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name or an id as one segment of a path, escaped as RFC 6901 (JSON Pointer) escapes it: {@code
   * ~} as {@code ~0} and {@code /} as {@code ~1}, so that an id holding a slash (an approver's name
   * such as {@code a/b}) stays one segment and no two paths read alike.
   */
  static String segment(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The field that identifies the elements of both arrays of objects, if one does. */
  private static @org.jspecify.annotations.Nullable String keyOf(JsonNode a, JsonNode b) {
    for (String key : List.of("id", "competencyId", "area", "value", "approver")) {
      if (allHave(a, key) && allHave(b, key) && unique(a, key) && unique(b, key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean allHave(JsonNode array, String key) {
    for (JsonNode n : array) {
      if (!n.isObject() || !n.has(key)) {
        return false;
      }
    }
    return array.size() > 0;
  }

  private static boolean unique(JsonNode array, String key) {
    return byKey(array, key).size() == array.size();
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String key) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Iterator<JsonNode> it = array.elements();
    while (it.hasNext()) {
      JsonNode n = it.next();
      out.putIfAbsent(n.get(key).asText(), n);
    }
    return out;
  }

  private static PlanChange change(String path, PlanChange.Kind kind, JsonNode value) {
    String verb = kind == PlanChange.Kind.ADDED ? "added: " : "removed: ";
    return PlanChange.of(path, kind, scoring(path), verb + shown(value));
  }

  /**
   * Whether a change at {@code path} (list elements named by id) changes a score or a decision; the
   * same content as {@link ScoringContent} hashes.
   */
  static boolean scoring(String path) {
    String[] p = path.split("/", -1); // p[0] is ""
    if (p.length < 2) {
      return true;
    }
    switch (p[1]) {
      case "scale":
        return !(p.length >= 5 && p[2].equals("levels") && p[4].equals("label"));
      case "competencies":
        return p.length <= 3 || p[3].equals("area") || p[3].equals("id");
      case "panelRoles":
        return p.length <= 3
            || p[3].equals("id")
            || p[3].equals("competencies")
            || p[3].equals("shadow");
      case "profile":
        return p.length >= 3 && (p[2].equals("requirements") || p[2].equals("breadthDepth"));
      default:
        return false;
    }
  }

  /**
   * A value as a change describes it: a string in double quotes, made visible ({@link
   * VisibleText#unambiguous}) and then with each backslash and double quote escaped by a backslash,
   * so a quote inside it cannot close it ({@code "a\" to \"b"} is one string, never the end of one
   * change and the start of another); any other value as compact JSON. Cut after 77 characters.
   */
  private static String shown(JsonNode n) {
    String text =
        n.isTextual()
            ? "\""
                + VisibleText.unambiguous(n.textValue()).replace("\\", "\\\\").replace("\"", "\\\"")
                + "\""
            : VisibleText.unambiguous(JsonFactories.compact(n));
    return text.codePointCount(0, text.length()) > 80
        ? text.substring(0, text.offsetByCodePoints(0, 77)) + "..."
        : text;
  }
}
