package dev.rubric.interop;

import dev.rubric.core.ProblemCodes;

/**
 * The stable codes of the problems that the ATS importers and {@link
 * ImportMapping#checkAgainst(dev.rubric.core.InterviewPlan)} report. Codes never change meaning;
 * new codes may be added. Each constant says whether it is an error (E) or advice (A).
 *
 * <p>Structural faults in a payload or a mapping (a field of the wrong JSON type, a malformed
 * timestamp, bytes that are not JSON) carry the codes of {@link ProblemCodes}, such as {@link
 * ProblemCodes#JSON_WRONG_TYPE} and {@link ProblemCodes#JSON_SYNTAX}. A mapping checked against a
 * plan reports {@link ProblemCodes#UNKNOWN_COMPETENCY}, {@link ProblemCodes#UNKNOWN_PANEL_ROLE},
 * {@link ProblemCodes#LEVEL_OUTSIDE_SCALE} and {@link ProblemCodes#FINGERPRINT_MISMATCH}.
 */
public final class InteropProblemCodes {
  /**
   * E: the payload (or one element of it) is another vendor's, for example Lever feedback given to
   * the Greenhouse importer; nothing is read from it.
   */
  public static final String WRONG_VENDOR = "WRONG_VENDOR";

  /**
   * E: the payload is this vendor's but not a scorecard, for example a Greenhouse job stage or a
   * Lever feedback template; nothing is read from it.
   */
  public static final String NOT_A_SCORECARD = "NOT_A_SCORECARD";

  /**
   * E: a {@code data} or {@code results} field holding an array or object that the importer does
   * not read as a page of scorecards: a non-empty one inside a scorecard (a scorecard with such a
   * field is read as one scorecard, and a scorecard is not a page), or each of the two in an object
   * that has both (which one holds the scorecards cannot be told). Nothing in it is read; the field
   * is one rated element, refused at its path, so that what it holds is not taken for absent.
   */
  public static final String UNREAD_WRAPPER = "UNREAD_WRAPPER";

  /**
   * E: a rated attribute or field (a Greenhouse attribute name, a Lever score field, an Ashby Score
   * field path) is neither mapped to a competency nor ignored by the mapping (a score field the
   * mapping names in {@code evidenceFields} included: a score is not text); the rating is not
   * imported, the rest of the scorecard is.
   */
  public static final String UNKNOWN_ATTRIBUTE = "UNKNOWN_ATTRIBUTE";

  /**
   * E: a rating value is not in the mapping's rating table (for example {@code "great"}, or a Lever
   * value without a leading digit); the rating is not imported.
   */
  public static final String UNKNOWN_RATING = "UNKNOWN_RATING";

  /**
   * E: a rating would be read by the vendor's default rating table (the mapping gives no {@code
   * ratingLevels}) but that table's levels are not exactly the levels of the plan's scale, so the
   * reading would re-scale it (Greenhouse's {@code yes}, level 4 of 5, would be the top of a
   * 4-point plan). Also a Lever score field whose own {@code options} are numbered beyond the table
   * in force ({@code "5 - Strong Hire"} under a table of 1 to 4), at the first such option: its
   * values are on another scale, and none is read. Reported per rating by {@link
   * ImportMapping#importer(dev.rubric.core.InterviewPlan)} and once, at {@code /ratingLevels}, by
   * {@link ImportMapping#checkAgainst(dev.rubric.core.InterviewPlan)}; the rating is not imported.
   */
  public static final String RATING_SCALE_MISMATCH = "RATING_SCALE_MISMATCH";

  /**
   * E: an overall recommendation is not one the mapping knows; the scorecard is imported without
   * one.
   */
  public static final String UNKNOWN_RECOMMENDATION = "UNKNOWN_RECOMMENDATION";

  /**
   * E: a field the import needs (candidate, interviewer, submission time) is absent or null; the
   * scorecard is not imported. The same code as {@link ProblemCodes#JSON_MISSING_FIELD}.
   */
  public static final String MISSING_FIELD = ProblemCodes.JSON_MISSING_FIELD;

  /**
   * E: no seat of the mapping matches the scorecard's interview, stage or form, and the mapping has
   * no default seat; the scorecard is not imported.
   */
  public static final String UNMAPPED_INTERVIEW = "UNMAPPED_INTERVIEW";

  /**
   * E: the mapping requires mapped ids and the vendor's candidate id is not in its candidate table;
   * the scorecard is not imported.
   */
  public static final String UNMAPPED_CANDIDATE = "UNMAPPED_CANDIDATE";

  /**
   * E: the mapping requires mapped ids and the vendor's interviewer id is not in its interviewer
   * table; the scorecard is not imported.
   */
  public static final String UNMAPPED_INTERVIEWER = "UNMAPPED_INTERVIEWER";

  /**
   * E: two attributes of one scorecard map to the same competency; the first is imported, the later
   * one is not.
   */
  public static final String DUPLICATE_ATTRIBUTE = "DUPLICATE_ATTRIBUTE";

  /**
   * E: a Greenhouse {@code ratings} summary lists an attribute name that no entry of {@code
   * attributes} has; the summary only repeats the attributes, so the listed rating is not imported.
   */
  public static final String SUMMARY_MISMATCH = "SUMMARY_MISMATCH";

  /**
   * A: a Greenhouse {@code ratings} summary lists an attribute under another rating than the
   * attribute's own (the payload contradicts itself); the attribute's rating is imported, as
   * always, and the contradiction is said rather than passed over.
   */
  public static final String SUMMARY_CONTRADICTS_ATTRIBUTE = "SUMMARY_CONTRADICTS_ATTRIBUTE";

  /**
   * A: a Lever score value is not one of the texts its field's {@code options} list ({@code "3 -
   * Strong Hire"} where the options are {@code "4 - Strong Hire"} and {@code "3 - Hire"}): the
   * value contradicts its own form, and only its leading number is read.
   */
  public static final String NOT_AN_OPTION = "NOT_AN_OPTION";

  /**
   * A: the source ATS marks the scorecard as deleted ({@code deletedAt} in Lever, {@code
   * remote_was_deleted} in Merge); it is imported, and the caller decides whether to use it.
   */
  public static final String DELETED_IN_SOURCE = "DELETED_IN_SOURCE";

  /**
   * E: (mapping) one vendor key is given two uses that exclude each other: mapped to a competency
   * and also ignored or named in {@code evidenceFields}, both ignored and named in {@code
   * evidenceFields}, or the {@code recommendationField} also mapped to a competency or named in
   * {@code evidenceFields}. The mapping is refused, with the problem at one entry and a message
   * naming the other, rather than read by an order of lookup the user did not choose.
   */
  public static final String MAPPING_CONFLICT = "MAPPING_CONFLICT";

  /**
   * A: (mapping check) a competency of the plan is mapped from no vendor attribute, so its ratings
   * will never be imported.
   */
  public static final String UNMAPPED_COMPETENCY = "UNMAPPED_COMPETENCY";

  private InteropProblemCodes() {}
}
