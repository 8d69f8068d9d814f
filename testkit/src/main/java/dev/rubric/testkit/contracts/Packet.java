package dev.rubric.testkit.contracts;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.EvaluationProblemCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A generated plan with one candidate's valid scorecards and, possibly, broken scorecards, each
 * with the problem code that must reject it.
 */
record Packet(InterviewPlan plan, List<Scorecard> scorecards, List<BrokenCard> broken) {
  Packet {
    scorecards = List.copyOf(scorecards);
    broken = List.copyOf(broken);
  }

  Packet(InterviewPlan plan, List<Scorecard> scorecards) {
    this(plan, scorecards, List.of());
  }

  /** A scorecard made to be rejected, and the code of the problem that rejects it. */
  record BrokenCard(Scorecard card, String code) {
    @Override
    public String toString() {
      return code + " " + Packet.describe(card);
    }
  }

  /** The valid scorecards then the broken ones. */
  List<Scorecard> all() {
    List<Scorecard> all = new ArrayList<>(scorecards);
    broken.forEach(b -> all.add(b.card()));
    return all;
  }

  /** How many ratings the valid scorecards hold. */
  int ratingCount() {
    return scorecards.stream().mapToInt(c -> c.ratings().size()).sum();
  }

  /**
   * This packet with the {@code pick}-th rating of the valid scorecards (modulo their number)
   * raised by {@code by}, capped at the top of the scale; unchanged when there is no rating.
   */
  Packet raise(int pick, int by) {
    int total = ratingCount();
    if (total == 0) {
      return this;
    }
    int at = Math.floorMod(pick, total);
    List<Scorecard> cards = new ArrayList<>(scorecards);
    for (int i = 0; i < cards.size(); i++) {
      Scorecard c = cards.get(i);
      if (at < c.ratings().size()) {
        List<Rating> ratings = new ArrayList<>(c.ratings());
        Rating r = ratings.get(at);
        ratings.set(
            at,
            Rating.of(
                r.competencyId(), ScoreInputs.raise(plan.scale(), r.level(), by), r.evidence()));
        cards.set(i, Scorecard.builder().from(c).ratings(ratings).build());
        return new Packet(plan, cards, broken);
      }
      at -= c.ratings().size();
    }
    throw new IllegalStateException("rating index beyond the ratings");
  }

