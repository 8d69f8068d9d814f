package dev.rubric.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JSON tree of a {@link Scorecard}: the one codec behind {@code RubricJson}'s scorecards and
 * the scorecards embedded in other Rubric documents (an evaluation's accounts), so that every
 * document reads and writes a scorecard the same way, as a tree, with no text in between.
 *
 * <p>Writing gives the fields in the format's order ({@code schemaVersion} when asked for, then
 * {@code candidateId}, {@code interviewerId}, {@code panelRoleId}, {@code planFingerprint}, {@code
 * ratings} in the card's canonical order, {@code overallRecommendation} and {@code interviewedAt}
 * when present, {@code submittedAt} between them); reading is strict, as {@link ObjectFields}.
 * Stateless and thread-safe.
 */
public final class ScorecardTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScorecardTrees() {}

  /**
   * Writes {@code card} as a scorecard document: with {@code "schemaVersion": 1} first.
   *
   * @param card the scorecard
   * @return a new tree, owned by the caller
   */
  public static ObjectNode write(Scorecard card) {
    return write(card, true);
  }

  /**
   * Writes {@code card} as a tree.
   *
   * @param card the scorecard
   * @param withVersion whether the tree starts with {@code "schemaVersion": 1} (a document of its
   *     own) or leaves it out (an element of a list that carries the version)
   * @return a new tree, owned by the caller
   */
  public static ObjectNode write(Scorecard card, boolean withVersion) {
    Objects.requireNonNull(card, "card");
    ObjectNode o = NODES.objectNode();
    if (withVersion) {
      o.put("schemaVersion", JsonTrees.SCHEMA_VERSION);
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

  /**
   * Reads a scorecard document (its {@code schemaVersion} required) at {@code path}.
   *
   * @param node the scorecard's tree
   * @param path the JSON pointer of {@code node}, prefixed to every problem's path
   * @param sink receives every problem found, each located by its JSON pointer
   * @return the scorecard, or empty when an error was added to {@code sink}
   */
  public static Optional<Scorecard> read(JsonNode node, String path, List<Problem> sink) {
    return read(node, path, sink, true);
  }

  /**
   * Reads a scorecard at {@code path}; its {@code schemaVersion} is checked by {@link
   * JsonTrees#checkVersion} when present.
   *
   * @param node the scorecard's tree
   * @param path the JSON pointer of {@code node}, prefixed to every problem's path
   * @param sink receives every problem found, each located by its JSON pointer
   * @param versionRequired whether a missing {@code schemaVersion} is an error (a document of its
   *     own) or not (an element of a list)
   * @return the scorecard, or empty when an error was added to {@code sink}
   */
  public static Optional<Scorecard> read(
      JsonNode node, String path, List<Problem> sink, boolean versionRequired) {
    return ObjectFields.object(f -> scorecard(f, versionRequired, true)).read(node, path, sink);
  }

  /**
   * Reads a scorecard that a record keeps as it was given, with the problems that rejected it: an
   * evaluation's account of a rejected scorecard. Whatever {@link #write} writes reads back equal:
   * ids are taken as written (an id with a control character or an ambiguous space is what the
   * account's problems are about), and a timestamp outside the years 0001 to 9999 is read as
   * written ({@link ObjectFields#requiredRecordedInstant}). Everything else is read as strictly as
   * by {@link #read(JsonNode, String, List, boolean)}: the JSON types, missing and unknown fields,
   * malformed timestamps, the recommendation's name, the {@code schemaVersion} when present.
   *
   * @param node the scorecard's tree
   * @param path the JSON pointer of {@code node}, prefixed to every problem's path
   * @param sink receives every problem found, each located by its JSON pointer
   * @return the scorecard, or empty when an error was added to {@code sink}
   */
  public static Optional<Scorecard> readRecorded(JsonNode node, String path, List<Problem> sink) {
    return ObjectFields.object(f -> scorecard(f, false, false)).read(node, path, sink);
  }

  private static Supplier<Scorecard> scorecard(
      ObjectFields f, boolean versionRequired, boolean strict) {
    JsonTrees.checkVersion(f, versionRequired);
    Scorecard.Builder card =
        Scorecard.builder()
            .candidateId(id(f, "candidateId", strict))
            .interviewerId(id(f, "interviewerId", strict))
            .panelRoleId(id(f, "panelRoleId", strict))
            .planFingerprint(id(f, "planFingerprint", strict))
            .addAllRatings(f.list("ratings", true, ObjectFields.object(r -> rating(r, strict))));
    f.optionalString("overallRecommendation")
        .ifPresent(
            name -> {
              Optional<Recommendation> r = Recommendation.fromJsonName(name);
              if (r.isPresent()) {
                card.overallRecommendation(r.get());
              } else {
                f.invalidValue(
                    "overallRecommendation",
                    "'"
                        + name
                        + "' is not a recommendation; use strong_no, no, yes or strong_yes,"
                        + " or leave the field out for no decision.");
              }
            });
    if (strict) {
      card.submittedAt(f.requiredInstant("submittedAt"));
      f.optionalInstant("interviewedAt").ifPresent(card::interviewedAt);
    } else {
      card.submittedAt(f.requiredRecordedInstant("submittedAt"));
      f.optionalRecordedInstant("interviewedAt").ifPresent(card::interviewedAt);
    }
    return card::build;
  }

  /** An id, checked as {@link ObjectFields#requiredId} when {@code strict}, else as written. */
  private static String id(ObjectFields f, String name, boolean strict) {
    return strict ? f.requiredId(name) : f.requiredString(name);
  }

  private static Supplier<Rating> rating(ObjectFields f, boolean strict) {
    String competencyId = id(f, "competencyId", strict);
    int level = f.requiredInt("level");
    String evidence = f.optionalString("evidence").orElse("");
    return () -> Rating.of(competencyId, level, evidence);
  }
}
