package dev.rubric.interop;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Recommendation;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.VisibleText;
import dev.rubric.core.json.ReadResult;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How one vendor's scorecards become Rubric scorecards, under the user's control: which vendor
 * attribute or field is which competency, which interview, stage or form is which seat, which plan
 * the scorecards are stamped with, how vendor ratings read as plan levels, and how vendor candidate
 * and interviewer ids read as the caller's. What a vendor key is (an attribute name, a field id or
 * text, a field path) is documented on each {@link AtsVendor} constant.
 *
 * <p>Its JSON form (see {@link #fromJson(byte[])}):
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "vendor": "greenhouse",
 *   "planFingerprint": "sha256:...",
 *   "competencies": {"Communication": "communication"},
 *   "ignored": ["Adaptable"],
 *   "seats": {"Application Review": "stakeholder-communication"},
 *   "defaultSeat": "generalist",
 *   "ratingLevels": {"definitely_not": 1, "no": 1, "mixed": 2, "yes": 3, "strong_yes": 4},
 *   "recommendations": {"hire": "yes"},
 *   "recommendationField": "Rating",
 *   "evidenceFields": ["Notes / Comments"],
 *   "candidates": {"1234": "cand-42"},
 *   "interviewers": {"821": "robert"},
 *   "requireMappedIds": false
 * }
 * }</pre>
 *
 * Only {@code vendor} and {@code planFingerprint} are required.
 */
@Value.Immutable
@ValueStyle
public abstract class ImportMapping {
  ImportMapping() {}

  /** {@return the vendor whose payloads this mapping reads} */
  public abstract AtsVendor vendor();

  /** {@return the {@link InterviewPlan#fingerprint()} stamped on every imported scorecard} */
  public abstract String planFingerprint();

  /** {@return vendor attribute or field key to competency id} */
  public abstract Map<String, String> competencies();

  /**
   * {@return vendor keys deliberately not imported: a rated element with such a key is counted in
   * {@link ImportResult#ignored()} rather than reported} Only this list makes an element ignored.
   */
  public abstract Set<String> ignored();

  /** {@return vendor interview, stage or form key (id or name) to panel role id} */
  public abstract Map<String, String> seats();

  /**
   * {@return the panel role of a scorecard whose interview matches no key of {@link #seats()}, if
   * any}
   */
  public abstract Optional<String> defaultSeat();

  /**
   * {@return vendor rating to plan level; empty means the vendor's {@link
   * AtsVendor#defaultRatingLevels()}} A rating not in the table in force is an {@link
   * InteropProblemCodes#UNKNOWN_RATING}. An importer that knows the plan ({@link
   * #importer(InterviewPlan)}) refuses a level off the plan's scale, and uses the vendor's default
   * table only when its levels are exactly the scale's ({@link
   * InteropProblemCodes#RATING_SCALE_MISMATCH} otherwise).
   */
  public abstract Map<String, Integer> ratingLevels();

  /**
   * {@return vendor recommendation value to recommendation; empty means the vendor's {@link
   * AtsVendor#defaultRecommendations()}}
   */
  public abstract Map<String, Recommendation> recommendations();

  /**
   * {@return the field holding the overall recommendation (Lever: field id or text; Ashby: field
   * path); when empty, Lever uses its {@code score-system} field and Ashby {@code
   * overall_recommendation}}
   */
  public abstract Optional<String> recommendationField();

  /**
   * {@return free-text fields (Lever: id or text; Ashby: path) whose text becomes the evidence of
   * every rating of the scorecard, joined by blank lines} Greenhouse attributes carry their own
   * notes.
   */
  public abstract List<String> evidenceFields();

  /** {@return vendor candidate (or application) id to the caller's candidate id} */
  public abstract Map<String, String> candidates();

  /** {@return vendor interviewer (user) id to the caller's interviewer id} */
  public abstract Map<String, String> interviewers();

  /**
   * {@return whether a vendor id missing from {@link #candidates()} or {@link #interviewers()} is a
   * problem; when false (the default) it is used as it stands}
   */
  @Value.Default
  public boolean requireMappedIds() {
    return false;
  }

