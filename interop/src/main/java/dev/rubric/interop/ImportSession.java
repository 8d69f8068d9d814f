package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.core.ProblemCodes.JSON_LIMIT_EXCEEDED;
import static dev.rubric.core.ProblemCodes.LEVEL_OUTSIDE_SCALE;
import static dev.rubric.interop.InteropProblemCodes.DUPLICATE_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.MISSING_FIELD;
import static dev.rubric.interop.InteropProblemCodes.RATING_SCALE_MISMATCH;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RECOMMENDATION;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_CANDIDATE;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_INTERVIEW;
import static dev.rubric.interop.InteropProblemCodes.UNMAPPED_INTERVIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSet;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Recommendation;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.internal.json.ParseLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of one import: the mapping's lookups and the account of every element. Not thread-safe:
 * one instance belongs to one call of {@link AtsImporter#importScorecards}.
 */
final class ImportSession {
  /** One key a scorecard offers for finding its seat, and where it was found. */
  record SeatKey(String value, String path) {}

  /** The text of one free-text field the mapping names as evidence, and where it was found. */
  record EvidenceText(String path, String text) {}

  /** What the mapping does with one vendor key. */
  enum Use {
    COMPETENCY,
    IGNORED,
    EVIDENCE,
    UNMAPPED
  }

  private static final String IGNORED_USE = "ignored";
  private static final String RECOMMENDATION_USE = "the recommendationField";

  final ImportMapping mapping;

  /**
   * Every problem of this import, counted; the report keeps the first {@link
   * ParseLimits#maxProblems()} and ends with one saying how many more were found, while each
   * refused element's outcome keeps its own error ({@link ImportProblems}).
   */
  final ImportProblems sink = new ImportProblems();

  private final @Nullable String fallbackCandidate;
  private final Map<String, Integer> levels;
  private final Map<String, Recommendation> recommendations;
  private final @Nullable RatingScale scale;
  private final List<Scorecard> cards = new ArrayList<>();
  private final List<ElementOutcome> outcomes = new ArrayList<>();
  private final List<String> unusedText = new ArrayList<>();

  ImportSession(
      ImportMapping mapping, @Nullable RatingScale scale, @Nullable String fallbackCandidate) {
    this.mapping = mapping;
    this.scale = scale;
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

  Problem error(String code, String path, String message) {
    Problem p = Problem.error(code, path, message);
    sink.add(p);
    return p;
  }

  void advice(String code, String path, String message) {
    sink.add(Problem.advice(code, path, message));
  }

  /** The rated element at {@code path} was given no decision. */
  void notAssessed(String path) {
    outcomes.add(ElementOutcome.of(path, ElementOutcome.Kind.NOT_ASSESSED));
  }

  /** The rated element at {@code path} has a key the mapping ignores. */
  void ignored(String path) {
    outcomes.add(ElementOutcome.of(path, ElementOutcome.Kind.IGNORED));
  }

  /** The free text at {@code path} has no place in a scorecard. */
  void unusedText(String path) {
    unusedText.add(path);
  }

  /**
   * The rated element at {@code path} is kept out by the first error recorded since {@code mark} (a
   * size of {@link #sink}); when the reader recorded none, by a new error at {@code path}.
   */
  void refused(String path, int mark) {
    outcomes.add(ElementOutcome.problem(path, firstErrorSince(mark, path)));
  }

  /**
   * Records the error {@code code} at {@code path} and refuses the rated element there: it is kept
   * out by the first error recorded since {@code mark}, this one when there is no earlier one.
   */
  void refuse(String code, String path, String message, int mark) {
    error(code, path, message);
    refused(path, mark);
  }

  private Problem firstErrorSince(int mark, String path) {
    for (int i = mark; i < sink.size(); i++) {
      if (sink.get(i).isError()) {
        return sink.get(i);
      }
    }
    return error(
        JSON_INVALID_VALUE, path, "This element of the " + vendorName() + " could not be read.");
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

  /**
   * When the {@code keys} of one payload field (Lever's id and text) are given different uses by
   * the mapping (a competency and ignored, two competencies, the recommendation field and
   * evidence...), the message of that conflict, naming both keys; empty when they agree or at most
   * one is mapped. Such a field is refused as {@link InteropProblemCodes#MAPPING_CONFLICT}: which
   * key should win cannot be told, as for one key given two uses, which the mapping refuses. (A
   * recommendation field reached also by an ignored key is ignored, as when one key is both.)
   */
  Optional<String> keyConflict(String... keys) {
    String firstKey = null;
    String firstUse = null;
    for (String k : keys) {
      String use = useOf(k);
      if (use == null) {
        continue;
      }
      if (firstUse == null) {
        firstKey = k;
        firstUse = use;
      } else if (!use.equals(firstUse)
          && !Set.of(use, firstUse).equals(Set.of(IGNORED_USE, RECOMMENDATION_USE))
          && firstKey != null) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "This field is reached by two keys of the mapping with different uses: '%s' is %s"
                    + " and '%s' is %s; one field has one use: give the uses to one key, or make"
                    + " them agree.",
                VisibleText.of(firstKey),
                firstUse,
                VisibleText.of(k),
                use));
      }
    }
    return Optional.empty();
  }

  /** What the mapping does with one key, in words; null when it names it nowhere. */
  private @Nullable String useOf(String key) {
    String competency = mapping.competencies().get(key);
    if (competency != null) {
      return "mapped to competency '" + VisibleText.of(competency) + "'";
    }
    if (mapping.ignored().contains(key)) {
      return IGNORED_USE;
    }
    if (mapping.recommendationField().filter(key::equals).isPresent()) {
      return RECOMMENDATION_USE;
    }
    if (mapping.evidenceFields().contains(key)) {
      return "named in evidenceFields";
    }
    return null;
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
    if (v.isTextual() && !ObjectFields.checkId(v.textValue(), at, sink)) {
      return Optional.empty();
    }
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
    return ObjectFields.timestamp(
        s.get(), f.path(name), "is not an ISO-8601 timestamp with an offset.", sink::add);
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

  /**
   * An optional timestamp such as an interview time: absent or null is empty; a value that is not
   * an ISO-8601 timestamp with an offset is a located error (and empty).
   */
  Optional<Instant> optionalInstant(VendorFields f, String name) {
    return f.has(name) ? instant(f, name) : Optional.empty();
  }

  /**
   * The evidence of every rating of one scorecard: the texts of its evidence fields, in payload
   * order, joined by a blank line. No one field is longer than a JSON string may be ({@link
   * ParseLimits#maxStringLength()}: the payload's parser refuses it), but joined they may be, and
   * no Rubric document could then carry the scorecard. That is the error {@code
   * JSON_LIMIT_EXCEEDED}, located at the field whose text passes the limit, as a JSON reader
   * reports a string too long; the scorecard is not built and each of its rated elements is refused
   * by that error ({@link #build}).
   */
  String evidence(List<EvidenceText> texts, Ratings card) {
    int limit = ParseLimits.defaults().maxStringLength();
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        joined.append("\n\n");
      }
      joined.append(texts.get(i).text());
      if (joined.length() > limit) {
        int length = joined.length();
        for (int j = i + 1; j < texts.size(); j++) {
          length += 2 + texts.get(j).text().length();
        }
        card.evidenceTooLong =
            error(
                JSON_LIMIT_EXCEEDED,
                texts.get(i).path(),
                String.format(
                    Locale.ROOT,
                    "The evidence joined from the %d evidence fields (%s) has %d characters, more than"
                        + " the %d a string may have (see JsonLimits.maxStringLength); no scorecard"
                        + " can carry it, so this %s is not imported. Name fewer evidenceFields in the"
                        + " mapping or shorten the texts.",
                    texts.size(),
                    texts.stream().map(EvidenceText::path).collect(Collectors.joining(", ")),
                    length,
                    limit,
                    vendorName()));
        return "";
      }
    }
    return joined.toString();
  }

  /** Builds the scorecard when its essential fields were read; it carries no interview time. */
  void build(
      Optional<String> candidate,
      Optional<String> interviewer,
      Optional<String> seat,
      Optional<Instant> submittedAt,
      Ratings ratings,
      Optional<Recommendation> recommendation) {
    build(candidate, interviewer, seat, submittedAt, Optional.empty(), ratings, recommendation);
  }

  /** Builds the scorecard, with the interview time the payload gives, when its fields were read. */
  void build(
      Optional<String> candidate,
      Optional<String> interviewer,
      Optional<String> seat,
      Optional<Instant> submittedAt,
      Optional<Instant> interviewedAt,
      Ratings ratings,
      Optional<Recommendation> recommendation) {
    if (candidate.isEmpty()
        || interviewer.isEmpty()
        || seat.isEmpty()
        || submittedAt.isEmpty()
        || ratings.evidenceTooLong != null) {
      // The slots held USED while the scorecard was read: each becomes the refusal of its card,
      // by the error that kept the card out (when no essential field recorded one, the first
      // error of the card's own fields).
      for (int i : ratings.pending) {
        String path = outcomes.get(i).path();
        Problem cause = ratings.keptOutBy != null ? ratings.keptOutBy : ratings.evidenceTooLong;
        outcomes.set(
            i,
            ElementOutcome.problem(
                path, cause != null ? cause : firstErrorSince(ratings.mark, path)));
      }
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
            .interviewedAt(interviewedAt)
            .build());
  }

  /**
   * The interviewer whose vendor id is in {@code field} of {@code f}, mapped; empty, with a problem
   * recorded, when the id is missing, malformed or unmapped under {@code requireMappedIds}.
   */
  Optional<String> interviewerIn(VendorFields f, String field) {
    return id(f, field, true).flatMap(id -> interviewer(id, f.path(field)));
  }

  /** The seat keys of {@code f}: those of its string {@code fields} that are present, in order. */
  List<SeatKey> seatKeysIn(VendorFields f, String... fields) {
    List<SeatKey> keys = new ArrayList<>();
    for (String name : fields) {
      f.optionalString(name).ifPresent(v -> keys.add(new SeatKey(v, f.path(name))));
    }
    return keys;
  }

  /**
   * The field {@code name} of {@code f} when it is an array ({@code array}) or an object; empty
   * when absent. A field of another type is reported and refuses the rated element at its path, so
   * that the ratings it held are accounted for.
   */
  Optional<JsonNode> container(VendorFields f, String name, boolean array) {
    Optional<JsonNode> raw = f.raw(name);
    if (raw.isEmpty() || (array ? raw.get().isArray() : raw.get().isObject())) {
      return raw;
    }
    int before = sink.size();
    sink.add(ObjectFields.wrongType(f.path(name), array ? "an array" : "an object", raw.get()));
    refused(f.path(name), before);
    return Optional.empty();
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

  /**
   * The plan level of {@code vendorRating}; records a problem when the table lacks it or, when the
   * import knows its plan, when the level is off the plan's scale or was read by a vendor default
   * table that does not fit the plan's scale.
   */
  Optional<Integer> level(String vendorRating, String path, String shown) {
    Integer level = levels.get(vendorRating);
    if (level == null) {
      error(
          UNKNOWN_RATING,
          path,
          notInTable("The rating", vendorRating, shown, levels.keySet(), "ratingLevels"));
      return Optional.empty();
    }
    if (scale == null) {
      return Optional.of(level);
    }
    if (mapping.ratingLevels().isEmpty() && !defaultTableFits(mapping.vendor(), scale)) {
      error(
          RATING_SCALE_MISMATCH,
          path,
          String.format(
              Locale.ROOT,
              "The rating %s would read as level %d only by %s's default table (levels %s),"
                  + " which does not fit the plan's scale (levels %s); give the mapping"
                  + " ratingLevels.",
              shown,
              level,
              mapping.vendor().jsonName(),
              defaultLevels(mapping.vendor()),
              planLevels(scale)));
      return Optional.empty();
    }
    if (!scale.contains(level)) {
      error(
          LEVEL_OUTSIDE_SCALE,
          path,
          String.format(
              Locale.ROOT,
              "The rating %s reads as level %d, which is not on the plan's scale (levels %s); fix"
                  + " the mapping's ratingLevels.",
              shown,
              level,
              planLevels(scale)));
      return Optional.empty();
    }
    return Optional.of(level);
  }

  /**
   * Whether {@code vendor}'s default rating table fits {@code plan}'s scale: its levels are exactly
   * the scale's levels, so no rating is read onto a level the vendor did not mean.
   */
  static boolean defaultTableFits(AtsVendor vendor, RatingScale scale) {
    return defaultLevels(vendor).equals(planLevels(scale));
  }

  static ImmutableSet<Integer> defaultLevels(AtsVendor vendor) {
    return ImmutableSet.copyOf(
        vendor.defaultRatingLevels().values().stream().sorted().distinct().iterator());
  }

  static ImmutableSet<Integer> planLevels(RatingScale scale) {
    return scale.levels().stream()
        .map(ScaleLevel::value)
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The text of a JSON number that is exactly an integer ({@code 3}, {@code 3.0}, {@code 30e-1});
   * empty for any other node, including {@code 3.0000000000000001} and {@code 1e-400}, which only
   * round to an integer.
   */
  static Optional<String> exactInteger(JsonNode v) {
    if (v.isIntegralNumber()) {
      return Optional.of(v.bigIntegerValue().toString());
    }
    if (v.isBigDecimal()) {
      BigDecimal d = v.decimalValue();
      if (d.signum() == 0) {
        return Optional.of("0");
      }
      // A scale beyond a few digits would be a huge integer, never a rating.
      if (d.scale() > -10) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0) {
          return Optional.of(stripped.toBigIntegerExact().toString());
        }
      }
    }
    return Optional.empty();
  }

  /** The recommendation of {@code value}; records a problem when the table lacks it. */
  /** The keys of the rating table this import reads levels by: ratingLevels or the default. */
  Set<String> ratingKeys() {
    return levels.keySet();
  }

  /** The keys of the recommendation table this import reads recommendations by. */
  Set<String> recommendationKeys() {
    return recommendations.keySet();
  }

  Optional<Recommendation> recommendation(String value, String path, String shown) {
    Recommendation r = recommendations.get(value);
    if (r == null) {
      error(
          UNKNOWN_RECOMMENDATION,
          path,
          notInTable(
              "The overall recommendation",
              value,
              shown,
              recommendations.keySet(),
              "recommendations"));
    }
    return Optional.ofNullable(r);
  }

  /**
   * Says that the value {@code shown} is not in the table {@code table} of the mapping. When the
   * key looked up is not the value as shown (Lever's {@code "3 - Hire"} is looked up as {@code 3},
   * Ashby's {@code {"score": 5}} as {@code 5}), the message names the key, so that a table keyed by
   * the label is not left to look as though it held the value.
   */
  private String notInTable(String what, String key, String shown, Set<String> keys, String table) {
    String visible = VisibleText.of(key);
    if (shown.equals(visible)
        || shown.equals("'" + visible + "'")
        || shown.equals("\"" + visible + "\"")
        || shown.equals(VisibleText.of(new TextNode(key).toString()))) {
      return String.format(
          Locale.ROOT,
          "%s %s is not one of %s; add it to the mapping's %s.",
          what,
          shown,
          keys,
          table);
    }
    return String.format(
        Locale.ROOT,
        "%s %s is looked up as '%s'%s, which is not one of %s; add '%s' to the mapping's %s.",
        what,
        shown,
        visible,
        mapping.vendor() == AtsVendor.LEVER
            ? " (Lever's tables are keyed by a value's leading number, not its label)"
            : "",
        keys,
        visible,
        table);
  }

  /**
   * The ratings of one scorecard, one per competency, and the rated elements that are used if the
   * scorecard is built.
   */
  final class Ratings {
    private final Map<String, Rating> byCompetency = new LinkedHashMap<>();
    private final Map<String, String> pathOf = new LinkedHashMap<>();

    /** The indices in {@code outcomes} of the elements used if the scorecard is built. */
    private final List<Integer> pending = new ArrayList<>();

    private final int mark;

    /** Set by {@link ImportSession#evidence} when the joined evidence is too long to carry. */
    private @Nullable Problem evidenceTooLong;

    /**
     * The error that keeps the scorecard out: the first recorded while reading the first of its
     * essential fields that gave nothing ({@link #essential}).
     */
    private @Nullable Problem keptOutBy;

    /** {@code mark}: the size of the sink before the scorecard's own fields were read. */
    Ratings(int mark) {
      this.mark = mark;
    }

    /**
     * Reads a field the scorecard cannot be built without (candidate, interviewer, seat, submission
     * time): when it gives nothing, the first error recorded while reading it is what keeps the
     * scorecard out, unless an earlier essential field already does. An error in another field (a
     * malformed {@code interview_step} when the seat was found by {@code interview}) is reported,
     * but is not what kept the scorecard out.
     */
    <T> Optional<T> essential(Supplier<Optional<T>> read) {
      int before = sink.size();
      Optional<T> value = read.get();
      if (value.isEmpty()) {
        keptOutFrom(before);
      }
      return value;
    }

    /**
     * The scorecard is not built: the first error recorded from sink size {@code before} on keeps
     * it out, unless an earlier one already does.
     */
    void keptOutFrom(int before) {
      for (int i = before; i < sink.size() && keptOutBy == null; i++) {
        if (sink.get(i).isError()) {
          keptOutBy = sink.get(i);
        }
      }
    }

    /** The recommendation at {@code path} is used if the scorecard is built. */
    void recommendationAt(String path) {
      used(path);
    }

    private void used(String path) {
      outcomes.add(ElementOutcome.of(path, ElementOutcome.Kind.USED));
      pending.add(outcomes.size() - 1);
    }

    void add(String competencyId, int level, String evidence, String path) {
      String first = pathOf.get(competencyId);
      if (first != null) {
        int before = sink.size();
        error(
            DUPLICATE_ATTRIBUTE,
            path,
            String.format(
                Locale.ROOT,
                "Competency '%s' is already rated by the attribute at %s; only that rating is"
                    + " imported.",
                competencyId,
                first));
        refused(path, before);
        return;
      }
      used(path);
      pathOf.put(competencyId, path);
      byCompetency.put(competencyId, Rating.of(competencyId, level, evidence));
    }

    Iterable<Rating> all() {
      return byCompetency.values();
    }
  }

  /** The ratings of a scorecard whose own fields were read from sink size {@code mark} on. */
  Ratings ratings(int mark) {
    return new Ratings(mark);
  }

  /**
   * Reads the recommendation in field {@code name}: used, not assessed ({@code noDecision}, empty),
   * or refused; records its outcome.
   */
  Optional<Recommendation> recommendationField(
      VendorFields f, String name, String noDecision, Ratings card) {
    Optional<JsonNode> v = f.raw(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String at = f.path(name);
    int mark = sink.size();
    Optional<String> text = f.optionalString(name);
    if (text.isEmpty()) {
      refused(at, mark);
      return Optional.empty();
    }
    if (text.get().isBlank() || text.get().equals(noDecision)) {
      notAssessed(at);
      return Optional.empty();
    }
    Optional<Recommendation> r =
        recommendation(text.get(), at, "'" + VisibleText.of(text.get()) + "'");
    if (r.isPresent()) {
      card.recommendationAt(at);
    } else {
      refused(at, mark);
    }
    return r;
  }

  ImportResult result() {
    return ImportResult.builder()
        .addAllScorecards(cards)
        .addAllProblems(sink.reported())
        .addAllOutcomes(outcomes)
        .addAllUnusedText(unusedText)
        .build();
  }
}
