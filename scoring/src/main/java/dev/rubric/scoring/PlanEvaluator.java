package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.json.RubricJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
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
    plan.fingerprint();
  }

  /** The plan. */
  public InterviewPlan plan() {
    return plan;
  }

  /** Evaluates the candidate named by the scorecards; see {@link Evaluator#evaluate}. */
  public Evaluation evaluate(Iterable<Scorecard> scorecards) {
    return run(null, scorecards);
  }

  /** Evaluates {@code candidateId}; scorecards about anyone else are rejected. */
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
    List<List<Problem>> problems = new ArrayList<>(n);
    boolean[] usable = new boolean[n];
    Map<String, Integer> votes = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      ValidationReport r = cards.get(i).validateAgainst(plan);
      problems.add(new ArrayList<>(r.problems()));
      usable[i] = !r.hasErrors();
      if (usable[i]) {
        votes.merge(cards.get(i).candidateId(), 1, Integer::sum);
      }
    }
    String chosen = candidate != null ? candidate : mostVoted(votes);
    for (int i = 0; i < n; i++) {
      Scorecard c = cards.get(i);
      if (chosen != null && !c.candidateId().equals(chosen)) {
        problems
            .get(i)
            .add(
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
    Map<String, Integer> latest = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (usable[i]) {
        String key = cards.get(i).interviewerId() + "\u0000" + cards.get(i).panelRoleId();
        Integer prev = latest.get(key);
        if (prev == null || !cards.get(i).submittedAt().isBefore(cards.get(prev).submittedAt())) {
          latest.put(key, i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (usable[i]) {
        Scorecard c = cards.get(i);
        int keep = latest.getOrDefault(c.interviewerId() + "\u0000" + c.panelRoleId(), i);
        if (keep != i) {
          problems
              .get(i)
              .add(
                  Problem.error(
                      EvaluationProblemCodes.SUPERSEDED_SCORECARD,
                      "",
                      format(
                          "Interviewer '%s' also submitted a scorecard for seat '%s' at %s; the"
                              + " latest one is used.",
                          c.interviewerId(), c.panelRoleId(), cards.get(keep).submittedAt())));
          usable[i] = false;
        }
      }
    }
    List<ScorecardAccount> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Problem> kept = problems.get(i);
      if (!usable[i]) {
        kept = kept.stream().filter(Problem::isError).collect(Collectors.toList());
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
    return Evaluation.of(
        plan.id(), plan.fingerprint(), Optional.ofNullable(chosen), accounts, findings, decision);
  }

  private static @Nullable String mostVoted(Map<String, Integer> votes) {
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

  /** Flat arrays: ratings grouped by competency index, sorted canonically within each group. */
  private CompetencyScores aggregate(List<Scorecard> cards, boolean[] usable) {
    int m = competencyIds.length;
    int[] count = new int[m + 1];
    int total = 0;
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        for (Rating r : cards.get(i).ratings()) {
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
        for (Rating r : card.ratings()) {
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
      RaterLevel[] raters = new RaterLevel[size];
      for (int k = 0; k < size; k++) {
        raters[k] = RaterLevel.of(ids[from + k], seats[from + k], levels[from + k]);
      }
      out.add(
          CompetencyScore.of(
              competencyIds[c], areas[c], OptionalDouble.of(score), ImmutableList.copyOf(raters)));
    }
    return CompetencyScores.of(aggregator.name(), out);
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
    for (var seat : plan.panelRoles()) {
      boolean has = false;
      for (int i = 0; i < cards.size() && !has; i++) {
        has = usable[i] && cards.get(i).panelRoleId().equals(seat.id());
      }
      if (!has) {
        owed.add(seat.id());
      }
    }
    List<String> unrated = new ArrayList<>();
    for (CompetencyRequirement r : plan.profile().requirements()) {
      if (scores.get(r.competencyId()).map(s -> s.ratings().isEmpty()).orElse(true)) {
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
