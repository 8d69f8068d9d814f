package dev.rubric.testkit.domain;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Tuple.Pair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/** Builds scorecards, packets and histories that are valid against a given plan. */
final class ScorecardGenerator {
  /** 2020-01-01T00:00:00Z, the earliest submission time generated. */
  private static final long EPOCH_2020 = 1_577_836_800L;

  private ScorecardGenerator() {}

  static String candidate(int n) {
    return "candidate-" + n;
  }

  static String interviewer(int n) {
    return "interviewer-" + n;
  }

  /** Free-text evidence, blank or not. */
  static final Gen<String> EVIDENCE =
      Gen.frequency(1, Gen.constant(""), 3, PlanGenerator.text(0, 40));

  /** Evidence from a few fixed sentences: cheap to draw for long histories. */
  static final Gen<String> SHORT_EVIDENCE =
      Gen.frequency(
          1,
          Gen.constant(""),
          3,
          Gen.elements(
              "Described the canary rollout and its rollback trigger.",
              "Could not say how drift was detected.",
              "Explained feature store versioning, with \"quotes\" and é."));

  static Gen<Scorecard> forSeat(
      InterviewPlan plan, PanelRole seat, String candidateId, String interviewerId) {
    return forSeat(plan, seat, candidateId, interviewerId, EVIDENCE);
  }

  /** A scorecard for {@code seat}: some of its competencies rated, with or without evidence. */
  static Gen<Scorecard> forSeat(
      InterviewPlan plan,
      PanelRole seat,
      String candidateId,
      String interviewerId,
      Gen<String> evidence) {
    int levels = plan.scale().size();
    int rated = seat.competencies().size();
    Gen<Optional<Pair<Integer, String>>> rating =
        Gen.frequency(
            1,
            Gen.constant(Optional.<Pair<Integer, String>>empty()),
            4,
            Gen.zip(Gen.integers(0, levels - 1), evidence).map(Optional::of));
    return Gen.zip(
            Gen.lists(rating, rated, rated),
            Gen.optionals(Gen.elements(Recommendation.values())),
            Gen.longs(0, 200_000_000L))
        .map(
            t -> {
              Scorecard.Builder card =
                  Scorecard.builder()
                      .candidateId(candidateId)
                      .interviewerId(interviewerId)
                      .panelRoleId(seat.id())
                      .planFingerprint(plan.fingerprint())
                      .overallRecommendation(t.second())
                      .submittedAt(Instant.ofEpochSecond(EPOCH_2020 + t.third()));
              for (int i = 0; i < rated; i++) {
                String competency = seat.competencies().get(i);
                t.first()
                    .get(i)
                    .ifPresent(
                        r ->
                            card.rate(
                                competency,
                                plan.scale().levels().get(r.first()).value(),
                                r.second()));
              }
              return card.build();
            });
  }

  /** Evidence with look-alike and invisible characters, blank or not. */
  static final Gen<String> HOSTILE_EVIDENCE =
      Gen.frequency(
          1,
          Gen.constant(""),
          3,
          Gen.zip(PlanGenerator.text(0, 40), Hostile.decorations())
              .map(p -> Hostile.text(p.first(), p.second())));

  /**
   * A hostile scorecard for {@code seat}: as {@link #forSeat}, with hostile evidence, and then an
   * interview time drawn after everything else (see {@link #timed}).
   */
  static Gen<Scorecard> hostileForSeat(
      InterviewPlan plan, PanelRole seat, String candidateId, String interviewerId) {
    return Gen.zip(
            forSeat(plan, seat, candidateId, interviewerId, HOSTILE_EVIDENCE),
            Gen.integers(0, 5),
            Gen.longs(0, 30L * 86_400))
        .map(t -> timed(plan, seat, t.first(), t.second(), t.third()));
  }

  /**
   * {@code card} with an interview time of the given kind, {@code seconds} before its submission or
   * after its anchor: 0 none; 1 before the submission; 2 at the instant the plan was approved and 3
   * one second before it; 4 submitted at the instant the seat's stage's feedback deadline falls due
   * and 5 one second after it. A kind whose anchor the plan lacks (no approval, no deadline) or
   * that would leave the years 0001 to 9999 is kind 1.
   */
  private static Scorecard timed(
      InterviewPlan plan, PanelRole seat, Scorecard card, int kind, long seconds) {
    if (kind == 0) {
      return card;
    }
    Instant submitted = card.submittedAt();
    Instant interviewed = submitted.minusSeconds(seconds);
    Optional<Instant> approved = plan.approvedAt();
    Optional<Duration> deadline = plan.stageOf(seat.id()).flatMap(s -> s.feedbackDueWithin());
    if ((kind == 2 || kind == 3) && approved.isPresent()) {
      interviewed = approved.get();
      if (kind == 3 && interviewed.isAfter(PlanGenerator.EARLIEST)) {
        interviewed = interviewed.minusSeconds(1);
      }
      submitted = laterOf(interviewed, seconds);
    } else if ((kind == 4 || kind == 5) && deadline.isPresent()) {
      Duration due = deadline.get().plusSeconds(kind == 5 ? 1 : 0);
      Instant from = submitted.minus(due);
      if (from.isBefore(PlanGenerator.EARLIEST)) {
        from = PlanGenerator.EARLIEST;
      }
      if (!from.plus(due).isAfter(PlanGenerator.LATEST)) {
        interviewed = from;
        submitted = from.plus(due);
      }
    }
    return Scorecard.builder().from(card).interviewedAt(interviewed).submittedAt(submitted).build();
  }

