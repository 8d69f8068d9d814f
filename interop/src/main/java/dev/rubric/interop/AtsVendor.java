package dev.rubric.interop;

import com.google.common.collect.ImmutableMap;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Recommendation;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant tracking systems whose scorecard payloads Rubric imports. Each constant documents
 * what it reads, which vendor keys the {@link ImportMapping} speaks of, and its default rating and
 * recommendation tables.
 */
public enum AtsVendor {
  /**
   * Greenhouse Harvest scorecards: one scorecard object or an array of them. Each {@code
   * attributes[]} entry is a rating, keyed by its exact {@code name} (Greenhouse gives no attribute
   * ids), its {@code rating} one of {@code definitely_not, no, mixed, yes, strong_yes} (by default
   * levels 1 to 5, the levels of {@link dev.rubric.core.RatingScale#greenhouseFivePoint()}) or
   * {@code no_decision} (not assessed, never a low rating), its {@code note} the evidence. {@code
   * overall_recommendation} {@code definitely_not, no, yes, strong_yes} reads as strong no, no,
   * yes, strong yes; {@code no_decision} as none. The seat is found by {@code interview_step.id},
   * then {@code interview_step.name}, then {@code interview}; candidate by {@code candidate_id},
   * interviewer by {@code interviewer.id}; submission time {@code submitted_at}; interview time
   * {@code interviewed_at} (optional: absent or null leaves it unknown). Answered {@code
   * questions[]} are free text with no place in a scorecard: each is listed in {@link
   * ImportResult#unusedText()}. The {@code ratings} summary only repeats the attributes; a name in
   * it that no attribute has is a {@link InteropProblemCodes#SUMMARY_MISMATCH}.
   */
  GREENHOUSE(
      "greenhouse",
      "Greenhouse Harvest scorecard",
      ImmutableMap.of("definitely_not", 1, "no", 2, "mixed", 3, "yes", 4, "strong_yes", 5),
      ImmutableMap.of(
          "definitely_not", Recommendation.STRONG_NO,
          "no", Recommendation.NO,
          "yes", Recommendation.YES,
          "strong_yes", Recommendation.STRONG_YES)),

  /**
   * Lever feedback: {@code {"data": {...}}}, {@code {"data": [...]}}, one feedback object or an
   * array. Fields are keyed by {@code id} or {@code text}. A score field's value such as {@code "3
   * - Hire"} is read by its leading whole number (Lever's labels vary; the number does not), by
   * default onto levels 1 to 4 of {@link dev.rubric.core.RatingScale#fourPoint()}; the number must
   * stand alone or before its label (spaces, dashes or colons, then a letter), so that {@code "3½ -
   * Hire"} or {@code "3 1/2"} is an {@link InteropProblemCodes#UNKNOWN_RATING}, never 3. The
   * overall recommendation is the mapping's {@link ImportMapping#recommendationField()} or, when it
   * names none, the field of type {@code score-system}: digit 4 reads strong yes, 3 yes, 2 no, 1
   * strong no. The seat is found by {@code interview}, then {@code panel}, then {@code
   * baseTemplateId}, then {@code text} (the form's title); interviewer by {@code user}; submission
   * time {@code completedAt} (epoch milliseconds); Lever feedback names its interview only by id,
   * with no time, so its scorecards carry no interview time. Lever feedback does not name its
   * opportunity: pass it to {@link AtsImporter#importScorecards(byte[], String)}.
   */
  LEVER(
      "lever",
      "Lever feedback",
      ImmutableMap.of("1", 1, "2", 2, "3", 3, "4", 4),
      ImmutableMap.of(
          "1", Recommendation.STRONG_NO,
          "2", Recommendation.NO,
          "3", Recommendation.YES,
          "4", Recommendation.STRONG_YES)),

  /**
   * Ashby application feedback: an array, {@code {"results": [...]}} or one feedback object. Each
   * {@code submittedValues} entry is keyed by its field path; a field of type {@code Score} holds 1
   * to 4 (by default the levels of {@link dev.rubric.core.RatingScale#fourPoint()}). The overall
   * recommendation is the value at the mapping's {@link ImportMapping#recommendationField()}, by
   * default {@code overall_recommendation}: {@code strong_no_hire, no_hire, hire, strong_hire}. The
   * seat is found by {@code interviewId}, then {@code feedbackFormDefinitionId}; candidate by
   * {@code applicationId}, interviewer by {@code submittedByUser.id}; submission time {@code
   * submittedAt}. Ashby feedback gives no interview time, so its scorecards carry none.
   */
  ASHBY(
      "ashby",
      "Ashby application feedback",
      ImmutableMap.of("1", 1, "2", 2, "3", 3, "4", 4),
      ImmutableMap.of(
          "strong_no_hire", Recommendation.STRONG_NO,
          "no_hire", Recommendation.NO,
          "hire", Recommendation.YES,
          "strong_hire", Recommendation.STRONG_YES)),

