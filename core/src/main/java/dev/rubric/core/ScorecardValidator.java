package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.*;

import dev.rubric.core.internal.util.Quoting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a {@link Scorecard} must follow under one {@link InterviewPlan}, compiled once: the one
 * owner of scorecard validity. {@link Scorecard#validateAgainst(InterviewPlan)} and every evaluator
 * read their verdicts from here.
 *
 * <p>{@link #compile} builds the plan's lookup tables once; {@link #isClean} then recognises,
 * without building any problem, a scorecard for which the full validation reports nothing (the
 * common case), and {@link #validate} returns the full report only for a scorecard with something
 * to say. A scorecard is clean when its candidate and interviewer ids are neither blank nor hold a
 * hidden character, it names this plan's scoring or whole-plan fingerprint and one of its seats,
 * and it rates every competency of that seat exactly once and nothing else, each on the scale and,
 * at the scale's ends, with written evidence. Anything else goes through the full rules, which
 * decide; the compiled check and the full rules are kept equal by a property over generated plans
 * and scorecards, broken ones included.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScorecardValidator {
  private static final ValidationReport NO_PROBLEMS = ValidationReport.of(List.of());

  private final InterviewPlan plan;
  private final String fingerprint;
  private final String scoringFingerprint;
  private final RatingScale scale;

  /** The lowest and highest level values, and which values between them are levels. */
  private final int lowest;

  private final int highest;
  private final boolean[] onScale;

  /** The levels that need written evidence: the scale's first and last. */
  private final int low;

  private final int high;

  /**
   * For each seat id (the first seat with it) whose competencies are all in the plan and hold no
   * hidden character: its distinct competencies and their positions in the plan (the first
   * competency with the id). Any other seat always gets a problem, so it is left out and its
   * scorecards go through the full rules.
   */
  private final Map<String, Map<String, Integer>> seats;

  /** The number of the plan's competencies: positions are below it. */
  private final int competencies;

  private ScorecardValidator(InterviewPlan plan) {
    this.plan = plan;
    this.fingerprint = plan.fingerprint();
    this.scoringFingerprint = plan.scoringFingerprint();
    this.scale = plan.scale();
    boolean hasLevels = !scale.levels().isEmpty();
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (ScaleLevel level : scale.levels()) {
      lo = Math.min(lo, level.value());
      hi = Math.max(hi, level.value());
    }
    // A table for the usual small scale; a scale spread wider is asked level by level.
    boolean table = hasLevels && (long) hi - lo < 4096;
    this.lowest = table ? lo : 0;
    this.highest = table ? hi : -1;
    this.onScale = new boolean[table ? hi - lo + 1 : 0];
    if (table) {
      for (ScaleLevel level : scale.levels()) {
        onScale[level.value() - lo] = true;
      }
    }
    this.low = hasLevels ? scale.min() : 0;
    this.high = hasLevels ? scale.max() : 0;
    List<Competency> all = plan.competencies();
    Map<String, Integer> inPlan = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      inPlan.putIfAbsent(all.get(i).id(), i);
    }
    this.competencies = all.size();
    Map<String, Map<String, Integer>> bySeat = new HashMap<>();
    Set<String> listed = new HashSet<>();
    for (PanelRole seat : plan.panelRoles()) {
      if (!listed.add(seat.id())) {
        continue; // the rules read the first seat with an id
      }
      Map<String, Integer> positions = new HashMap<>();
      boolean known = Ids.printsAsItself(seat.id());
      for (String competency : seat.competencies()) {
        Integer at = inPlan.get(competency);
        known &= at != null && Ids.printsAsItself(competency);
        positions.putIfAbsent(competency, at == null ? -1 : at);
      }
      if (known) {
        bySeat.put(seat.id(), positions);
      }
    }
    this.seats = bySeat;
  }

  /**
   * Compiles the scorecard rules of {@code plan} once, for checking many scorecards.
   *
   * @param plan the plan the scorecards are read against; it need not be valid itself
   * @return the compiled rules
   * @throws NullPointerException if {@code plan} is null
   */
  public static ScorecardValidator compile(InterviewPlan plan) {
    return new ScorecardValidator(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * The plan these rules were compiled from.
   *
   * @return the plan
   */
  public InterviewPlan plan() {
    return plan;
  }

  /**
   * Whether {@code card} has no validation problem at all, neither error nor advice; decided
   * without building any problem.
   *
   * @param card the scorecard
   * @return true exactly when {@link #validate} would report nothing
   * @throws NullPointerException if {@code card} is null
   */
  public boolean isClean(Scorecard card) {
    return clean(Objects.requireNonNull(card, "card"), null, 0);
  }

  /**
   * Whether {@code card} has no validation problem at all, as {@link #isClean(Scorecard)}, and,
   * when it has none, where each of its ratings belongs in the plan: {@code positions[offset + k]}
   * is set to the position in {@link InterviewPlan#competencies()} of the competency that rating
   * {@code k} names. An evaluator that groups the ratings of many scorecards by competency reads
   * the positions from here instead of looking each competency up a second time. The array is left
   * unchanged, or partly written, when the scorecard is not clean.
   *
   * @param card the scorecard
   * @param positions where the positions are written
   * @param offset the index in {@code positions} of the scorecard's first rating
   * @return true exactly when {@link #validate} would report nothing
   * @throws NullPointerException if {@code card} or {@code positions} is null
   * @throws IndexOutOfBoundsException if the scorecard is clean and {@code positions} holds fewer
   *     than {@code offset + card.ratings().size()} elements from {@code offset}
   */
  public boolean isClean(Scorecard card, int[] positions, int offset) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(positions, "positions");
    return clean(card, positions, offset);
  }

  private boolean clean(Scorecard card, int @Nullable [] positions, int offset) {
    if (!visibleId(card.candidateId())
        || !visibleId(card.interviewerId())
        || !Timestamps.inRange(card.submittedAt())
        || (card.interviewedAt().isPresent() && !Timestamps.inRange(card.interviewedAt().get()))
        || (card.interviewedAt().isPresent()
            && card.submittedAt().isBefore(card.interviewedAt().get()))
        || !(card.planFingerprint().equals(scoringFingerprint)
            || card.planFingerprint().equals(fingerprint))) {
      return false;
    }
    Map<String, Integer> seat = seats.get(card.panelRoleId());
    List<Rating> ratings = card.ratings();
    if (seat == null || ratings.size() != seat.size()) {
      return false;
    }
    if (positions != null) {
      Objects.checkFromIndexSize(offset, ratings.size(), positions.length);
    }
    // Which plan positions are rated: bits of a long for the usual plan of up to 64 competencies.
    long ratedBits = 0;
    boolean[] rated = competencies > Long.SIZE ? new boolean[competencies] : null;
    for (int k = 0; k < ratings.size(); k++) {
      Rating r = ratings.get(k);
      Integer at = seat.get(r.competencyId());
      int level = r.level();
      if (at == null
          || !onScale(level)
          || ((level == low || level == high) && r.evidence().isBlank())) {
        return false;
      }
      if (rated == null) {
        long bit = 1L << at;
        if ((ratedBits & bit) != 0) {
          return false;
        }
        ratedBits |= bit;
      } else {
        if (rated[at]) {
          return false;
        }
        rated[at] = true;
      }
      if (positions != null) {
        positions[offset + k] = at;
      }
    }
    return true; // as many distinct seat competencies rated as the seat has: all of them
  }

  private boolean onScale(int level) {
    if (level >= lowest && level <= highest) {
      return onScale[level - lowest];
    }
    return onScale.length == 0 && scale.contains(level);
  }

  /** Whether {@code id} is a candidate or interviewer id the full rules say nothing about. */
  private static boolean visibleId(String id) {
    return !id.isBlank() && Ids.printsAsItself(id) && (isAscii(id) || Ids.mixedScriptAt(id) < 0);
  }

  private static boolean isAscii(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every problem in {@code card} read against the compiled plan, each located by a JSON path into
   * the scorecard; the same report as {@link Scorecard#validateAgainst(InterviewPlan)}.
   *
   * @param card the scorecard
   * @return the report, empty (and shared) for a clean scorecard
   * @throws NullPointerException if {@code card} is null
   */
  public ValidationReport validate(Scorecard card) {
    return isClean(card) ? NO_PROBLEMS : validate(card, plan);
  }

  @Override
  public String toString() {
    return "ScorecardValidator{plan=" + plan.id() + "}";
  }

  /** The full rules, applied one by one. */
  static ValidationReport validate(Scorecard card, InterviewPlan plan) {
    List<Problem> problems = new ArrayList<>();
    blank(problems, card.candidateId(), "/candidateId", "candidate id");
    blank(problems, card.interviewerId(), "/interviewerId", "interviewer id");
    if (!Ids.hasHidden(problems, card.candidateId(), "/candidateId", "candidate id")) {
      Ids.mixesScripts(problems, card.candidateId(), "/candidateId", "candidate id");
    }
    if (!Ids.hasHidden(problems, card.interviewerId(), "/interviewerId", "interviewer id")) {
      Ids.mixesScripts(problems, card.interviewerId(), "/interviewerId", "interviewer id");
    }
    Ids.hasHidden(problems, card.panelRoleId(), "/panelRoleId", "panel role id");
    if (!Timestamps.inRange(card.submittedAt())) {
      problems.add(Timestamps.outOfRange("/submittedAt", "submission time", card.submittedAt()));
    }
    card.interviewedAt()
        .filter(t -> !Timestamps.inRange(t))
        .ifPresent(t -> problems.add(Timestamps.outOfRange("/interviewedAt", "interview time", t)));
    card.interviewedAt()
        .filter(t -> card.submittedAt().isBefore(t))
        .ifPresent(
            t ->
                problems.add(
                    Problem.advice(
                        ProblemCodes.SUBMITTED_BEFORE_INTERVIEW,
                        "/submittedAt",
                        "Submitted at "
                            + card.submittedAt()
                            + ", before the interview at "
                            + t
                            + ": one of the two times is wrong, so no feedback latency is measured"
                            + " for this scorecard.")));
    // A fingerprint holding a control character is reported as such, not also as a mismatch.
    boolean fingerprintHidden =
        Ids.hasHidden(problems, card.planFingerprint(), "/planFingerprint", "plan fingerprint");
    if (!fingerprintHidden && !plan.matchesFingerprint(card.planFingerprint())) {
      problems.add(
          Problem.error(
              FINGERPRINT_MISMATCH,
              "/planFingerprint",
              format(
                  "The scorecard was written against plan %s, not this plan (%s, or its scoring"
                      + " fingerprint %s); score it with the plan it names.",
                  card.planFingerprint(), plan.fingerprint(), plan.scoringFingerprint())));
    }
    Optional<PanelRole> seat = plan.panelRole(card.panelRoleId());
    if (seat.isEmpty() && Ids.printsAsItself(card.panelRoleId())) {
      problems.add(
          Problem.error(
              UNKNOWN_PANEL_ROLE,
              "/panelRoleId",
              format("The plan has no panel role %s.", Quoting.quoted(card.panelRoleId()))));
    }
    RatingScale scale = plan.scale();
    Set<String> rated = new HashSet<>();
    for (int i = 0; i < card.ratings().size(); i++) {
      Rating r = card.ratings().get(i);
      String path = "/ratings/" + i;
      if (Ids.hasHidden(problems, r.competencyId(), path + "/competencyId", "competency id")) {
        rated.add(r.competencyId());
      } else if (plan.competency(r.competencyId()).isEmpty()) {
        problems.add(
            Problem.error(
                UNKNOWN_COMPETENCY,
                path + "/competencyId",
                format("The plan has no competency %s.", Quoting.quoted(r.competencyId()))));
      } else if (!rated.add(r.competencyId())) {
        problems.add(
            Problem.error(
                DUPLICATE_RATING,
                path + "/competencyId",
                format("Competency '%s' is rated twice; keep one rating.", r.competencyId())));
      } else if (seat.isPresent() && !seat.get().assesses(r.competencyId())) {
        problems.add(
            Problem.error(
                COMPETENCY_NOT_IN_SEAT,
                path + "/competencyId",
                format(
                    "Seat '%s' does not assess competency '%s'; rate only the seat's"
                        + " competencies.",
                    card.panelRoleId(), r.competencyId())));
      }
      if (!scale.contains(r.level())) {
        problems.add(
            Problem.error(
                LEVEL_OUTSIDE_SCALE,
                path + "/level",
                format(
                    "Level %d of %s is not on the scale (%d to %d).",
                    r.level(),
                    Quoting.quoted(r.competencyId()),
                    scale.levels().isEmpty() ? 0 : scale.min(),
                    scale.levels().isEmpty() ? 0 : scale.max())));
      } else if ((r.level() == scale.min() || r.level() == scale.max()) && r.evidence().isBlank()) {
        problems.add(
            Problem.advice(
                MISSING_EVIDENCE,
                path + "/evidence",
                format(
                    "The extreme rating %d of %s has no written evidence; write what the"
                        + " candidate said or did.",
                    r.level(), Quoting.quoted(r.competencyId()))));
      }
    }
    seat.ifPresent(
        s -> {
          for (String competencyId : s.competencies()) {
            if (!rated.contains(competencyId)) {
              problems.add(
                  Problem.advice(
                      UNRATED_COMPETENCY,
                      "/ratings",
                      format(
                          "Seat '%s' assesses '%s' but the scorecard does not rate it; it counts"
                              + " as not assessed, never as low.",
                          s.id(), competencyId)));
            }
          }
        });
    return ValidationReport.of(problems);
  }

  private static void blank(List<Problem> problems, String text, String path, String what) {
    if (text.isBlank()) {
      problems.add(Problem.error(BLANK_TEXT, path, format("The %s is empty.", what)));
    }
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