  /** {@code seconds} after {@code t}, or the latest instant a scorecard may hold. */
  private static Instant laterOf(Instant t, long seconds) {
    Duration room = Duration.between(t, PlanGenerator.LATEST);
    return room.toSeconds() < seconds ? PlanGenerator.LATEST : t.plusSeconds(seconds);
  }

  static Gen<Scorecard> hostileScorecardsFor(InterviewPlan plan) {
    return Gen.combine(
            Gen.elements(plan.panelRoles()),
            Gen.integers(1, 500),
            Gen.integers(1, 40),
            Hostile.personStyles(),
            Hostile.personStyles(),
            (seat, c, i, cs, is) ->
                hostileForSeat(
                    plan,
                    seat,
                    Hostile.person(cs, candidate(c)),
                    Hostile.person(is, interviewer(i))))
        .flatMap(g -> g);
  }

  static Gen<Packet> hostilePacketsFor(InterviewPlan plan) {
    List<PanelRole> seats = plan.panelRoles();
    return Gen.zip(Gen.integers(1, 500), Hostile.personStyles())
        .flatMap(
            p -> {
              String candidate = Hostile.person(p.second(), candidate(p.first()));
              List<Gen<Scorecard>> cards = new ArrayList<>();
              for (int k = 0; k < seats.size(); k++) {
                PanelRole seat = seats.get(k);
                String plainInterviewer = interviewer(k + 1);
                cards.add(
                    Hostile.personStyles()
                        .flatMap(
                            style ->
                                hostileForSeat(
                                    plan,
                                    seat,
                                    candidate,
                                    Hostile.person(style, plainInterviewer))));
              }
              return Sequences.all(cards)
                  .map(list -> new Packet(plan, candidate, list, Optional.empty()));
            });
  }

  static Gen<Scorecard> scorecardsFor(InterviewPlan plan) {
    return Gen.zip(Gen.elements(plan.panelRoles()), Gen.integers(1, 500), Gen.integers(1, 40))
        .flatMap(t -> forSeat(plan, t.first(), candidate(t.second()), interviewer(t.third())));
  }

  static Gen<Packet> packetsFor(InterviewPlan plan) {
    List<PanelRole> seats = plan.panelRoles();
    Gen<Optional<Integer>> missing =
        seats.size() < 2
            ? Gen.constant(Optional.empty())
            : Gen.frequency(
                3,
                Gen.constant(Optional.<Integer>empty()),
                1,
                Gen.integers(0, seats.size() - 1).map(Optional::of));
    return Gen.zip(Gen.integers(1, 500), missing)
        .flatMap(
            p -> {
              String candidate = candidate(p.first());
              List<Gen<Scorecard>> cards = new ArrayList<>();
              for (int k = 0; k < seats.size(); k++) {
                if (p.second().equals(Optional.of(k))) {
                  continue;
                }
                cards.add(forSeat(plan, seats.get(k), candidate, interviewer(k + 1)));
              }
              return Sequences.all(cards)
                  .map(
                      list ->
                          new Packet(
                              plan, candidate, list, p.second().map(k -> seats.get(k).id())));
            });
  }

  /** One candidate's visit to one seat: skipped or not, which staff member, and a second one. */
  private record Visit(boolean skipped, int staff, Optional<Integer> second) {}

  /** How many staff members a history draws its interviewers from. */
  private static final int STAFF = 10;

  /** How many candidates a history holds at most. */
  private static final int CANDIDATES = 10;

  /** The ids of a history's people: its staff members and its candidates, by number from 1. */
  private record People(IntFunction<String> interviewer, IntFunction<String> candidate) {}

  /** The plain ids: {@code interviewer-N} and {@code candidate-N}. */
  private static final People PLAIN =
      new People(ScorecardGenerator::interviewer, ScorecardGenerator::candidate);

  /** Makes one scorecard: the plan, the seat, the candidate's id and the interviewer's id. */
  private interface CardMaker {
    Gen<Scorecard> card(InterviewPlan plan, PanelRole seat, String candidate, String interviewer);
  }