  /**
   * {@return the scale of the plan given to {@link Builder#plan(InterviewPlan)}, so that {@link
   * #importer()} checks every rating against it; empty for a mapping read from JSON, which names
   * its plan only by fingerprint} Not part of the JSON form, equality or the hash code.
   */
  @Value.Auxiliary
  public abstract Optional<RatingScale> planScale();

  /** {@return the rating table in force: {@link #ratingLevels()}, or the vendor's default} */
  public Map<String, Integer> effectiveRatingLevels() {
    return ratingLevels().isEmpty() ? vendor().defaultRatingLevels() : ratingLevels();
  }

  /**
   * {@return the recommendation table in force: {@link #recommendations()}, or the vendor's
   * default}
   */
  public Map<String, Recommendation> effectiveRecommendations() {
    return recommendations().isEmpty() ? vendor().defaultRecommendations() : recommendations();
  }

  /**
   * {@return the importer of {@link #vendor()} payloads under this mapping, checking every rating
   * against {@code plan}'s scale; see {@link AtsVendor#importer(ImportMapping, InterviewPlan)}}
   *
   * @param plan the interview plan
   */
  public AtsImporter importer(InterviewPlan plan) {
    return vendor().importer(this, plan);
  }

  /**
   * {@return the importer of {@link #vendor()} payloads under this mapping; it checks ratings
   * against the plan's scale when the mapping was built with {@link Builder#plan(InterviewPlan)},
   * see {@link AtsVendor#importer(ImportMapping)}} A mapping read from JSON needs {@link
   * #importer(InterviewPlan)} for that.
   */
  public AtsImporter importer() {
    return vendor().importer(this);
  }

