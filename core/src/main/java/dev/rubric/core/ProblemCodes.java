package dev.rubric.core;

/**
 * The stable codes of the problems that {@code rubric-core} reports. Codes never change meaning;
 * new codes may be added. Each constant says whether it is an error (E) or advice (A).
 */
public final class ProblemCodes {
  // ---- plans: errors ----
  /** E: a scale has fewer than two levels. */
  public static final String SCALE_TOO_SMALL = "SCALE_TOO_SMALL";

  /** E: a scale repeats a level value. */
  public static final String DUPLICATE_LEVEL = "DUPLICATE_LEVEL";

  /** E: a scale's levels are not in ascending order. */
  public static final String UNORDERED_LEVELS = "UNORDERED_LEVELS";

  /** E: the hire line is not one of the scale's levels. */
  public static final String HIRE_LINE_OUTSIDE_SCALE = "HIRE_LINE_OUTSIDE_SCALE";

  /** E: two competencies, panel roles or stages share an id. */
  public static final String DUPLICATE_ID = "DUPLICATE_ID";

  /** E: an id is not a lowercase slug ({@code [a-z0-9]+(-[a-z0-9]+)*}). */
  public static final String INVALID_ID = "INVALID_ID";

  /**
   * E: an id or a reference to one (plan, competency, seat, stage and area ids; a scorecard's
   * candidate, interviewer, seat, plan fingerprint and rated competency ids) holds a character that
   * would be hidden or act when printed: a C0 control, DEL, a C1 control, a bidirectional mark,
   * embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069), a line or paragraph
   * separator, or a lone surrogate. See {@link VisibleText}.
   */
  public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";

  /**
   * E: an id or a reference to one (the ids {@link #CONTROL_CHARACTER} lists) begins or ends with
   * white space, or holds a space other than U+0020 (a no-break or typographic space): printed, it
   * would look like another id ({@code "iv-01 "} like {@code "iv-01"}). See {@link
   * VisibleText#indexOfAmbiguousSpace}.
   */
  public static final String AMBIGUOUS_SPACE = "AMBIGUOUS_SPACE";

  /**
   * E: an id or a reference to one (the ids {@link #CONTROL_CHARACTER} lists) is not in Unicode
   * normalization form C: {@code "cafe\u0301"} (an e and a combining acute accent) prints exactly
   * like {@code "caf\u00e9"}, another id. Write the id in NFC ({@link
   * java.text.Normalizer.Form#NFC}).
   */
  public static final String UNNORMALIZED_ID = "UNNORMALIZED_ID";

  /**
   * A: a scorecard's candidate or interviewer id mixes letters of scripts that are not written
   * together ({@code "iv-n\u043eor"}: Latin letters and a Cyrillic o), so it may look exactly like
   * another id spelled in one script while it names someone else, and one person's scorecards would
   * count as two people's. Latin with Han and Japanese kana, with Han and Bopomofo, or with Han and
   * Hangul is not mixed (the "highly restrictive" level of Unicode Technical Standard #39, section
   * 5.2). The scorecard is still used; check the id.
   */
  public static final String MIXED_SCRIPT_ID = "MIXED_SCRIPT_ID";

  /** E: a required text (title, name, label, id in a scorecard) is empty or blank. */
  public static final String BLANK_TEXT = "BLANK_TEXT";

  /** E: a reference names a competency the plan does not have. */
  public static final String UNKNOWN_COMPETENCY = "UNKNOWN_COMPETENCY";

  /** E: a breadth/depth expectation names an area that no competency has. */
  public static final String UNKNOWN_AREA = "UNKNOWN_AREA";

  /** E: a reference names a panel role (seat) the plan does not have. */
  public static final String UNKNOWN_PANEL_ROLE = "UNKNOWN_PANEL_ROLE";

  /** E: two requirements name the same competency. */
  public static final String DUPLICATE_REQUIREMENT = "DUPLICATE_REQUIREMENT";

  /** E: a weight is not a finite number greater than zero. */
  public static final String INVALID_WEIGHT = "INVALID_WEIGHT";