  static Gen<History> historiesFor(InterviewPlan plan) {
    return historiesFor(
        plan,
        PLAIN,
        (p, seat, candidate, interviewer) ->
            forSeat(p, seat, candidate, interviewer, SHORT_EVIDENCE));
  }

  /**
   * Histories as {@link #historiesFor(InterviewPlan)} lays them out, with every person's id drawn
   * once per history in a hostile style (so a staff member keeps one id across all their
   * scorecards) and every scorecard as {@link #hostileForSeat} makes it. Now and then the people
   * come in look-alike pairs: each even-numbered person's id is the odd-numbered one's before it in
   * another style ({@code interviewer-1} and the same letters with Cyrillic {@code е}s are two
   * people), so that whatever groups, counts or prints people by id is shown two that a reader
   * cannot tell apart.
   */
  static Gen<History> hostileHistoriesFor(InterviewPlan plan) {
    Gen<List<Integer>> staff = Gen.lists(Hostile.personStyles(), STAFF, STAFF);
    Gen<List<Integer>> candidates = Gen.lists(Hostile.personStyles(), CANDIDATES, CANDIDATES);
    Gen<Boolean> pairs = Gen.frequency(3, Gen.constant(false), 1, Gen.constant(true));
    return Gen.zip(staff, candidates, pairs)
        .map(
            t ->
                new People(
                    hostileIds(t.first(), t.third(), ScorecardGenerator::interviewer),
                    hostileIds(t.second(), t.third(), ScorecardGenerator::candidate)))
        .flatMap(people -> historiesFor(plan, people, ScorecardGenerator::hostileForSeat));
  }

  /**
   * The id of person {@code n} (from 1) in {@code styles.get(n - 1)}; with {@code pairs}, an
   * even-numbered person's id is a spelling of the one before it: for persons 2, 6 and 10 that id
   * with its Latin letters swapped for Cyrillic look-alikes (or, when that one's are swapped
   * already, style 1, the plain id), which prints alike; for persons 4 and 8 that id in capitals,
   * which differs only in letter case. Ids of different people always differ: each style keeps the
   * plain id inside it and no two styles give the same text, a look-alike holds Cyrillic letters
   * that no other id holds, and only a capitalised id has no lower-case Latin letter.
   */
  private static IntFunction<String> hostileIds(
      List<Integer> styles, boolean pairs, IntFunction<String> plain) {
    return n -> {
      if (!pairs || n % 2 == 1) {
        return Hostile.person(styles.get(n - 1), plain.apply(n));
      }
      int sibling = styles.get(n - 2);
      String siblingId = Hostile.person(sibling, plain.apply(n - 1));
      if (n % 4 == 0) {
        return siblingId.toUpperCase(Locale.ROOT);
      }
      return sibling == 1 ? plain.apply(n - 1) : Hostile.lookAlike(siblingId);
    };
  }

  private static Gen<History> historiesFor(InterviewPlan plan, People people, CardMaker maker) {
    List<PanelRole> seats = plan.panelRoles();
    int n = seats.size();
    Gen<List<Integer>> staffOfSeat = Gen.lists(Gen.integers(1, STAFF), 1, 3);
    Gen<Visit> visit =
        Gen.zip(
                Gen.frequency(9, Gen.constant(false), 1, Gen.constant(true)),
                Gen.integers(0, 2),
                Gen.frequency(
                    4,
                    Gen.constant(Optional.<Integer>empty()),
                    1,
                    Gen.integers(1, 2).map(Optional::of)))
            .map(t -> new Visit(t.first(), t.second(), t.third()));
    return Gen.zip(Gen.lists(staffOfSeat, n, n), Gen.lists(Gen.lists(visit, n, n), 1, CANDIDATES))
        .flatMap(
            p -> {
              List<Gen<Scorecard>> cards = new ArrayList<>();
              for (int c = 0; c < p.second().size(); c++) {
                String candidate = people.candidate().apply(c + 1);
                for (int k = 0; k < n; k++) {
                  Visit v = p.second().get(c).get(k);
                  if (v.skipped()) {
                    continue;
                  }
                  List<Integer> staff = p.first().get(k).stream().distinct().toList();
                  int first = Sequences.pick(staff, v.staff());
                  cards.add(
                      maker.card(plan, seats.get(k), candidate, people.interviewer().apply(first)));
                  if (v.second().isPresent() && staff.size() > 1) {
                    int second = Sequences.pick(staff, v.staff() + v.second().get());
                    if (second != first) {
                      cards.add(
                          maker.card(
                              plan, seats.get(k), candidate, people.interviewer().apply(second)));
                    }
                  }
                }
              }
              return Sequences.all(cards).map(list -> new History(plan, list));
            });
  }
}
