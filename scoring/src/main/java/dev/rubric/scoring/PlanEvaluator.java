package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.json.RubricJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Evaluator} bound to one validated plan, with the plan's lookup tables built once: the
 * fast path for evaluating many candidates against the same plan. Immutable and thread-safe.
 */
public final class PlanEvaluator {
  /** Canonical order: candidate, seat, interviewer, submission time, then the full JSON. */
  private static final Comparator<Scorecard> CANONICAL =
      Comparator.comparing(Scorecard::candidateId)
          .thenComparing(Scorecard::panelRoleId)
          .thenComparing(Scorecard::interviewerId)
          .thenComparing(Scorecard::submittedAt)
          .thenComparing(c -> RubricJson.standard().writeScorecard(c));

  private final InterviewPlan plan;
  private final Evaluator config;
  private final RatingScale scale;
  private final String[] competencyIds;
  private final String[] areas;
  private final Map<String, Integer> competencyIndex;
  private final CleanScorecards clean;

  PlanEvaluator(InterviewPlan plan, Evaluator config) {
    ValidationReport report = plan.validate();
    if (report.hasErrors()) {
      throw new IllegalArgumentException(
          format(
              "plan '%s' has %d validation errors: %s",
              plan.id(),
              report.errors().size(),
              report.errors().stream().map(Problem::toString).collect(Collectors.joining("; "))));
    }
    this.plan = plan;
    this.config = config;
    this.scale = plan.scale();
    int n = plan.competencies().size();
    this.competencyIds = new String[n];
    this.areas = new String[n];
    this.competencyIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      competencyIds[i] = plan.competencies().get(i).id();
      areas[i] = plan.competencies().get(i).area();
      competencyIndex.put(competencyIds[i], i);
    }
    this.clean = new CleanScorecards(plan);
  }

  /** {@return the plan} */
  public InterviewPlan plan() {
    return plan;
  }

  /**
   * Evaluates the candidate named by the scorecards; see {@link Evaluator#evaluate}. When
   * scorecards are given and none of them can be used, the decision is INCOMPLETE and its first
   * reason is {@link ReasonCode#NO_USABLE_SCORECARDS}, naming each rejection cause with its count.
   *
   * @param scorecards how many of their scorecards were used
   * @return the evaluation: findings, decision and the reasons for it
   */
  public Evaluation evaluate(Iterable<Scorecard> scorecards) {
    return run(null, scorecards);
  }

  /**
   * Evaluates {@code candidateId}; scorecards about anyone else are rejected.
   *
   * @param candidateId the candidate's id
   * @param scorecards how many of their scorecards were used
   * @return the evaluation: findings, decision and the reasons for it
   */
  public Evaluation evaluate(String candidateId, Iterable<Scorecard> scorecards) {
    return run(Objects.requireNonNull(candidateId, "candidateId"), scorecards);
  }

  private Evaluation run(@Nullable String candidate, Iterable<Scorecard> scorecards) {
    Objects.requireNonNull(scorecards, "scorecards");
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : scorecards) {
      cards.add(Objects.requireNonNull(c, () -> "scorecards[" + cards.size() + "]"));
    }
    cards.sort(CANONICAL);
    int n = cards.size();
    // Each card's problems: shared read-only lists until a problem is added (then copied).
    List<List<Problem>> problems = new ArrayList<>(n);
    boolean[] usable = new boolean[n];
    for (int i = 0; i < n; i++) {
      Scorecard card = cards.get(i);
      if (clean.isClean(card)) {
        problems.add(List.of());
        usable[i] = true;
      } else {
        ValidationReport r = card.validateAgainst(plan);
        problems.add(r.problems());
        usable[i] = !r.hasErrors();
      }
    }
    String chosen = candidate != null ? candidate : mostVoted(cards, usable);
    for (int i = 0; i < n; i++) {
      Scorecard c = cards.get(i);
      if (chosen != null && !c.candidateId().equals(chosen)) {
        add(
            problems,
            i,
            Problem.error(
                EvaluationProblemCodes.CANDIDATE_MISMATCH,
                "/candidateId",
                format(
                    "The scorecard is about candidate '%s', not '%s'; evaluate it with its own"
                        + " candidate.",
                    c.candidateId(), chosen)));
        usable[i] = false;
      }
    }
    // Same interviewer and seat twice: the latest (then the last in canonical order) wins.
    int[] keep = latest(cards, usable);
    for (int i = 0; i < n; i++) {
      if (usable[i] && keep[i] != i) {
        Scorecard c = cards.get(i);
        add(
            problems,
            i,
            Problem.error(
                EvaluationProblemCodes.SUPERSEDED_SCORECARD,
                "",
                format(
                    "Interviewer '%s' also submitted a scorecard for seat '%s' at %s; the"
                        + " latest one is used.",
                    c.interviewerId(), c.panelRoleId(), cards.get(keep[i]).submittedAt())));
        usable[i] = false;
      }
    }
    List<ScorecardAccount> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Problem> kept = problems.get(i);
      if (!usable[i]) {
        List<Problem> errors = new ArrayList<>(kept.size());
        for (Problem p : kept) {
          if (p.isError()) {
            errors.add(p);
          }
        }
        kept = errors;
      }
      accounts.add(ScorecardAccount.of(cards.get(i), usable[i], kept));
    }
    CompetencyScores scores = aggregate(cards, usable);
    Readiness readiness = readiness(cards, usable, scores);
    OverallScore overall = Guarded.score(config.scoring(), scores, plan.profile(), scale);
    Optional<BreadthDepthProfile> profile =
        plan.profile().breadthDepth().isPresent()
            ? Optional.of(Guarded.assess(config.breadthDepth(), scores, plan.profile(), scale))
            : Optional.empty();
    ConsensusReport consensus = Guarded.measure(config.consensus(), scores, scale);
    Findings findings = Findings.of(readiness, scores, overall, profile, consensus);
    Decision decision = Guarded.decide(config.decisionPolicy(), findings, plan);
    if (n > 0 && accounts.stream().noneMatch(ScorecardAccount::used)) {
      decision = noUsableScorecards(accounts, decision);
    }
    return Evaluation.of(
        plan.id(), plan.fingerprint(), Optional.ofNullable(chosen), accounts, findings, decision);
  }

  /**
   * The decision when scorecards were given and none is usable: INCOMPLETE, first reason {@link
   * ReasonCode#NO_USABLE_SCORECARDS} with each rejection cause and its count (and, for a
   * fingerprint mismatch, the fingerprints), then the policy's reasons when it also said
   * INCOMPLETE.
   */
  private Decision noUsableScorecards(List<ScorecardAccount> accounts, Decision decision) {
    Map<String, Integer> causes = new TreeMap<>();
    SortedSet<String> named = new TreeSet<>();
    for (ScorecardAccount a : accounts) {
      Set<String> codes = new HashSet<>();
      for (Problem p : a.problems()) {
        if (p.isError() && codes.add(p.code())) {
          causes.merge(p.code(), 1, Integer::sum);
        }
        if (p.code().equals(ProblemCodes.FINGERPRINT_MISMATCH)) {
          named.add(a.scorecard().planFingerprint());
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(causes.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()); // stable: ties by code
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("scorecards", (double) accounts.size());
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : ranked) {
      figures.put(e.getKey(), (double) e.getValue());
      String part = e.getValue() + " " + e.getKey();
      if (e.getKey().equals(ProblemCodes.FINGERPRINT_MISMATCH)) {
        part +=
            format(
                " (written against plan fingerprint %s; this plan's fingerprint is %s)",
                fingerprints(named), plan.fingerprint());
      }
      parts.add(part);
    }
    String sentence =
        format(
            "None of the %d %s can be used with plan '%s', so nothing was rated: %s.",
            accounts.size(),
            accounts.size() == 1 ? "scorecard" : "scorecards",
            plan.id(),
            String.join(", ", parts));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(ReasonCode.NO_USABLE_SCORECARDS, Optional.empty(), figures, sentence));
    if (decision.outcome() == Outcome.INCOMPLETE) {
      reasons.addAll(decision.reasons());
    }
    return Decision.of(Outcome.INCOMPLETE, reasons, decision.advice());
  }

  /** Up to three fingerprints, then how many more. */
  private static String fingerprints(SortedSet<String> named) {
    List<String> shown = named.stream().limit(3).collect(Collectors.toList());
    String listed = String.join(", ", shown);
    return named.size() > 3 ? listed + format(" and %d more", named.size() - 3) : listed;
  }

  private static void add(List<List<Problem>> problems, int i, Problem problem) {
    List<Problem> more = new ArrayList<>(problems.get(i));
    more.add(problem);
    problems.set(i, more);
  }

  /**
   * The candidate id held by the most usable scorecards, the smallest id on a tie; null when none
   * is usable.
   */
  private static @Nullable String mostVoted(List<Scorecard> cards, boolean[] usable) {
    String only = null;
    boolean one = true;
    for (int i = 0; i < cards.size() && one; i++) {
      if (usable[i]) {
        String id = cards.get(i).candidateId();
        one = only == null || only.equals(id);
        only = id;
      }
    }
    if (one) {
      return only; // the usual packet: every usable scorecard names the same candidate
    }
    Map<String, Integer> votes = new TreeMap<>();
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        votes.merge(cards.get(i).candidateId(), 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) { // ascending ids: ties keep the smallest
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * For each usable scorecard, the index of the one kept for its interviewer and seat: walking in
   * canonical order, a later scorecard replaces the kept one unless it was submitted earlier.
   */
  private static int[] latest(List<Scorecard> cards, boolean[] usable) {
    int n = cards.size();
    int[] keep = new int[n];
    Arrays.fill(keep, -1);
    for (int i = 0; i < n; i++) {
      if (!usable[i] || keep[i] >= 0) {
        continue;
      }
      Scorecard first = cards.get(i);
      int kept = i;
      for (int j = i + 1; j < n; j++) {
        if (usable[j] && sameSeatAndInterviewer(first, cards.get(j))) {
          if (!cards.get(j).submittedAt().isBefore(cards.get(kept).submittedAt())) {
            kept = j;
          }
        }
      }
      keep[i] = kept;
      for (int j = i + 1; j < n; j++) {
        if (usable[j] && sameSeatAndInterviewer(first, cards.get(j))) {
          keep[j] = kept;
        }
      }
    }
    return keep;
  }

  private static boolean sameSeatAndInterviewer(Scorecard a, Scorecard b) {
    return a.interviewerId().equals(b.interviewerId()) && a.panelRoleId().equals(b.panelRoleId());
  }

  /** Flat arrays: ratings grouped by competency index, sorted canonically within each group. */
  private CompetencyScores aggregate(List<Scorecard> cards, boolean[] usable) {
    int m = competencyIds.length;
    int[] count = new int[m + 1];
    int total = 0;
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        List<Rating> ratings = cards.get(i).ratings();
        for (int k = 0; k < ratings.size(); k++) {
          Rating r = ratings.get(k);
          count[index(r) + 1]++;
          total++;
        }
      }
    }
    for (int c = 0; c < m; c++) {
      count[c + 1] += count[c]; // count[c] is now the start of competency c
    }
    int[] levels = new int[total];
    String[] ids = new String[total];
    String[] seats = new String[total];
    int[] next = count.clone();
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        Scorecard card = cards.get(i);
        List<Rating> ratings = card.ratings();
        for (int k = 0; k < ratings.size(); k++) {
          Rating r = ratings.get(k);
          int at = next[index(r)]++;
          levels[at] = r.level();
          ids[at] = card.interviewerId();
          seats[at] = card.panelRoleId();
        }
      }
    }
    CompetencyAggregator aggregator = config.aggregator();
    List<CompetencyScore> out = new ArrayList<>(m);
    for (int c = 0; c < m; c++) {
      int from = count[c];
      int size = count[c + 1] - from;
      if (size == 0) {
        out.add(CompetencyScore.of(competencyIds[c], areas[c], OptionalDouble.empty(), List.of()));
        continue;
      }
      Sorting.sort(levels, null, ids, seats, from, size);
      RatingSample sample =
          new RatingSample(competencyIds[c], scale, levels, null, ids, seats, from, size);
      double score = Guarded.aggregate(aggregator, sample);
      ImmutableList.Builder<RaterLevel> raters = ImmutableList.builderWithExpectedSize(size);
      for (int k = 0; k < size; k++) {
        raters.add(RaterLevel.of(ids[from + k], seats[from + k], levels[from + k]));
      }
      out.add(
          CompetencyScore.of(competencyIds[c], areas[c], OptionalDouble.of(score), raters.build()));
    }
    return CompetencyScores.of(Guarded.name(aggregator), out);
  }

  /** The index of a validated rating's competency. */
  private int index(Rating r) {
    Integer i = competencyIndex.get(r.competencyId());
    if (i == null) {
      throw new IllegalStateException("validated rating of unknown competency " + r.competencyId());
    }
    return i;
  }

  private Readiness readiness(List<Scorecard> cards, boolean[] usable, CompetencyScores scores) {
    List<String> owed = new ArrayList<>();
    List<PanelRole> seats = plan.panelRoles();
    for (int k = 0; k < seats.size(); k++) {
      PanelRole seat = seats.get(k);
      boolean has = false;
      for (int i = 0; i < cards.size() && !has; i++) {
        has = usable[i] && cards.get(i).panelRoleId().equals(seat.id());
      }
      if (!has) {
        owed.add(seat.id());
      }
    }
    List<String> unrated = new ArrayList<>();
    List<CompetencyRequirement> requirements = plan.profile().requirements();
    for (int k = 0; k < requirements.size(); k++) {
      CompetencyRequirement r = requirements.get(k);
      Integer at = competencyIndex.get(r.competencyId()); // scores are in plan order
      if (at == null || scores.scores().get(at).ratings().isEmpty()) {
        unrated.add(r.competencyId());
      }
    }
    return Readiness.of(owed, unrated);
  }

  @Override
  public String toString() {
    return "PlanEvaluator{plan=" + plan.id() + ", " + config + "}";
  }
}
