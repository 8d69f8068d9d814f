package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ScorecardValidator;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ScorecardTrees;
import dev.rubric.core.internal.util.Quoting;
import dev.rubric.core.internal.util.Spellings;
import dev.rubric.scoring.agreement.Coefficient;
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
  /**
   * Canonical order: candidate, seat, interviewer, submission time, then the full JSON (written
   * only for two scorecards equal in all four).
   */
  private static final Comparator<Scorecard> CANONICAL = PlanEvaluator::canonicalOrder;

  private static int canonicalOrder(Scorecard a, Scorecard b) {
    int c = compare(a.candidateId(), b.candidateId());
    if (c == 0) {
      c = compare(a.panelRoleId(), b.panelRoleId());
    }
    if (c == 0) {
      c = compare(a.interviewerId(), b.interviewerId());
    }
    if (c == 0) {
      c = a.submittedAt().compareTo(b.submittedAt());
    }
    if (c == 0 && a != b) {
      // The trees, not RubricJson's writer: that refuses a lone surrogate, which a scorecard built
      // in code may hold and the evaluator reports.
      c =
          JsonTrees.pretty(ScorecardTrees.write(a))
              .compareTo(JsonTrees.pretty(ScorecardTrees.write(b)));
    }
    return c;
  }

  /** {@code a.compareTo(b)}, at once for the one string: a packet's cards share their ids. */
  @SuppressWarnings("ReferenceEquality") // a shortcut only: distinct equal strings still give 0
  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private final InterviewPlan plan;
  private final Strategies strategies;
  private final RatingScale scale;
  private final String[] competencyIds;
  private final String[] areas;
  private final Map<String, Integer> competencyIndex;

  /** The plan position of each requirement's competency, -1 for none (refused by validation). */
  private final int[] requirementAt;

  private final ScorecardValidator rules;
  private final Optional<java.time.Instant> approvedAt;
  private final Set<String> shadowSeats;

  PlanEvaluator(InterviewPlan plan, Strategies strategies) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(strategies, "strategies");
    ValidationReport report = plan.validate();
    if (report.hasErrors()) {
      throw new IllegalArgumentException(
          format(
              "plan '%s' has %d validation %s: %s",
              VisibleText.of(plan.id()),
              report.errors().size(),
              report.errors().size() == 1 ? "error" : "errors",
              report.errors().stream().map(Problem::toString).collect(Collectors.joining("; "))));
    }
    strategies.decisionPolicy().checkAgainst(plan);
    this.plan = plan;
    this.strategies = strategies;
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
    List<CompetencyRequirement> requirements = plan.profile().requirements();
    this.requirementAt = new int[requirements.size()];
    for (int k = 0; k < requirementAt.length; k++) {
      requirementAt[k] = competencyIndex.getOrDefault(requirements.get(k).competencyId(), -1);
    }
    this.rules = ScorecardValidator.compile(plan);
    this.approvedAt = plan.approvedAt();
    Set<String> shadow = new HashSet<>();
    for (PanelRole seat : plan.panelRoles()) {
      if (seat.shadow()) {
        shadow.add(seat.id());
      }
    }
    this.shadowSeats = Set.copyOf(shadow);
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
   * @param scorecards the candidate's scorecards, in any order; each is accounted for as used or
   *     rejected
   * @return the evaluation: findings, decision and the reasons for it
   */
  public Evaluation evaluate(Iterable<Scorecard> scorecards) {
    return run(null, scorecards, EvaluationContext.none());
  }

  /**
   * Evaluates {@code candidateId}; scorecards about anyone else are rejected.
   *
   * @param candidateId the candidate's id
   * @param scorecards the candidate's scorecards, in any order; each is accounted for as used or
   *     rejected
   * @return the evaluation: findings, decision and the reasons for it
   */
  public Evaluation evaluate(String candidateId, Iterable<Scorecard> scorecards) {
    return run(
        Objects.requireNonNull(candidateId, "candidateId"), scorecards, EvaluationContext.none());
  }

  /**
   * Evaluates the candidate named by the scorecards as of the caller's clock: see {@link
   * Evaluator#evaluate(InterviewPlan, Iterable, EvaluationContext)}.
   *
   * @param scorecards the scorecards
   * @param context the caller's clock and debrief time
   * @return the evaluation
   * @throws NullPointerException if an argument or a scorecard is null
   * @throws StrategyException if a strategy breaks its contract
   */
  public Evaluation evaluate(Iterable<Scorecard> scorecards, EvaluationContext context) {
    return run(null, scorecards, Objects.requireNonNull(context, "context"));
  }

  /**
   * Evaluates {@code candidateId} as of the caller's clock; scorecards about anyone else are
   * rejected.
   *
   * @param candidateId the candidate
   * @param scorecards the scorecards
   * @param context the caller's clock and debrief time
   * @return the evaluation
   * @throws NullPointerException if an argument or a scorecard is null
   * @throws StrategyException if a strategy breaks its contract
   */
  public Evaluation evaluate(
      String candidateId, Iterable<Scorecard> scorecards, EvaluationContext context) {
    return run(
        Objects.requireNonNull(candidateId, "candidateId"),
        scorecards,
        Objects.requireNonNull(context, "context"));
  }

  private Evaluation run(
      @Nullable String candidate, Iterable<Scorecard> scorecards, EvaluationContext context) {
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
    // Card i's ratings are at first[i]..first[i + 1] - 1 of competencyOf, which holds the plan
    // position of each rating's competency for every card that passes validation.
    int[] first = new int[n + 1];
    for (int i = 0; i < n; i++) {
      first[i + 1] = first[i] + cards.get(i).ratings().size();
    }
    int[] competencyOf = new int[first[n]];
    for (int i = 0; i < n; i++) {
      Scorecard card = cards.get(i);
      if (rules.isClean(card, competencyOf, first[i])) {
        problems.add(List.of());
        usable[i] = true;
      } else {
        ValidationReport r = rules.validate(card);
        problems.add(r.problems());
        usable[i] = !r.hasErrors();
        if (usable[i]) { // advice only: its ratings are all on the plan, looked up here
          List<Rating> ratings = card.ratings();
          for (int k = 0; k < ratings.size(); k++) {
            competencyOf[first[i] + k] = index(ratings.get(k));
          }
        }
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
                    "The scorecard is about candidate %s, not %s; evaluate it with its own"
                        + " candidate.",
                    Quoting.quoted(c.candidateId()), Quoting.quoted(chosen))));
        usable[i] = false;
      }
    }
    // Same interviewer and seat twice: the latest (then the last in canonical order) wins; an
    // exact copy of the one kept is a duplicate, not an earlier version.
    // A revision submitted after the debrief (when such scorecards are left out) never replaces
    // the scorecard written before it: the independent one stays in the decision and on the
    // timeline, the revision is listed with SUBMITTED_AFTER_DEBRIEF. So the latest is chosen among
    // the scorecards from before the debrief and, apart, among those after it.
    boolean[] late = leftOutAfterDebrief(cards, usable, context);
    boolean[] early = usable.clone();
    for (int i = 0; i < n; i++) {
      early[i] &= !late[i];
    }
    int[] keep = latest(cards, early);
    int[] keepLate = latest(cards, late);
    for (int i = 0; i < n; i++) {
      if (late[i]) {
        keep[i] = keepLate[i];
      }
    }
    for (int i = 0; i < n; i++) {
      if (usable[i] && keep[i] != i) {
        Scorecard c = cards.get(i);
        if (c.equals(cards.get(keep[i]))) {
          add(
              problems,
              i,
              Problem.error(
                  EvaluationProblemCodes.DUPLICATE_SCORECARD,
                  "",
                  "An identical copy of this scorecard is also given; identical copies count as one."));
          usable[i] = false;
          continue;
        }
        add(
            problems,
            i,
            Problem.error(
                EvaluationProblemCodes.SUPERSEDED_SCORECARD,
                "",
                superseded(c, cards.get(keep[i]), late[keep[i]])));
        usable[i] = false;
      }
    }
    caseVariants(cards, usable, problems);
    // The process: shadow seats, the debrief, the plan's approval. Every card still usable here is
    // on the candidate's timeline, whatever becomes of it below.
    List<Scorecard> onTimeline = new ArrayList<>();
    boolean[] calibrationOnly = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (usable[i]) {
        if (!late[i] || !hasEarlierVersion(cards, early, i)) {
          onTimeline.add(cards.get(i));
        }
        process(cards.get(i), i, problems, usable, calibrationOnly, context);
      }
    }
    CompetencyScores scores = aggregate(cards, usable, first, competencyOf);
    Readiness readiness = readiness(cards, usable, scores, onTimeline, context);
    OverallScore overall = strategies.scoring().score(scores, plan.profile(), scale);
    Optional<BreadthDepthProfile> profile =
        plan.profile().breadthDepth().isPresent()
            ? Optional.of(strategies.breadthDepth().assess(scores, plan.profile(), scale))
            : Optional.empty();
    ConsensusReport consensus = strategies.consensus().measure(scores, scale);
    Findings findings =
        Findings.of(readiness, scores, overall, profile, consensus, recommendations(cards, usable));
    Decision decision =
        Concerns.attach(
            strategies.decisionPolicy().decide(findings, plan),
            findings,
            plan,
            hasClock(context) ? ProcessTimeline.advice(readiness.timeline()) : List.of());
    if (n > 0 && noneUsed(usable)) {
      List<ScorecardAccount> accounts = accounts(cards, problems, usable, calibrationOnly);
      return Evaluation.of(
          plan.id(),
          plan.fingerprint(),
          Optional.ofNullable(chosen),
          accounts,
          findings,
          noUsableScorecards(accounts, !onTimeline.isEmpty(), decision));
    }
    // Listed on first use: the evidence advice on used scorecards never changes the decision.
    return Evaluation.listing(
        plan.id(),
        plan.fingerprint(),
        Optional.ofNullable(chosen),
        () -> accounts(cards, problems, usable, calibrationOnly),
        findings,
        decision);
  }

  /**
   * What became of each scorecard: a rejected one keeps its errors, a used one its advice followed
   * by the evidence rules' advice.
   */
  private List<ScorecardAccount> accounts(
      List<Scorecard> cards,
      List<List<Problem>> problems,
      boolean[] usable,
      boolean[] calibrationOnly) {
    int n = cards.size();
    ScorecardAccount[] accounts = new ScorecardAccount[n];
    for (int i = 0; i < n; i++) {
      List<Problem> kept = problems.get(i);
      if (calibrationOnly[i]) {
        accounts[i] = ScorecardAccount.calibrationOnly(cards.get(i), kept);
        continue;
      }
      if (!usable[i]) {
        List<Problem> errors = new ArrayList<>(kept.size());
        for (Problem p : kept) {
          if (p.isError()) {
            errors.add(p);
          }
        }
        kept = errors;
      } else {
        kept = withEvidenceAdvice(cards.get(i), kept);
      }
      accounts[i] = ScorecardAccount.of(cards.get(i), usable[i], kept);
    }
    return List.of(accounts);
  }

  /** {@code problems} of a used scorecard followed by the advice of the evidence rules. */
  private List<Problem> withEvidenceAdvice(Scorecard card, List<Problem> problems) {
    List<Problem> advice = strategies.evidence().advise(card, problems);
    if (advice.isEmpty()) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems);
    out.addAll(advice);
    return out;
  }

  /** Each used scorecard's interviewer with their recommendation and ratings against the line. */
  private PanelRecommendations recommendations(List<Scorecard> cards, boolean[] usable) {
    int used = 0;
    for (boolean u : usable) {
      used += u ? 1 : 0;
    }
    // Filled to the last element, then handed over as a List.of list, which the value keeps.
    InterviewerRecommendation[] out = new InterviewerRecommendation[used];
    int next = 0;
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        Scorecard c = cards.get(i);
        List<Rating> ratings = c.ratings();
        int line = scale.hireLine();
        int below = 0;
        for (int k = 0; k < ratings.size(); k++) {
          if (ratings.get(k).level() < line) {
            below++;
          }
        }
        out[next++] =
            InterviewerRecommendation.of(
                c.interviewerId(),
                c.panelRoleId(),
                c.overallRecommendation(),
                below,
                c.ratings().size() - below);
      }
    }
    return PanelRecommendations.of(List.of(out));
  }

  /**
   * The decision when scorecards were given and none is usable: INCOMPLETE, first reason {@link
   * ReasonCode#NO_USABLE_SCORECARDS} with each rejection cause and its count (and, for a
   * fingerprint mismatch, the fingerprints; a shadow seat's scorecard, which has no error, counts
   * as {@code SHADOW_SEAT}), so that the counts account for every scorecard given, then the
   * policy's reasons when it also said INCOMPLETE.
   */
  private Decision noUsableScorecards(
      List<ScorecardAccount> accounts, boolean someRated, Decision decision) {
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
      if (codes.isEmpty() && a.calibrationOnly()) {
        // No error: set aside by its seat, so its cause is the shadow seat, counted like the rest.
        causes.merge(EvaluationProblemCodes.SHADOW_SEAT, 1, Integer::sum);
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
                " (written against plan fingerprint %s; this plan's fingerprint is %s, its"
                    + " scoring fingerprint %s)",
                fingerprints(named), plan.fingerprint(), plan.scoringFingerprint());
      }
      parts.add(part);
    }
    String sentence =
        format(
            "None of the %d %s can be used with plan '%s', so %s: %s.",
            accounts.size(),
            accounts.size() == 1 ? "scorecard" : "scorecards",
            plan.id(),
            // Set aside by the process (after the debrief, a shadow seat): rated, but not counted.
            someRated ? "no rating counts in the decision" : "nothing was rated",
            String.join(", ", parts));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(ReasonCode.NO_USABLE_SCORECARDS, Optional.empty(), figures, sentence));
    if (decision.outcome() == Outcome.INCOMPLETE) {
      reasons.addAll(decision.reasons());
    }
    return Decision.of(Outcome.INCOMPLETE, reasons, decision.advice());
  }

  private static boolean noneUsed(boolean[] usable) {
    for (boolean u : usable) {
      if (u) {
        return false;
      }
    }
    return true;
  }

  /** Up to three fingerprints, then how many more. */
  private static String fingerprints(SortedSet<String> named) {
    List<String> shown = named.stream().limit(3).collect(Collectors.toList());
    String listed = String.join(", ", shown);
    return named.size() > 3 ? listed + format(" and %d more", named.size() - 3) : listed;
  }

  /**
   * Why {@code older} gives way to {@code kept}, the version of its interviewer and seat that the
   * evaluation keeps, saying what becomes of that one: used; counted in calibration only (a shadow
   * seat); or, when both were submitted after the debrief began and such scorecards are left out,
   * counted by neither. Two versions submitted at the same instant are not older and newer: the one
   * kept is then the last in canonical order (by content), and the sentence says so.
   */
  private String superseded(Scorecard older, Scorecard kept, boolean keptLeftOut) {
    boolean sameTime = older.submittedAt().equals(kept.submittedAt());
    String which =
        sameTime
            ? "the one kept is chosen by content (check which one the interviewer meant) and"
            : "the latest one";
    String fate =
        keptLeftOut
            ? "was also submitted after the debrief began, so neither counts in the decision"
            : shadowSeats.contains(kept.panelRoleId())
                ? "counts in calibration only, as every scorecard of a shadow seat does"
                : "is used";
    return format(
        "Interviewer %s also submitted a scorecard for seat '%s' at %s%s; %s %s.",
        Quoting.quoted(older.interviewerId()),
        older.panelRoleId(),
        sameTime ? "the same time, " : "",
        kept.submittedAt(),
        which,
        fate);
  }

  /**
   * Adds a {@code CASE_VARIANT_ID} advice to each usable scorecard whose seat also holds a usable
   * scorecard by an interviewer id that differs from its own only in letter case ({@code IV-01} and
   * {@code iv-01}): ids are compared exactly, so both are used, as two interviewers', which counts
   * one person twice when they are one. A seat's scorecards stand together in canonical order, so
   * only those are compared.
   */
  private static void caseVariants(
      List<Scorecard> cards, boolean[] usable, List<List<Problem>> problems) {
    int n = cards.size();
    for (int from = 0; from < n; ) {
      String seat = cards.get(from).panelRoleId();
      int to = from + 1;
      while (to < n && cards.get(to).panelRoleId().equals(seat)) {
        to++;
      }
      for (int i = from; i < to; i++) {
        for (int j = i + 1; j < to; j++) {
          String a = cards.get(i).interviewerId();
          String b = cards.get(j).interviewerId();
          if (usable[i] && usable[j] && Spellings.differOnlyInCase(a, b)) {
            add(problems, i, caseVariant(a, b, seat));
            add(problems, j, caseVariant(b, a, seat));
          }
        }
      }
      from = to;
    }
  }

  private static Problem caseVariant(String id, String other, String seat) {
    return Problem.advice(
        EvaluationProblemCodes.CASE_VARIANT_ID,
        "/interviewerId",
        format(
            "Interviewer %s and interviewer %s each submitted a scorecard for seat '%s', and their"
                + " ids differ only in letter case: ids are compared exactly, so both scorecards are"
                + " used, as two interviewers'. If they are one person, give their scorecards one"
                + " spelling; the later one then supersedes the earlier.",
            Quoting.quoted(id), Quoting.quoted(other), seat));
  }

  /**
   * Applies the process rules to a scorecard that passed validation: a shadow seat's scorecard is
   * for calibration only; one submitted after the debrief is set aside (unless the caller counts
   * it); one whose interview preceded the plan's approval is flagged.
   */
  private void process(
      Scorecard c,
      int i,
      List<List<Problem>> problems,
      boolean[] usable,
      boolean[] calibrationOnly,
      EvaluationContext context) {
    if (shadowSeats.contains(c.panelRoleId())) {
      add(
          problems,
          i,
          Problem.advice(
              EvaluationProblemCodes.SHADOW_SEAT,
              "/panelRoleId",
              format(
                  "Seat '%s' is a shadow seat: this scorecard counts in calibration only, never in"
                      + " the decision.",
                  c.panelRoleId())));
      usable[i] = false;
      calibrationOnly[i] = true;
    }
    Optional<java.time.Instant> debrief = context.debriefAt();
    if (debrief.isPresent() && c.submittedAt().isAfter(debrief.get())) {
      String sentence =
          format(
              "Submitted at %s, after the debrief began at %s, so it is no longer independent;"
                  + " %s.",
              c.submittedAt(),
              debrief.get(),
              context.countSubmittedAfterDebrief()
                  ? "it is counted as the caller asked"
                  : "it is listed but left out of the decision");
      boolean counted = context.countSubmittedAfterDebrief() || calibrationOnly[i];
      add(
          problems,
          i,
          counted
              ? Problem.advice(
                  EvaluationProblemCodes.SUBMITTED_AFTER_DEBRIEF, "/submittedAt", sentence)
              : Problem.error(
                  EvaluationProblemCodes.SUBMITTED_AFTER_DEBRIEF, "/submittedAt", sentence));
      usable[i] &= counted;
    }
    Optional<java.time.Instant> asOf = context.asOf();
    if (asOf.isPresent() && c.submittedAt().isAfter(asOf.get())) {
      add(
          problems,
          i,
          Problem.advice(
              EvaluationProblemCodes.SUBMITTED_AFTER_AS_OF,
              "/submittedAt",
              format(
                  "Submitted at %s, after the time the evaluation is made as of (%s): the clock"
                      + " given is earlier than this scorecard, so its deadlines are not judged"
                      + " against it; check the clock.",
                  c.submittedAt(), asOf.get())));
    }
    Optional<java.time.Instant> approved = approvedAt;
    java.time.Instant heldAt = c.interviewedAt().orElse(c.submittedAt());
    if (approved.isPresent() && heldAt.isBefore(approved.get())) {
      add(
          problems,
          i,
          Problem.advice(
              EvaluationProblemCodes.INTERVIEWED_BEFORE_APPROVAL,
              c.interviewedAt().isPresent() ? "/interviewedAt" : "/submittedAt",
              c.interviewedAt().isPresent()
                  ? format(
                      "The interview (%s) took place before the plan was approved (%s): the"
                          + " scoring criteria were not yet agreed.",
                      heldAt, approved.get())
                  // Without an interview time, the submission bounds it: never shown as the
                  // interview's own time.
                  : format(
                      "The scorecard was submitted (%s) before the plan was approved (%s), so its"
                          + " interview took place before that too: the scoring criteria were not"
                          + " yet agreed.",
                      heldAt, approved.get())));
    }
  }

  private static void add(List<List<Problem>> problems, int i, Problem problem) {
    List<Problem> more = new ArrayList<>(problems.get(i));
    more.add(problem);
    problems.set(i, more);
  }

  /**
   * The candidate id held by usable scorecards from the most interviewer-and-seat pairs, the
   * smallest id on a tie; null when none is usable.
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
    // A vote is an interviewer and seat: copies and drafts of one scorecard count once, so giving
    // a packet twice, or a draft beside its final version, never changes who is evaluated.
    Map<String, Set<List<String>>> votes = new TreeMap<>();
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        Scorecard c = cards.get(i);
        votes
            .computeIfAbsent(c.candidateId(), id -> new HashSet<>())
            .add(List.of(c.interviewerId(), c.panelRoleId()));
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Set<List<String>>> e : votes.entrySet()) { // ascending ids: ties keep
      if (e.getValue().size() > most) { // the smallest
        best = e.getKey();
        most = e.getValue().size();
      }
    }
    return best;
  }

  /**
   * For each usable scorecard, the index of the one kept for its interviewer and seat: the last of
   * them in canonical order, which orders them by submission time.
   */
  private static int[] latest(List<Scorecard> cards, boolean[] usable) {
    // The usable scorecards of one interviewer and seat are adjacent in canonical order (every
    // usable one is about the same candidate): walking backwards, each group's last comes first.
    int[] keep = new int[cards.size()];
    Arrays.fill(keep, -1);
    int kept = -1;
    for (int i = cards.size() - 1; i >= 0; i--) {
      if (usable[i]) {
        if (kept < 0 || !sameSeatAndInterviewer(cards.get(i), cards.get(kept))) {
          kept = i;
        }
        keep[i] = kept;
      }
    }
    return keep;
  }

  /**
   * The usable scorecards submitted after the debrief that the decision leaves out: none when the
   * context has no debrief or counts them; a shadow seat's are counted in calibration anyway.
   */
  private boolean[] leftOutAfterDebrief(
      List<Scorecard> cards, boolean[] usable, EvaluationContext context) {
    boolean[] late = new boolean[cards.size()];
    Optional<java.time.Instant> debrief = context.debriefAt();
    if (debrief.isEmpty() || context.countSubmittedAfterDebrief()) {
      return late;
    }
    for (int i = 0; i < cards.size(); i++) {
      Scorecard c = cards.get(i);
      late[i] =
          usable[i]
              && c.submittedAt().isAfter(debrief.get())
              && !shadowSeats.contains(c.panelRoleId());
    }
    return late;
  }

  /** Whether a scorecard of {@code i}'s interviewer and seat is among {@code kept}. */
  private static boolean hasEarlierVersion(List<Scorecard> cards, boolean[] kept, int i) {
    for (int j = 0; j < cards.size(); j++) {
      if (kept[j] && sameSeatAndInterviewer(cards.get(i), cards.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSeatAndInterviewer(Scorecard a, Scorecard b) {
    return a.interviewerId().equals(b.interviewerId()) && a.panelRoleId().equals(b.panelRoleId());
  }

  /**
   * Flat arrays: ratings grouped by competency index, sorted canonically within each group. Card
   * {@code i}'s ratings name the competencies {@code competencyOf[first[i]..first[i + 1] - 1]}.
   */
  private CompetencyScores aggregate(
      List<Scorecard> cards, boolean[] usable, int[] first, int[] competencyOf) {
    int m = competencyIds.length;
    int total = 0;
    int[] count = new int[m + 1];
    for (int i = 0; i < cards.size(); i++) {
      if (usable[i]) {
        for (int at = first[i]; at < first[i + 1]; at++) {
          count[competencyOf[at] + 1]++;
        }
        total += first[i + 1] - first[i];
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
          int to = next[competencyOf[first[i] + k]]++;
          levels[to] = ratings.get(k).level();
          ids[to] = card.interviewerId();
          seats[to] = card.panelRoleId();
        }
      }
    }
    Guarded.Aggregator aggregator = strategies.aggregator();
    // Filled to the last element, then handed over as a List.of list, which the value keeps.
    CompetencyScore[] out = new CompetencyScore[m];
    for (int c = 0; c < m; c++) {
      int from = count[c];
      int size = count[c + 1] - from;
      if (size == 0) {
        out[c] =
            CompetencyScore.of(
                competencyIds[c], areas[c], CompetencyScore.notRated(competencyIds[c]), List.of());
        continue;
      }
      Sorting.sort(levels, null, ids, seats, from, size);
      RatingSample sample =
          new RatingSample(competencyIds[c], scale, levels, null, ids, seats, from, size);
      double score = aggregator.aggregate(sample);
      // A view of this competency's part of the arrays, sorted above and never written again,
      // which the value (and the consensus after it) keeps without a copy.
      out[c] =
          CompetencyScore.of(
              competencyIds[c],
              areas[c],
              Coefficient.of(score),
              new RaterLevels(ids, seats, levels, from, size));
    }
    return CompetencyScores.of(aggregator.name(), List.of(out));
  }

  /** The index of a validated rating's competency. */
  private int index(Rating r) {
    Integer i = competencyIndex.get(r.competencyId());
    if (i == null) {
      throw new IllegalStateException("validated rating of unknown competency " + r.competencyId());
    }
    return i;
  }

  private Readiness readiness(
      List<Scorecard> cards,
      boolean[] usable,
      CompetencyScores scores,
      List<Scorecard> onTimeline,
      EvaluationContext context) {
    List<String> owed = new ArrayList<>();
    List<PanelRole> seats = plan.panelRoles();
    for (int k = 0; k < seats.size(); k++) {
      PanelRole seat = seats.get(k);
      if (seat.shadow()) {
        continue; // a shadow seat is never owed: its scorecards do not count in the decision
      }
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
      int at = requirementAt[k]; // scores are in plan order
      if (at < 0 || scores.scores().get(at).ratings().isEmpty()) {
        unrated.add(requirements.get(k).competencyId());
      }
    }
    if (hasClock(context)) {
      return Readiness.of(owed, unrated, ProcessTimeline.of(plan, onTimeline, owed, context));
    }
    // Without a clock nothing on the timeline is overdue, so no reason comes from it: it is laid
    // out when it is read. The lists it captures are this evaluation's own, never changed again.
    return Readiness.layingOut(
        owed, unrated, () -> ProcessTimeline.of(plan, onTimeline, owed, context));
  }

  /**
   * Whether the caller gave a clock ({@code asOf} or a debrief time): only then can a scorecard or
   * the decision be overdue (see {@link ProcessTimeline#advice}).
   */
  private static boolean hasClock(EvaluationContext context) {
    return context.asOf().isPresent() || context.debriefAt().isPresent();
  }

  @Override
  public String toString() {
    return "PlanEvaluator{plan=" + plan.id() + ", Evaluator{" + strategies + "}}";
  }
}