  /**
   * Checks this mapping against {@code plan}: the fingerprint is the plan's, every mapped
   * competency and seat exists, every level of the rating table is on the plan's scale, and a
   * vendor default table in force has exactly the scale's levels (errors); every competency of the
   * plan is mapped from some vendor key (advice {@link InteropProblemCodes#UNMAPPED_COMPETENCY}
   * otherwise). Paths point into the mapping's JSON form.
   *
   * @param plan the interview plan
   * @return every problem found; empty when the mapping fits the plan
   */
  public ValidationReport checkAgainst(InterviewPlan plan) {
    return MappingCheck.check(this, Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Reads a mapping from UTF-8 JSON, strictly: unknown fields, wrong types and a vendor key given
   * two uses that exclude each other ({@link InteropProblemCodes#MAPPING_CONFLICT}) are problems.
   *
   * @param json the mapping's JSON document
   * @return the mapping, or every problem found
   */
  public static ReadResult<ImportMapping> fromJson(byte[] json) {
    return MappingCodec.read(json);
  }

  /**
   * Reads a mapping from a JSON string. A string holding a lone surrogate is not Unicode text and
   * is refused as {@link dev.rubric.core.ProblemCodes#JSON_ENCODING}, never read with the surrogate
   * turned into {@code ?}.
   *
   * @param json the mapping's JSON document
   * @return the mapping, or every problem found
   */
  public static ReadResult<ImportMapping> fromJson(String json) {
    Objects.requireNonNull(json, "json");
    int lone = MappingCodec.loneSurrogate(json);
    if (lone >= 0) {
      return ReadResult.failed(
          List.of(
              Problem.error(
                  ProblemCodes.JSON_ENCODING,
                  "",
                  String.format(
                      Locale.ROOT,
                      "The text holds a lone surrogate (\\u%04x) at character %d; it is not"
                          + " Unicode text and cannot be read as UTF-8.",
                      (int) json.charAt(lone),
                      lone))));
    }
    return fromJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return this mapping as indented JSON; {@link #fromJson(String)} reads it back equal}
   *
   * @throws IllegalArgumentException when a text of the mapping cannot be held by a document the
   *     reader takes back (a vendor key longer than {@code JsonLimits.maxNameLength()}, a text
   *     longer than {@code JsonLimits.maxStringLength()}, a lone surrogate); the message names it
   *     by its JSON pointer, and nothing is written
   */
  public String toJson() {
    return MappingCodec.write(this);
  }

  /**
   * Refuses what {@link #fromJson} refuses, so that {@link #toJson} of every mapping reads back
   * equal: a blank plan fingerprint, and an id of ours (a mapped competency, seat, candidate or
   * interviewer, the default seat) that is blank, holds a control, invisible-formatting or
   * lone-surrogate character ({@link VisibleText#indexOfHidden}), a space that would print it like
   * another id ({@link VisibleText#indexOfAmbiguousSpace}) or is not in Unicode normalization form
   * C; and a vendor key given two uses that exclude each other ({@link
   * InteropProblemCodes#MAPPING_CONFLICT}: mapped to a competency and ignored, for example). Every
   * fault is named at once.
   */
  @Value.Check
  void check() {
    if (planFingerprint().isBlank()) {
      throw new IllegalArgumentException("planFingerprint must not be blank");
    }
    List<String> faults = new ArrayList<>();
    competencies().forEach((k, id) -> checkId("competencies", k, id, faults));
    seats().forEach((k, id) -> checkId("seats", k, id, faults));
    defaultSeat().ifPresent(id -> checkId("defaultSeat", null, id, faults));
    candidates().forEach((k, id) -> checkId("candidates", k, id, faults));
    interviewers().forEach((k, id) -> checkId("interviewers", k, id, faults));
    MappingCodec.conflicts(
            Optional.of(vendor()),
            competencies(),
            List.copyOf(ignored()),
            evidenceFields(),
            recommendationField())
        .forEach(p -> faults.add(p.path() + ": " + p.message()));
    if (!faults.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", faults));
    }
  }

  private static void checkId(String field, @Nullable String key, String id, List<String> faults) {
    String where = key == null ? field : field + "['" + VisibleText.of(key) + "']";
    if (id.isBlank()) {
      faults.add(where + " ('" + VisibleText.of(id) + "') must not be blank");
      return;
    }
    int hidden = VisibleText.indexOfHidden(id);
    if (hidden >= 0) {
      faults.add(
          String.format(
              Locale.ROOT,
              "%s ('%s') holds the control or invisible character %s at character %d; an id"
                  + " may hold none, as the mapping's JSON reader refuses it",
              where,
              VisibleText.of(id),
              VisibleText.of(new String(Character.toChars(id.codePointAt(hidden)))),
              hidden));
      return;
    }
    int space = VisibleText.indexOfAmbiguousSpace(id);
    if (space >= 0) {
      faults.add(where + " ('" + id + "') " + VisibleText.ambiguousSpace(id, space));
    } else if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
      faults.add(
          where
              + " ('"
              + id
              + "') is not in Unicode normalization form C; it would print like another id");
    }
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportMapping}. */
  public static final class Builder extends ImmutableImportMapping.Builder {
    Builder() {}

    /**
     * Stamps imported scorecards with {@code plan}'s fingerprint and remembers its scale, so that
     * the mapping's {@link ImportMapping#importer()} refuses every rating that does not fit it.
     *
     * @param plan the interview plan
     * @return this builder
     */
    public Builder plan(InterviewPlan plan) {
      planFingerprint(plan.fingerprint());
      planScale(plan.scale());
      return this;
    }

    /**
     * Maps the vendor key {@code vendorKey} to the competency {@code competencyId}.
     *
     * @param vendorKey the key the vendor's export uses
     * @param competencyId the id of the competency in the plan
     * @return this builder
     */
    public Builder competency(String vendorKey, String competencyId) {
      putCompetencies(vendorKey, competencyId);
      return this;
    }

    /**
     * Maps the vendor interview, stage or form key {@code vendorKey} to a panel role.
     *
     * @param vendorKey the key the vendor's export uses
     * @param panelRoleId the id of the seat (panel role) in the plan
     * @return this builder
     */
    public Builder seat(String vendorKey, String panelRoleId) {
      putSeats(vendorKey, panelRoleId);
      return this;
    }

    /**
     * Ignores rated elements with the key {@code vendorKey}.
     *
     * @param vendorKey the key the vendor's export uses
     * @return this builder
     */
    public Builder ignore(String vendorKey) {
      addIgnored(vendorKey);
      return this;
    }

    /**
     * Reads the vendor rating {@code vendorRating} as the plan level {@code level}.
     *
     * @param vendorRating the rating as the vendor's export writes it
     * @param level the level on the plan's rating scale
     * @return this builder
     */
    public Builder ratingLevel(String vendorRating, int level) {
      putRatingLevels(vendorRating, level);
      return this;
    }
  }
}
