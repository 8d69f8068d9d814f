package dev.rubric.scoring;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.Scorecard;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A per-plan index that recognises, without building any problem, a scorecard for which {@link
 * Scorecard#validateAgainst(InterviewPlan)} would report nothing: the common case, so that only
 * scorecards with something to say go through the full validation. Immutable and thread-safe.
 *
 * <p>A scorecard is clean when its candidate and interviewer ids are not blank, it names this
 * plan's scoring or whole-plan fingerprint and one of its seats, and it rates every competency of
 * that seat exactly once, nothing else, each on the scale and, at the scale's ends, with written
 * evidence. Each of these mirrors one rule of the validator; anything else (including a rule this
 * index does not know) is left to the validator, which decides.
 */
final class CleanScorecards {
  private final String fingerprint;
  private final String scoringFingerprint;
  private final int min;
  private final int max;
  private final boolean[] onScale;

  /** For each seat id (the first seat with it): its distinct competencies and their positions. */
  private final Map<String, Map<String, Integer>> seats = new HashMap<>();

  CleanScorecards(InterviewPlan plan) {
    this.fingerprint = plan.fingerprint();
    this.scoringFingerprint = plan.scoringFingerprint();
    RatingScale scale = plan.scale();
    this.min = scale.min();
    this.max = scale.max();
    this.onScale = new boolean[max - min + 1];
    for (ScaleLevel level : scale.levels()) {
      onScale[level.value() - min] = true;
    }
    Set<String> listed = new HashSet<>();
    for (PanelRole seat : plan.panelRoles()) {
      if (!listed.add(seat.id())) {
        continue; // the validator reads the first seat with an id
      }
      Map<String, Integer> positions = new HashMap<>();
      boolean known = true;
      for (String competency : seat.competencies()) {
        known &= plan.competency(competency).isPresent();
        positions.putIfAbsent(competency, positions.size());
      }
      if (known) { // a seat listing a competency the plan lacks always gets advice
        seats.put(seat.id(), positions);
      }
    }
  }

  /** Whether {@code card} is certain to have no validation problem at all. */
  boolean isClean(Scorecard card) {
    if (card.candidateId().isBlank()
        || card.interviewerId().isBlank()
        || !(card.planFingerprint().equals(scoringFingerprint)
            || card.planFingerprint().equals(fingerprint))) {
      return false;
    }
    Map<String, Integer> seat = seats.get(card.panelRoleId());
    if (seat == null || card.ratings().size() != seat.size() || seat.size() > 64) {
      return false;
    }
    long rated = 0;
    List<Rating> ratings = card.ratings();
    for (int k = 0; k < ratings.size(); k++) {
      Rating r = ratings.get(k);
      Integer at = seat.get(r.competencyId());
      int level = r.level();
      if (at == null
          || (rated & (1L << at)) != 0
          || level < min
          || level > max
          || !onScale[level - min]
          || ((level == min || level == max) && r.evidence().isBlank())) {
        return false;
      }
      rated |= 1L << at;
    }
    return true; // as many distinct seat competencies rated as the seat has: all of them
  }
}