  /** E: a target level is not a level of the scale. */
  public static final String TARGET_OUTSIDE_SCALE = "TARGET_OUTSIDE_SCALE";

  /** E: a must-have bar or an area bar is not a level of the scale. */
  public static final String BAR_OUTSIDE_SCALE = "BAR_OUTSIDE_SCALE";

  /** E: a behavioural anchor is given for a level the scale does not have. */
  public static final String ANCHOR_OUTSIDE_SCALE = "ANCHOR_OUTSIDE_SCALE";

  /** E: a required competency is assessed by no seat. */
  public static final String UNASSESSED_REQUIREMENT = "UNASSESSED_REQUIREMENT";

  /** E: a seat assesses no competency. */
  public static final String EMPTY_PANEL_ROLE = "EMPTY_PANEL_ROLE";

  /** E: the plan has no competencies, no requirements or no seats. */
  public static final String EMPTY_PLAN = "EMPTY_PLAN";

  /** E: the intended number of seats per competency is below one. */
  public static final String INVALID_SEATS_PER_COMPETENCY = "INVALID_SEATS_PER_COMPETENCY";

  /** E: the number of breadth areas required is negative or more than the breadth areas listed. */
  public static final String INVALID_BREADTH_REQUIRED = "INVALID_BREADTH_REQUIRED";

  /** E: a seat lists the same competency twice, or a stage the same seat twice. */
  public static final String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";

  // ---- plans: advice ----
  /** A: a technical-environment question is unanswered ("ambiguity signals immaturity"). */
  public static final String ENVIRONMENT_UNANSWERED = "ENVIRONMENT_UNANSWERED";

  /** A: an ownership boundary is undefined. */
  public static final String OWNERSHIP_UNDEFINED = "OWNERSHIP_UNDEFINED";

  /** A: a competency is assessed by more seats than intended (redundant questioning). */
  public static final String REDUNDANT_ASSESSMENT = "REDUNDANT_ASSESSMENT";

  /** A: a seat has no scenario prompts. */
  public static final String NO_SCENARIO_PROMPTS = "NO_SCENARIO_PROMPTS";

  /** A: a competency that is not required is assessed by no seat. */
  public static final String UNASSESSED_COMPETENCY = "UNASSESSED_COMPETENCY";

  /** A: a competency has no requirement, so it does not count toward the overall score. */
  public static final String UNWEIGHTED_COMPETENCY = "UNWEIGHTED_COMPETENCY";

  /** A: a competency lacks a behavioural anchor for a level of the scale. */
  public static final String MISSING_ANCHOR = "MISSING_ANCHOR";

  /** A: the plan defines no evaluation stages ("define evaluation stages in advance"). */
  public static final String NO_STAGES = "NO_STAGES";

  /**
   * E: the plan defines stages but a seat belongs to none of them (every seat interviews in exactly
   * one stage).
   */
  public static final String SEAT_WITHOUT_STAGE = "SEAT_WITHOUT_STAGE";

  /** E: a seat is listed in more than one stage. */
  public static final String SEAT_IN_SEVERAL_STAGES = "SEAT_IN_SEVERAL_STAGES";

  /**
   * E: a deadline ({@code feedbackDueWithin}, {@code decisionDueWithin}) is zero or negative, or
   * longer than the years 0001 to 9999 that a Rubric timestamp can span.
   */
  public static final String INVALID_DEADLINE = "INVALID_DEADLINE";

  /**
   * E: a timestamp built in code (an approval's {@code approvedAt}, a scorecard's {@code
   * submittedAt} or {@code interviewedAt}) lies outside the years 0001 to 9999 (UTC). No document
   * can hold it (the JSON readers refuse it as {@code JSON_INVALID_VALUE}), so it could be written
   * but never read back.
   */
  public static final String TIMESTAMP_OUT_OF_RANGE = "TIMESTAMP_OUT_OF_RANGE";

  /**
   * A: a scorecard's {@code submittedAt} is before its own {@code interviewedAt}: one of the two
   * times is wrong (a time zone read twice, a scheduled time kept), so no feedback latency is
   * measured for it; its ratings still count.
   */
  public static final String SUBMITTED_BEFORE_INTERVIEW = "SUBMITTED_BEFORE_INTERVIEW";