  /**
   * Merge unified ATS scorecards: one object, an array or a page {@code {"results": [...]}}.
   * Merge's common model keeps only the overall recommendation ({@code DEFINITELY_NO, NO, YES,
   * STRONG_YES}; {@code NO_DECISION} reads as none) and drops the competency ratings, so every
   * imported scorecard has no ratings: it serves the decision and panel-agreement views, not
   * competency scores. The seat is found by {@code interview}; candidate by {@code application},
   * interviewer by {@code interviewer}; submission time {@code submitted_at}. Merge's scorecard
   * names its interview only by id (the time lives on a separate interview object), so its
   * scorecards carry no interview time.
   */
  MERGE(
      "merge",
      "Merge scorecard",
      ImmutableMap.of(),
      ImmutableMap.of(
          "DEFINITELY_NO", Recommendation.STRONG_NO,
          "NO", Recommendation.NO,
          "YES", Recommendation.YES,
          "STRONG_YES", Recommendation.STRONG_YES));

  private final String jsonName;
  private final String payloadName;
  private final ImmutableMap<String, Integer> defaultRatingLevels;
  private final ImmutableMap<String, Recommendation> defaultRecommendations;

  AtsVendor(
      String jsonName,
      String payloadName,
      ImmutableMap<String, Integer> defaultRatingLevels,
      ImmutableMap<String, Recommendation> defaultRecommendations) {
    this.jsonName = jsonName;
    this.payloadName = payloadName;
    this.defaultRatingLevels = defaultRatingLevels;
    this.defaultRecommendations = defaultRecommendations;
  }

  /**
   * {@return the lowercase name used in mappings and on the command line, for example {@code
   * lever}}
   */
  public String jsonName() {
    return jsonName;
  }

  /** {@return what one element of this vendor's payload is called, for example "Lever feedback"} */
  public String payloadName() {
    return payloadName;
  }

  /**
   * {@return the rating table used when a mapping gives none: vendor rating to plan level} Empty
   * for Merge, whose payloads carry no ratings.
   */
  public Map<String, Integer> defaultRatingLevels() {
    return defaultRatingLevels;
  }

  /**
   * {@return the recommendation table used when a mapping gives none: vendor value to
   * recommendation}
   */
  public Map<String, Recommendation> defaultRecommendations() {
    return defaultRecommendations;
  }

  /**
   * {@return the vendor whose {@link #jsonName()} is {@code name}, ignoring case, if any}
   *
   * @param name the vendor's name, as in the mapping's {@code vendor} field
   */
  public static Optional<AtsVendor> fromName(String name) {
    Objects.requireNonNull(name, "name");
    for (AtsVendor v : values()) {
      if (v.jsonName.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return an importer of this vendor's payloads under {@code mapping} that checks every rating
   * against {@code plan}'s scale: a rating whose level (by the mapping's {@link
   * ImportMapping#ratingLevels()}) is not a level of the scale is refused as {@link
   * dev.rubric.core.ProblemCodes#LEVEL_OUTSIDE_SCALE}, and, when the mapping gives no rating table,
   * every rating is refused as {@link InteropProblemCodes#RATING_SCALE_MISMATCH} unless this
   * vendor's {@link #defaultRatingLevels()} are exactly the scale's levels} Each refusal is a
   * problem at the rating's path; nothing is ever re-scaled.
   *
   * @param mapping the mapping from the vendor's keys to the plan's ids
   * @param plan the interview plan
   * @throws IllegalArgumentException when {@code mapping} is for another vendor
   */
  public AtsImporter importer(ImportMapping mapping, InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    checkVendor(mapping);
    return new VendorImporter(this, mapping, plan.scale());
  }

  /**
   * {@return an importer of this vendor's payloads under {@code mapping}} When the mapping was
   * built with {@link ImportMapping.Builder#plan(InterviewPlan)} it knows the plan's scale and
   * checks every rating exactly as {@link #importer(ImportMapping, InterviewPlan)} does. A mapping
   * read from JSON knows only the plan's fingerprint: its ratings are read through the table in
   * force without a scale to check them against, so give the plan ({@link #importer(ImportMapping,
   * InterviewPlan)}) or check the mapping with {@link ImportMapping#checkAgainst(InterviewPlan)}
   * first.
   *
   * @param mapping the mapping from the vendor's keys to the plan's ids
   * @throws IllegalArgumentException when {@code mapping} is for another vendor
   */
  public AtsImporter importer(ImportMapping mapping) {
    checkVendor(mapping);
    return new VendorImporter(this, mapping, mapping.planScale().orElse(null));
  }

  private void checkVendor(ImportMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    if (mapping.vendor() != this) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "mapping (for %s) must be for %s",
              mapping.vendor().jsonName(),
              jsonName));
    }
  }
}
