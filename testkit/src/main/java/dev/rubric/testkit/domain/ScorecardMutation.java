package dev.rubric.testkit.domain;

import static dev.rubric.testkit.domain.Sequences.pick;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One mutation that breaks a scorecard, valid against its plan, in exactly one way. {@code a} and
 * {@code b} are bounded choices read modulo the sizes they select from.
 */
enum ScorecardMutation {
  FINGERPRINT_MISMATCH {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      String other = pick(List.of("sha256:" + "0".repeat(64), "", "sha256:stale", "md5:0"), a);
      return broken(
          plan,
          Scorecard.builder().from(card).planFingerprint(other).build(),
          ProblemCodes.FINGERPRINT_MISMATCH,
          "/planFingerprint");
    }
  },
  UNKNOWN_SEAT {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      return broken(
          plan,
          Scorecard.builder()
              .from(card)
              .panelRoleId(pick(List.of("ghost-seat", "Seat 1"), a))
              .build(),
          ProblemCodes.UNKNOWN_PANEL_ROLE,
          "/panelRoleId");
    }
  },
  RATING_OUTSIDE_THE_SEAT {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      PanelRole seat = plan.panelRole(card.panelRoleId()).orElseThrow();
      List<Competency> others =
          plan.competencies().stream().filter(c -> !seat.assesses(c.id())).toList();
      if (others.isEmpty()) {
        return Optional.empty();
      }
      Rating extra = Rating.of(pick(others, a).id(), pick(plan.scale().levels(), b).value(), "x");
      // Ratings keep a canonical order (by competency id), so the extra one is not always last.
      Scorecard withExtra = Scorecard.builder().from(card).addRatings(extra).build();
      return broken(
          plan,
          withExtra,
          ProblemCodes.COMPETENCY_NOT_IN_SEAT,
          "/ratings/" + withExtra.ratings().indexOf(extra) + "/competencyId");
    }
  },
  RATING_OF_UNKNOWN_COMPETENCY {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      Rating extra = Rating.of("ghost-competency", pick(plan.scale().levels(), b).value(), "x");
      // Ratings keep a canonical order (by competency id), so the extra one is not always last.
      Scorecard withExtra = Scorecard.builder().from(card).addRatings(extra).build();
      return broken(
          plan,
          withExtra,
          ProblemCodes.UNKNOWN_COMPETENCY,
          "/ratings/" + withExtra.ratings().indexOf(extra) + "/competencyId");
    }
  },
  LEVEL_OFF_SCALE {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      int level = PlanMutation.offScale(plan.scale(), b);
      List<Rating> ratings = new ArrayList<>(card.ratings());
      int i;
      if (ratings.isEmpty()) {
        PanelRole seat = plan.panelRole(card.panelRoleId()).orElseThrow();
        ratings.add(Rating.of(pick(seat.competencies(), a), level, "x"));
        i = 0;
      } else {
        i = Math.floorMod(a, ratings.size());
        Rating r = ratings.get(i);
        ratings.set(i, Rating.of(r.competencyId(), level, r.evidence()));
      }
      return broken(
          plan,
          Scorecard.builder().from(card).ratings(ratings).build(),
          ProblemCodes.LEVEL_OUTSIDE_SCALE,
          "/ratings/" + i + "/level");
    }
  },
  DUPLICATE_RATING {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      List<Rating> ratings = new ArrayList<>(card.ratings());
      if (ratings.isEmpty()) {
        PanelRole seat = plan.panelRole(card.panelRoleId()).orElseThrow();
        ratings.add(Rating.of(pick(seat.competencies(), a), plan.scale().hireLine(), "x"));
      }
      Rating again = pick(ratings, a);
      Rating duplicate =
          Rating.of(again.competencyId(), pick(plan.scale().levels(), b).value(), "y");
      ratings.add(duplicate);
      // Canonical order puts the duplicate right after its original (ties keep arrival order).
      Scorecard withDuplicate = Scorecard.builder().from(card).ratings(ratings).build();
      return broken(
          plan,
          withDuplicate,
          ProblemCodes.DUPLICATE_RATING,
          "/ratings/" + withDuplicate.ratings().lastIndexOf(duplicate) + "/competencyId");
    }
  },
  BLANK_CANDIDATE {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      return broken(
          plan,
          Scorecard.builder().from(card).candidateId(pick(List.of("", " "), a)).build(),
          ProblemCodes.BLANK_TEXT,
          "/candidateId");
    }
  },
  BLANK_INTERVIEWER {
    @Override
    Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b) {
      return broken(
          plan,
          Scorecard.builder().from(card).interviewerId(pick(List.of("", "  "), a)).build(),
          ProblemCodes.BLANK_TEXT,
          "/interviewerId");
    }
  };

  /** The broken scorecard, or empty when this mutation does not apply to the plan. */
  abstract Optional<BrokenScorecard> apply(InterviewPlan plan, Scorecard card, int a, int b);

  Optional<BrokenScorecard> broken(InterviewPlan plan, Scorecard card, String code, String path) {
    return Optional.of(new BrokenScorecard(plan, card, code, Optional.of(path), name()));
  }
}