  /** A: a seat does not say whether it is {@code technical} or {@code cross_functional}. */
  public static final String SEAT_KIND_MISSING = "SEAT_KIND_MISSING";

  /**
   * A: the panel (shadow seats aside) has no technical seat or no cross-functional seat; the guide
   * asks for both technical leaders and cross-functional stakeholders.
   */
  public static final String PANEL_LACKS_KIND = "PANEL_LACKS_KIND";

  /**
   * A: a technical competency (any area other than {@code communication}) is assessed only from
   * cross-functional seats.
   */
  public static final String TECHNICAL_FROM_CROSS_FUNCTIONAL = "TECHNICAL_FROM_CROSS_FUNCTIONAL";

  /** A: nobody has approved the plan ("align stakeholders early"). */
  public static final String NO_APPROVAL = "NO_APPROVAL";

  // ---- scorecards: errors ----
  /** E: the scorecard names a plan fingerprint that is not this plan's. */
  public static final String FINGERPRINT_MISMATCH = "FINGERPRINT_MISMATCH";

  /** E: the scorecard rates a competency its seat does not assess. */
  public static final String COMPETENCY_NOT_IN_SEAT = "COMPETENCY_NOT_IN_SEAT";

  /** E: a rating's level is not a level of the plan's scale. */
  public static final String LEVEL_OUTSIDE_SCALE = "LEVEL_OUTSIDE_SCALE";

  /** E: the scorecard rates the same competency twice. */
  public static final String DUPLICATE_RATING = "DUPLICATE_RATING";

  // ---- scorecards: advice ----
  /** A: a rating at the bottom or top of the scale has no written evidence. */
  public static final String MISSING_EVIDENCE = "MISSING_EVIDENCE";

  /** A: a competency of the seat was not rated. */
  public static final String UNRATED_COMPETENCY = "UNRATED_COMPETENCY";

  // ---- JSON documents: errors ----
  /** E: the bytes are not well-formed JSON (including NaN, Infinity and trailing content). */
  public static final String JSON_SYNTAX = "JSON_SYNTAX";

  /** E: an object has the same key twice. */
  public static final String JSON_DUPLICATE_KEY = "JSON_DUPLICATE_KEY";

  /** E: an object has a field the format does not define. */
  public static final String JSON_UNKNOWN_FIELD = "JSON_UNKNOWN_FIELD";

  /** E: a required field is absent or null. */
  public static final String JSON_MISSING_FIELD = "JSON_MISSING_FIELD";

  /** E: a value has the wrong JSON type (a string where a number belongs, say). */
  public static final String JSON_WRONG_TYPE = "JSON_WRONG_TYPE";

  /** E: a number that must be an integer has a fractional part or is out of range. */
  public static final String JSON_NOT_INTEGER = "JSON_NOT_INTEGER";

  /** E: a number is not finite once read (for example 1e400). */
  public static final String JSON_NOT_FINITE = "JSON_NOT_FINITE";

  /** E: a value is of the right type but not allowed (an unknown enum name, a bad timestamp). */
  public static final String JSON_INVALID_VALUE = "JSON_INVALID_VALUE";

  /** E: the document's schemaVersion is missing or not supported. */
  public static final String JSON_UNSUPPORTED_VERSION = "JSON_UNSUPPORTED_VERSION";

  /** E: the document exceeds a configured limit (size, depth, string, number, count). */
  public static final String JSON_LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";

  /**
   * E: the bytes are not UTF-8 (UTF-16 or UTF-32, with or without a byte-order mark, or malformed
   * UTF-8), or a string or field name holds a lone surrogate ({@code "\\ud800"}), which no UTF-8
   * text can carry and no writer could write back.
   */
  public static final String JSON_ENCODING = "JSON_ENCODING";

  /**
   * E or A: more problems were found than a document may report ({@code JsonLimits#maxProblems()});
   * this last problem says how many more there were. It is an error when any of the problems left
   * out is one.
   */
  public static final String PROBLEMS_TRUNCATED = "PROBLEMS_TRUNCATED";

  private ProblemCodes() {}
}
