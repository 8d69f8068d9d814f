package dev.rubric.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import dev.rubric.core.internal.jackson.JsonFactories;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical form of only what changes a score or a decision, hashed by {@link
 * InterviewPlan#scoringFingerprint()}: the scale's level values and hire line (not its labels);
 * each competency's id and area (not its name, description or anchors); the requirements (weight,
 * target, must-have bar); the breadth/depth expectation; each seat's id, the competencies it
 * assesses and whether it is a shadow seat (not its title, prompts or kind). Lists are sorted by id
 * so that reordering them changes nothing. Everything else (ids, titles, wording, environment,
 * ownership, stages, deadlines, approvals, seats per competency) is left out.
 */
final class ScoringContent {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper CANONICAL = JsonFactories.unlimited();

  private ScoringContent() {}

  static String fingerprint(InterviewPlan plan) {
    return "sha256:" + Hashing.sha256().hashBytes(canonicalBytes(plan)).toString();
  }

  static byte[] canonicalBytes(InterviewPlan plan) {
    try {
      return CANONICAL.writeValueAsBytes(canonical(plan));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode canonical(InterviewPlan plan) {
    ObjectNode o = NODES.objectNode();
    o.put("form", "rubric-scoring-1");
    ObjectNode scale = o.putObject("scale");
    ArrayNode levels = scale.putArray("levels");
    plan.scale().levels().forEach(l -> levels.add(l.value()));
    scale.put("hireLine", plan.scale().hireLine());
    ArrayNode competencies = o.putArray("competencies");
    sorted(plan.competencies(), Competency::id)
        .forEach(c -> competencies.addObject().put("id", c.id()).put("area", c.area()));
    ArrayNode requirements = o.putArray("requirements");
    for (CompetencyRequirement r :
        sorted(plan.profile().requirements(), CompetencyRequirement::competencyId)) {
      ObjectNode req = requirements.addObject();
      req.put("competencyId", r.competencyId());
      req.put("weight", r.weight());
      req.put("targetLevel", r.targetLevel());
      r.mustHaveBar().ifPresent(b -> req.put("mustHaveBar", b));
    }
    plan.profile()
        .breadthDepth()
        .ifPresent(
            bd -> {
              ObjectNode b = o.putObject("breadthDepth");
              ArrayNode depth = b.putArray("depthAreas");
              sorted(bd.depthAreas(), AreaBar::area)
                  .forEach(a -> depth.addObject().put("area", a.area()).put("bar", a.bar()));
              ArrayNode breadth = b.putArray("breadthAreas");
              sorted(bd.breadthAreas(), AreaBar::area)
                  .forEach(a -> breadth.addObject().put("area", a.area()).put("bar", a.bar()));
              b.put("breadthRequired", bd.breadthRequired());
              ArrayNode supported = b.putArray("supportedAreas");
              bd.supportedAreas().forEach(supported::add); // a sorted set
            });
    ArrayNode seats = o.putArray("panelRoles");
    for (PanelRole r : sorted(plan.panelRoles(), PanelRole::id)) {
      ObjectNode seat = seats.addObject();
      seat.put("id", r.id());
      ArrayNode assessed = seat.putArray("competencies");
      sorted(r.competencies(), s -> s).forEach(assessed::add);
      seat.put("shadow", r.shadow());
    }
    return o;
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return copy;
  }
}
