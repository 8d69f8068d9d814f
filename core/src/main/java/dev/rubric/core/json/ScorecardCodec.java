package dev.rubric.core.json;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.util.List;
import java.util.Optional;

/** The JSON form of a {@link Scorecard}. */
final class ScorecardCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScorecardCodec() {}

  static ObjectNode write(Scorecard card, boolean withVersion) {
    ObjectNode o = NODES.objectNode();
    if (withVersion) {
      o.put("schemaVersion", RubricJson.SCHEMA_VERSION);
    }
    o.put("candidateId", card.candidateId());
    o.put("interviewerId", card.interviewerId());
    o.put("panelRoleId", card.panelRoleId());
    o.put("planFingerprint", card.planFingerprint());
    ArrayNode ratings = o.putArray("ratings");
    for (Rating r : card.ratings()) {
      ratings
          .addObject()
          .put("competencyId", r.competencyId())
          .put("level", r.level())
          .put("evidence", r.evidence());
    }
    card.overallRecommendation().ifPresent(r -> o.put("overallRecommendation", r.jsonName()));
    o.put("submittedAt", card.submittedAt().toString());
    card.interviewedAt().ifPresent(t -> o.put("interviewedAt", t.toString()));
    return o;
  }

  static Optional<Scorecard> read(
      JsonNode node, String path, List<Problem> sink, boolean versionRequired) {
    Optional<ObjectFields> maybe = ObjectFields.of(node, path, sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields f = maybe.get();
    int before = sink.size();
    RubricJson.checkVersion(f, versionRequired);
    Scorecard.Builder card =
        Scorecard.builder()
            .candidateId(f.requiredId("candidateId"))
            .interviewerId(f.requiredId("interviewerId"))
            .panelRoleId(f.requiredId("panelRoleId"))
            .planFingerprint(f.requiredId("planFingerprint"))
            .addAllRatings(f.list("ratings", true, ScorecardCodec::readRating));
    f.optionalString("overallRecommendation")
        .ifPresent(
            name -> {
              Optional<Recommendation> r = Recommendation.fromJsonName(name);
              if (r.isPresent()) {
                card.overallRecommendation(r.get());
              } else {
                sink.add(
                    Problem.error(
                        JSON_INVALID_VALUE,
                        f.path("overallRecommendation"),
                        "'"
                            + name
                            + "' is not a recommendation; use strong_no, no, yes or strong_yes,"
                            + " or leave the field out for no decision."));
              }
            });
    card.submittedAt(f.requiredInstant("submittedAt"));
    f.optionalInstant("interviewedAt").ifPresent(card::interviewedAt);
    f.finish();
    return PlanCodec.build(sink, before, card::build);
  }

  private static Optional<Rating> readRating(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.of(node, path, sink)
        .flatMap(
            f -> {
              int before = sink.size();
              String competencyId = f.requiredId("competencyId");
              int level = f.requiredInt("level");
              String evidence = f.optionalString("evidence").orElse("");
              f.finish();
              return PlanCodec.build(sink, before, () -> Rating.of(competencyId, level, evidence));
            });
  }
}
