package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.interop.InteropProblemCodes.DUPLICATE_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.MISSING_FIELD;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RECOMMENDATION;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_CANDIDATE;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_INTERVIEW;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_INTERVIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ObjectFields;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of one import: the mapping's lookups and the account of every element. Not thread-safe:
 * one instance belongs to one call of {@link AtsImporter#importScorecards}.
 */
final class ImportSession {
  /** One key a scorecard offers for finding its seat, and where it was found. */
  record SeatKey(String value, String path) {}

  /** What the mapping does with one vendor key. */
  enum Use {
    COMPETENCY,
    IGNORED,
    EVIDENCE,
    UNMAPPED
  }

  final ImportMapping mapping;
  final List<Problem> sink = new ArrayList<>();
  private final @Nullable String fallbackCandidate;
  private final ImmutableMap<String, Integer> levels;
  private final ImmutableMap<String, Recommendation> recommendations;
  private final List<Scorecard> cards = new ArrayList<>();
  private final List<String> notAssessed = new ArrayList<>();
  private final List<String> ignored = new ArrayList<>();

  ImportSession(ImportMapping mapping, @Nullable String fallbackCandidate) {
    this.mapping = mapping;
    this.fallbackCandidate = fallbackCandidate;
    this.levels = mapping.effectiveRatingLevels();
    this.recommendations = mapping.effectiveRecommendations();
  }

  String vendorName() {
    return mapping.vendor().payloadName();
  }

  int errorCount() {
    return (int) sink.stream().filter(Problem::isError).count();
  }

  void error(String code, String path, String message) {
    sink.add(Problem.error(code, path, message));
  }

  void advice(String code, String path, String message) {
    sink.add(Problem.advice(code, path, message));
  }

  void notAssessed(String path) {
    notAssessed.add(path);
  }

  void ignored(String path) {
    ignored.add(path);
  }

  /** What the mapping does with the first of {@code keys} it knows (id before text). */
  Use use(String... keys) {
    for (String k : keys) {
      if (mapping.competencies().containsKey(k)) {
        return Use.COMPETENCY;
      }
    }
    for (String k : keys) {
      if (mapping.ignored().contains(k)) {
        return Use.IGNORED;
      }
      if (mapping.evidenceFields().contains(k)) {
        return Use.EVIDENCE;
      }
    }
    return Use.UNMAPPED;
  }

  /** The competency of the first of {@code keys} the mapping maps. */
  String competency(String... keys) {
    for (String k : keys) {
      String c = mapping.competencies().get(k);
      if (c != null) {
        return c;
      }
    }
    throw new IllegalStateException("no key of " + List.of(keys) + " is mapped");
  }

  /** Reads an id: a string, an integer, or an object with an {@code id}; records a problem. */
  Optional<String> id(VendorFields f, String name, boolean required) {
    Optional<JsonNode> v = f.raw(name);
    if (v.isEmpty()) {
      if (required) {
        error(
            MISSING_FIELD,
            f.path(name),
            "The required field '" + name + "' of the " + vendorName() + " is missing.");
      }
      return Optional.empty();
    }
    return id(v.get(), f.path(name));
  }

  private Optional<String> id(JsonNode v, String at) {
    if (v.isTextual() && !v.textValue().isBlank()) {
      return Optional.of(v.textValue());
    }
    if (v.isIntegralNumber()) {
      return Optional.of(v.asText());
    }
    if (v.isObject() && v.hasNonNull("id")) {
      return id(v.get("id"), at + "/id");
    }
    sink.add(ObjectFields.wrongType(at, "an id (a non-blank string or an integer)", v));
    return Optional.empty();
  }

  /** Reads an ISO-8601 timestamp; records a problem. */
  Optional<Instant> instant(VendorFields f, String name) {
    if (!f.has(name)) {
      error(
          MISSING_FIELD,
          f.path(name),
          "The required field '" + name + "' of the " + vendorName() + " is missing.");
      return Optional.empty();
    }
    Optional<String> s = f.optionalString(name);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s.get()).toInstant());
    } catch (DateTimeParseException e) {
      error(
          JSON_INVALID_VALUE,
          f.path(name),
          "'" + s.get() + "' is not an ISO-8601 timestamp with an offset.");
      return Optional.empty();
    }
  }

  /**
   * The caller's candidate id: the element's field {@code name}, else the candidate given to the
   * import; records a problem (ending with {@code hint}) when there is neither.
   */
  Optional<String> candidate(VendorFields f, String name, String hint) {
    Optional<String> id;
    if (f.has(name) || fallbackCandidate == null) {
      int before = sink.size();
      id = id(f, name, false);
      if (id.isEmpty() && sink.size() == before) {
        error(
            MISSING_FIELD,
            f.path(name),
            "The " + vendorName() + " does not name its candidate ('" + name + "')" + hint + ".");
      }
    } else {
      id = Optional.of(fallbackCandidate);
    }
    return id.flatMap(
        v -> mapped(v, mapping.candidates(), UNMAPPED_CANDIDATE, "candidate", f.path(name)));
  }

  /** Builds the scorecard when its essential fields were read. */
  void build(
      Optional<String> candidate,
      Optional<String> interviewer,
      Optional<String> seat,
      Optional<Instant> submittedAt,
      Ratings ratings,
      Optional<Recommendation> recommendation) {
    if (candidate.isEmpty() || interviewer.isEmpty() || seat.isEmpty() || submittedAt.isEmpty()) {
      return;
    }
    cards.add(
        Scorecard.builder()
            .candidateId(candidate.get())
            .interviewerId(interviewer.get())
            .panelRoleId(seat.get())
            .planFingerprint(mapping.planFingerprint())
            .addAllRatings(ratings.all())
            .overallRecommendation(recommendation)
            .submittedAt(submittedAt.get())
            .build());
  }

  Optional<String> interviewer(String vendorId, String path) {
    return mapped(vendorId, mapping.interviewers(), UNMAPPED_INTERVIEWER, "interviewer", path);
  }

  private Optional<String> mapped(
      String vendorId, Map<String, String> table, String code, String what, String path) {
    String ours = table.get(vendorId);
    if (ours != null) {
      return Optional.of(ours);
    }
    if (mapping.requireMappedIds()) {
      error(
          code,
          path,
          String.format(
              Locale.ROOT,
              "The %s id '%s' is not in the mapping's %ss table, and the mapping requires mapped"
                  + " ids.",
              what,
              vendorId,
              what));
      return Optional.empty();
    }
    return Optional.of(vendorId);
  }

  /** The seat of the first key the mapping knows, else the default seat; records a problem. */
  Optional<String> seat(List<SeatKey> keys, String elementPath) {
    for (SeatKey k : keys) {
      String seat = mapping.seats().get(k.value());
      if (seat != null) {
        return Optional.of(seat);
      }
    }
    if (mapping.defaultSeat().isPresent()) {
      return mapping.defaultSeat();
    }
    error(
        UNMAPPED_INTERVIEW,
        keys.isEmpty() ? elementPath : keys.get(0).path(),
        keys.isEmpty()
            ? "The " + vendorName() + " names no interview, and the mapping has no defaultSeat."
            : "No seat of the mapping matches "
                + keys.stream()
                    .map(k -> "'" + k.value() + "'")
                    .distinct()
                    .collect(Collectors.joining(" or "))
                + "; add one to the mapping's seats or set defaultSeat.");
    return Optional.empty();
  }

  /** The plan level of {@code vendorRating}; records a problem when the table lacks it. */
  Optional<Integer> level(String vendorRating, String path, String shown) {
    Integer level = levels.get(vendorRating);
    if (level == null) {
      error(
          UNKNOWN_RATING,
          path,
          String.format(
              Locale.ROOT,
              "The rating %s is not one of %s; add it to the mapping's ratingLevels.",
              shown,
              levels.keySet()));
      return Optional.empty();
    }
    return Optional.of(level);
  }

  /** The recommendation of {@code value}; records a problem when the table lacks it. */
  Optional<Recommendation> recommendation(String value, String path, String shown) {
    Recommendation r = recommendations.get(value);
    if (r == null) {
      error(
          UNKNOWN_RECOMMENDATION,
          path,
          String.format(
              Locale.ROOT,
              "The overall recommendation %s is not one of %s; add it to the mapping's"
                  + " recommendations.",
              shown,
              recommendations.keySet()));
    }
    return Optional.ofNullable(r);
  }

  /** The ratings of one scorecard, one per competency. */
  final class Ratings {
    private final Map<String, Rating> byCompetency = new LinkedHashMap<>();
    private final Map<String, String> pathOf = new LinkedHashMap<>();

    void add(String competencyId, int level, String evidence, String path) {
      String first = pathOf.get(competencyId);
      if (first != null) {
        error(
            DUPLICATE_ATTRIBUTE,
            path,
            String.format(
                Locale.ROOT,
                "Competency '%s' is already rated by the attribute at %s; only that rating is"
                    + " imported.",
                competencyId,
                first));
        return;
      }
      pathOf.put(competencyId, path);
      byCompetency.put(competencyId, Rating.of(competencyId, level, evidence));
    }

    Iterable<Rating> all() {
      return byCompetency.values();
    }
  }

  Ratings ratings() {
    return new Ratings();
  }

  ImportResult result() {
    return ImportResult.builder()
        .addAllScorecards(cards)
        .addAllProblems(sink)
        .addAllNotAssessed(notAssessed)
        .addAllIgnored(ignored)
        .build();
  }
}