  /**
   * This packet under a plan whose weights are all multiplied by {@code factor}, the valid
   * scorecards stamped with that plan's fingerprint; the broken scorecards are dropped.
   */
  Packet withWeightsScaledBy(double factor) {
    List<CompetencyRequirement> scaled = new ArrayList<>();
    for (CompetencyRequirement r : plan.profile().requirements()) {
      scaled.add(CompetencyRequirement.builder().from(r).weight(r.weight() * factor).build());
    }
    InterviewPlan next =
        InterviewPlan.builder()
            .from(plan)
            .profile(RoleProfile.builder().from(plan.profile()).requirements(scaled).build())
            .build();
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : scorecards) {
      cards.add(Scorecard.builder().from(c).planFingerprint(next.fingerprint()).build());
    }
    return new Packet(next, cards);
  }

  /** Every scorecard given, valid and broken, shuffled by {@code seed}. */
  List<Scorecard> shuffled(long seed) {
    List<Scorecard> all = all();
    Collections.shuffle(all, new Random(seed));
    return all;
  }

  /** This packet with each valid scorecard's ratings shuffled by {@code seed}. */
  Packet withRatingsShuffled(long seed) {
    Random random = new Random(seed);
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : scorecards) {
      List<Rating> ratings = new ArrayList<>(c.ratings());
      Collections.shuffle(ratings, random);
      cards.add(Scorecard.builder().from(c).ratings(ratings).build());
    }
    return new Packet(plan, cards, broken);
  }

  /**
   * This packet with broken scorecards of the given kinds added (each kind modulo 6): a wrong plan
   * fingerprint, an unknown seat, a level off the scale, an unknown competency, another candidate,
   * and an older scorecard from an interviewer and seat that submitted again later.
   */
  Packet withBroken(List<Integer> kinds) {
    List<BrokenCard> out = new ArrayList<>(broken);
    String seat = plan.panelRoles().get(0).id();
    String competency = plan.panelRoles().get(0).competencies().get(0);
    for (int k = 0; k < kinds.size(); k++) {
      String interviewer = "x" + (out.size() + 1);
      Scorecard.Builder fresh =
          PacketInputs.card(plan, interviewer, seat, 100 + out.size())
              .rate(competency, plan.scale().hireLine(), "Evidence");
      int kind = Math.floorMod(kinds.get(k), 6);
      if (kind == 5 && scorecards.isEmpty()) {
        kind = 0;
      }
      switch (kind) {
        case 0 ->
            out.add(
                new BrokenCard(
                    fresh.planFingerprint("sha256:" + "0".repeat(64)).build(),
                    ProblemCodes.FINGERPRINT_MISMATCH));
        case 1 ->
            out.add(
                new BrokenCard(
                    fresh.panelRoleId("no-such-seat").build(), ProblemCodes.UNKNOWN_PANEL_ROLE));
        case 2 ->
            out.add(
                new BrokenCard(
                    PacketInputs.card(plan, interviewer, seat, 100 + out.size())
                        .rate(competency, plan.scale().max() + 1, "Evidence")
                        .build(),
                    ProblemCodes.LEVEL_OUTSIDE_SCALE));
        case 3 ->
            out.add(
                new BrokenCard(
                    fresh.rate("no-such-competency", plan.scale().min(), "Evidence").build(),
                    ProblemCodes.UNKNOWN_COMPETENCY));
        case 4 ->
            out.add(
                new BrokenCard(
                    fresh.candidateId("zz-other").build(),
                    EvaluationProblemCodes.CANDIDATE_MISMATCH));
        default -> {
          Scorecard later = scorecards.get(k % scorecards.size());
          out.add(
              new BrokenCard(
                  Scorecard.builder()
                      .from(later)
                      .submittedAt(later.submittedAt().minusSeconds(3600L + 60L * out.size()))
                      .build(),
                  EvaluationProblemCodes.SUPERSEDED_SCORECARD));
        }
      }
    }
    return new Packet(plan, scorecards, out);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(ScoreInputs.describe(plan.scale()));
    b.append("; competencies ")
        .append(
            plan.competencies().stream()
                .map(
                    c ->
                        c.id()
                            + "["
                            + c.area()
                            + "]"
                            + plan.profile()
                                .requirement(c.id())
                                .map(
                                    r ->
                                        " w"
                                            + r.weight()
                                            + r.mustHaveBar().map(x -> " bar " + x).orElse(""))
                                .orElse(""))
                .collect(Collectors.joining(", ", "[", "]")));
    b.append("; seats ")
        .append(
            plan.panelRoles().stream()
                .map(s -> s.id() + s.competencies())
                .collect(Collectors.joining(", ", "[", "]")));
    plan.profile().breadthDepth().ifPresent(e -> b.append("; ").append(ScoredRole.describe(e)));
    b.append("; scorecards ")
        .append(
            scorecards.stream().map(Packet::describe).collect(Collectors.joining(", ", "[", "]")));
    if (!broken.isEmpty()) {
      b.append("; broken ").append(broken);
    }
    return b.toString();
  }

  static String describe(Scorecard c) {
    return c.interviewerId()
        + "@"
        + c.panelRoleId()
        + (c.candidateId().equals("cand-1") ? "" : " about " + c.candidateId())
        + " "
        + c.ratings().stream()
            .map(r -> r.competencyId() + "=" + r.level())
            .collect(Collectors.joining(" ", "{", "}"));
  }
}
