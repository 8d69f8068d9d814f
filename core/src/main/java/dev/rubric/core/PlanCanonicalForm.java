package dev.rubric.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.hash.Hashing;
import dev.rubric.core.internal.jackson.JsonFactories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical form of an {@link InterviewPlan} and its fingerprint, owned by the model.
 *
 * <p>The canonical form is the plan's JSON document (schema version 1) with a fixed key order, no
 * insignificant whitespace, absent optional fields left out, UTF-8. The fingerprint is {@code
 * sha256:} followed by the lowercase hex SHA-256 of those bytes. Because every plan document ever
 * written names the fingerprint of this form, the key order and number formats here never change: a
 * test pins the fingerprints of the bundled plan and of stored documents. The JSON writer of {@code
 * dev.rubric.core.json} indents these same bytes, so a written plan and its fingerprint cannot
 * drift apart. Stateless and thread-safe.
 */
final class PlanCanonicalForm {
  /** The schema version the canonical form carries. */
  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactories.unlimitedFactory();

  private PlanCanonicalForm() {}

  /** The fingerprint of {@code plan}: {@code sha256:} and the lowercase hex of its hash. */
  static String fingerprint(InterviewPlan plan) {
    return "sha256:" + Hashing.sha256().hashBytes(bytes(plan)).toString();
  }

  /** The canonical JSON bytes of {@code plan}. */
  static byte[] bytes(InterviewPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(plan, g);
    } catch (IOException e) {
      // Writing to memory does not fail.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(InterviewPlan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("id", plan.id());
    g.writeFieldName("profile");
    writeProfile(plan.profile(), g);
    g.writeFieldName("scale");
    writeScale(plan.scale(), g);
    g.writeArrayFieldStart("competencies");
    for (Competency c : plan.competencies()) {
      writeCompetency(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("panelRoles");
    for (PanelRole r : plan.panelRoles()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("title", r.title());
      strings("competencies", r.competencies(), g);
      strings("scenarioPrompts", r.scenarioPrompts(), g);
      if (r.kind().isPresent()) {
        g.writeStringField("kind", r.kind().get().jsonName());
      }
      if (r.shadow()) {
        g.writeBooleanField("shadow", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stages");
    for (EvaluationStage s : plan.stages()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      strings("panelRoles", s.panelRoles(), g);
      if (s.feedbackDueWithin().isPresent()) {
        g.writeStringField("feedbackDueWithin", s.feedbackDueWithin().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("seatsPerCompetency", plan.seatsPerCompetency());
    // Fields added after the first plans were written are left out when absent, so that a plan
    // that does not use them keeps the canonical JSON, and so the fingerprint, it always had.
    if (plan.decisionDueWithin().isPresent()) {
      g.writeStringField("decisionDueWithin", plan.decisionDueWithin().get().toString());
    }
    if (!plan.approvals().isEmpty()) {
      g.writeArrayFieldStart("approvals");
      for (Approval a : plan.approvals()) {
        g.writeStartObject();
        g.writeStringField("approver", a.approver());
        g.writeStringField("role", a.role());
        g.writeStringField("approvedAt", a.approvedAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeProfile(RoleProfile p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", p.title());
    g.writeStringField("seniority", p.seniority());
    g.writeObjectFieldStart("environment");
    TechnicalEnvironment e = p.environment();
    optional("mlopsFramework", e.mlopsFramework(), g);
    optional("cloud", e.cloud(), g);
    optional("modelVersioning", e.modelVersioning(), g);
    optional("modelMonitoring", e.modelMonitoring(), g);
    optional("observability", e.observability(), g);
    g.writeEndObject();
    g.writeObjectFieldStart("ownership");
    OwnershipBoundaries b = p.ownership();
    optional("experimentation", b.experimentation(), g);
    optional("productionDeployment", b.productionDeployment(), g);
    optional("performanceMonitoring", b.performanceMonitoring(), g);
    optional("degradationResponse", b.degradationResponse(), g);
    g.writeEndObject();
    g.writeArrayFieldStart("requirements");
    for (CompetencyRequirement r : p.requirements()) {
      g.writeStartObject();
      g.writeStringField("competencyId", r.competencyId());
      g.writeNumberField("weight", r.weight());
      g.writeNumberField("targetLevel", r.targetLevel());
      if (r.mustHaveBar().isPresent()) {
        g.writeNumberField("mustHaveBar", r.mustHaveBar().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (p.breadthDepth().isPresent()) {
      BreadthDepthExpectation bd = p.breadthDepth().get();
      g.writeObjectFieldStart("breadthDepth");
      areas("depthAreas", bd.depthAreas(), g);
      areas("breadthAreas", bd.breadthAreas(), g);
      g.writeNumberField("breadthRequired", bd.breadthRequired());
      strings("supportedAreas", bd.supportedAreas(), g);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeScale(RatingScale s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("levels");
    for (ScaleLevel l : s.levels()) {
      g.writeStartObject();
      g.writeNumberField("value", l.value());
      g.writeStringField("label", l.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("hireLine", s.hireLine());
    g.writeEndObject();
  }

  private static void writeCompetency(Competency c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    g.writeStringField("description", c.description());
    g.writeStringField("area", c.area());
    g.writeObjectFieldStart("anchors");
    for (Map.Entry<Integer, String> a : c.anchors().entrySet()) {
      g.writeStringField(String.valueOf(a.getKey()), a.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void areas(String name, Iterable<AreaBar> areas, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (AreaBar a : areas) {
      g.writeStartObject();
      g.writeStringField("area", a.area());
      g.writeNumberField("bar", a.bar());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(String name, Iterable<String> values, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(String name, Optional<String> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
