package dev.rubric.scoring.json;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.core.ProblemCodes.JSON_MISSING_FIELD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.Severity;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.internal.json.ObjectFields.ElementReader;
import dev.rubric.core.internal.json.ParseLimits;
import dev.rubric.core.internal.json.ProblemSink;
import dev.rubric.core.internal.json.ScorecardTrees;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BarCheck;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.CompetencyScores;
import dev.rubric.scoring.ConsensusReport;
import dev.rubric.scoring.Contribution;
import dev.rubric.scoring.Decision;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.GapKind;
import dev.rubric.scoring.InterviewerRecommendation;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.OverallScore;
import dev.rubric.scoring.PanelRecommendations;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Readiness;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ReasonCode;
import dev.rubric.scoring.ScoreBasis;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.Shape;
import dev.rubric.scoring.Timeline;
import dev.rubric.scoring.TimelineEntry;
import dev.rubric.scoring.TimelineStatus;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON form of an {@link Evaluation}. Field names are camelCase and stable; enums are written
 * by their constant names ({@code HIRE}, {@code T_SHAPED}); absent optional figures are left out;
 * each scorecard is embedded in Rubric's scorecard format. The top level carries {@code
 * "schemaVersion": 1}, the interviewers' overall recommendations as {@code recommendations} (each
 * interviewer with their recommendation and ratings against the hire line, then the derived {@code
 * counts}, {@code split} and {@code rwg}; on reading, counts that do not match the interviewers are
 * a problem) and the decision's {@code concerns} beside its {@code reasons} and {@code advice}.
 * Documents written before these fields existed still read (no recommendations, no concerns).
 * Reading is strict (built on the same strict parser and field reader as {@link RubricJson}): every
 * fault is a located {@link Problem}, never an exception; integers are read from their exact
 * decimal text; bytes that are not UTF-8 and strings holding a lone surrogate are refused; at most
 * {@link dev.rubric.core.json.JsonLimits#maxProblems()} problems are reported, then one saying how
 * many more. Writing then reading gives an equal evaluation, every string included. Stateless and
 * thread-safe.
 *
 * <p>The embedded scorecards are written and read by the code that writes and reads {@link
 * RubricJson}'s scorecard documents, straight from the document's tree (a problem in one is located
 * under its {@code /scorecards/i/scorecard}). The {@code schemaVersion} at the top is required and
 * checked as {@link RubricJson} checks it: a missing or other version is the same {@code
 * JSON_UNSUPPORTED_VERSION} problem, with the same message, as in a plan or scorecard.
 */
public final class EvaluationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EvaluationJson() {}

  /**
   * Writes {@code evaluation} as indented JSON that {@link #read} reads back to an equal
   * evaluation. Every scorecard is written as it was given, the rejected ones too, values the
   * scorecard format refuses included (an id with an ambiguous space, a year after 9999): {@link
   * #read} takes those back in the account of a rejected scorecard. A value that no document {@link
   * #read} takes can hold is refused up front instead of written: a string holding a lone surrogate
   * (it has no UTF-8 form), a string longer than {@link
   * dev.rubric.core.json.JsonLimits#maxStringLength()} (an evidence of more than 65,536
   * characters), more than {@link dev.rubric.core.json.JsonLimits#maxArrayElements()} scorecards or
   * ratings, a document over {@link dev.rubric.core.json.JsonLimits#maxDocumentBytes()}.
   *
   * @param evaluation the evaluation to write
   * @return the evaluation's JSON text
   * @throws IllegalArgumentException if the evaluation holds a value that {@link #read} could not
   *     take back; the message names it by its JSON pointer ({@code
   *     /scorecards/0/scorecard/ratings/0/evidence}) and says why
   */
  public static String write(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    ObjectNode o = NODES.objectNode();
    o.put("schemaVersion", RubricJson.SCHEMA_VERSION);
    o.put("planId", evaluation.planId());
    o.put("planFingerprint", evaluation.planFingerprint());
    evaluation.candidateId().ifPresent(c -> o.put("candidateId", c));
    ArrayNode cards = o.putArray("scorecards");
    for (ScorecardAccount a : evaluation.scorecards()) {
      ObjectNode c = cards.addObject();
      c.put("used", a.used());
      if (a.calibrationOnly()) {
        c.put("calibrationOnly", true);
      }
      ArrayNode problems = c.putArray("problems");
      a.problems().forEach(p -> writeProblem(problems.addObject(), p));
      c.set("scorecard", ScorecardTrees.write(a.scorecard()));
    }
    Findings f = evaluation.findings();
    ObjectNode readiness = o.putObject("readiness");
    strings(readiness, "owedSeats", f.readiness().owedSeats());
    strings(readiness, "unratedRequirements", f.readiness().unratedRequirements());
    if (!f.readiness().timeline().equals(Timeline.empty())) {
      writeTimeline(readiness.putObject("timeline"), f.readiness().timeline());
    }
    ObjectNode scores = o.putObject("scores");
    scores.put("aggregator", f.scores().aggregator());
    ArrayNode comps = scores.putArray("competencies");
    for (CompetencyScore s : f.scores().scores()) {
      ObjectNode c = comps.addObject().put("competencyId", s.competencyId()).put("area", s.area());
      number(c, "score", s.score());
      raters(c, s.ratings());
    }
    writeOverall(o.putObject("overall"), f.overall());
    f.breadthDepth().ifPresent(p -> writeProfile(o.putObject("breadthDepth"), p));
    writeConsensus(o.putObject("consensus"), f.consensus());
    writeRecommendations(o.putObject("recommendations"), f.recommendations());
    ObjectNode d = o.putObject("decision");
    d.put("outcome", evaluation.decision().outcome().name());
    reasons(d.putArray("reasons"), evaluation.decision().reasons());
    reasons(d.putArray("advice"), evaluation.decision().advice());
    reasons(d.putArray("concerns"), evaluation.decision().concerns());
    return JsonTrees.prettyReadable(o, ParseLimits.defaults(), "the evaluation");
  }

  /**
   * Reads an evaluation from UTF-8 JSON bytes; every fault is a located problem.
   *
   * @param json the JSON document, UTF-8
   * @return the evaluation, or every problem found
   */
  public static ReadResult<Evaluation> read(byte[] json) {
    List<Problem> parseProblems = new ArrayList<>();
    JsonNode tree = JsonTrees.parse(json, parseProblems);
    if (tree == null) {
      return ReadResult.failed(parseProblems);
    }
    // At most JsonLimits#maxProblems() problems are reported, then one saying how many more.
    ProblemSink sink = ProblemSink.of(ParseLimits.defaults());
    Optional<Evaluation> e = new Reader(sink).evaluation(tree);
    if (e.isEmpty() || sink.stream().anyMatch(Problem::isError)) {
      if (sink.stream().noneMatch(Problem::isError)) {
        sink.add(Problem.error(JSON_INVALID_VALUE, "", "The evaluation could not be read."));
      }
      return ReadResult.failed(sink.reported());
    }
    return ReadResult.of(e.get());
  }

  // ---------------------------------------------------------------- writing

  private static void writeProblem(ObjectNode o, Problem p) {
    o.put("code", p.code())
        .put("severity", p.severity().name())
        .put("path", p.path())
        .put("message", p.message());
  }

  /** The process timeline: instants and durations in ISO-8601, absent figures left out. */
  private static void writeTimeline(ObjectNode o, Timeline t) {
    t.asOf().ifPresent(v -> o.put("asOf", v.toString()));
    t.debriefAt().ifPresent(v -> o.put("debriefAt", v.toString()));
    t.firstInterview().ifPresent(v -> o.put("firstInterview", v.toString()));
    t.decisionDue().ifPresent(v -> o.put("decisionDue", v.toString()));
    t.decisionOverdueBy().ifPresent(v -> o.put("decisionOverdueBy", v.toString()));
    ArrayNode entries = o.putArray("entries");
    for (TimelineEntry e : t.entries()) {
      ObjectNode n = entries.addObject();
      e.stageId().ifPresent(v -> n.put("stageId", v));
      n.put("panelRoleId", e.panelRoleId());
      e.interviewerId().ifPresent(v -> n.put("interviewerId", v));
      e.interviewedAt().ifPresent(v -> n.put("interviewedAt", v.toString()));
      e.due().ifPresent(v -> n.put("due", v.toString()));
      e.submittedAt().ifPresent(v -> n.put("submittedAt", v.toString()));
      n.put("status", e.status().name());
      e.latency().ifPresent(v -> n.put("latency", v.toString()));
      e.lateBy().ifPresent(v -> n.put("lateBy", v.toString()));
    }
  }

  private static void strings(ObjectNode o, String name, List<String> values) {
    ArrayNode a = o.putArray(name);
    values.forEach(a::add);
  }

  private static void number(ObjectNode o, String name, Coefficient v) {
    if (v.isDefined()) {
      o.put(name, v.value());
    }
  }

  private static void raters(ObjectNode o, List<RaterLevel> ratings) {
    ArrayNode a = o.putArray("ratings");
    for (RaterLevel r : ratings) {
      a.addObject()
          .put("interviewerId", r.interviewerId())
          .put("panelRoleId", r.panelRoleId())
          .put("level", r.level());
    }
  }

  private static void writeOverall(ObjectNode o, OverallScore s) {
    o.put("strategy", s.strategy()).put("basis", s.basis().name());
    number(o, "score", s.score());
    ArrayNode contributions = o.putArray("contributions");
    for (Contribution c : s.contributions()) {
      contributions
          .addObject()
          .put("competencyId", c.competencyId())
          .put("weight", c.weight())
          .put("weightShare", c.weightShare())
          .put("score", c.score())
          .put("contribution", c.contribution());
    }
    ArrayNode bars = o.putArray("bars");
    for (BarCheck b : s.bars()) {
      ObjectNode n = bars.addObject().put("competencyId", b.competencyId()).put("bar", b.bar());
      number(n, "score", b.score());
    }
    strings(o, "unscored", s.unscored());
  }

  private static void writeProfile(ObjectNode o, BreadthDepthProfile p) {
    o.put("strategy", p.strategy());
    ArrayNode areas = o.putArray("areas");
    for (AreaScore a : p.areas()) {
      ObjectNode n = areas.addObject().put("area", a.area());
      number(n, "score", a.score());
      n.put("competenciesScored", a.competenciesScored());
    }
    o.put("depthMet", p.depthMet())
        .put("breadthAreasMet", p.breadthAreasMet())
        .put("breadthRequired", p.breadthRequired())
        .put("breadthMet", p.breadthMet())
        .put("shape", p.shape().name());
    ArrayNode gaps = o.putArray("gaps");
    for (Gap g : p.gaps()) {
      gaps.addObject()
          .put("area", g.area())
          .put("kind", g.kind().name())
          .put("bar", g.bar())
          .put("score", g.score())
          .put("shortfall", g.shortfall())
          .put("supported", g.supported());
    }
    strings(o, "unassessedAreas", p.unassessedAreas());
  }

  private static void writeConsensus(ObjectNode o, ConsensusReport r) {
    o.put("measure", r.measure());
    ArrayNode comps = o.putArray("competencies");
    for (CompetencyConsensus c : r.competencies()) {
      ObjectNode n =
          comps.addObject().put("competencyId", c.competencyId()).put("raters", c.raters());
      number(n, "sd", c.sd());
      n.put("range", c.range());
      number(n, "rwg", c.rwg());
      n.put("rwgTruncated", c.rwgTruncated());
      c.rwgUndefinedReason().ifPresent(s -> n.put("rwgUndefinedReason", s));
      n.put("averageDeviation", c.averageDeviation()).put("split", c.split());
      raters(n, c.ratings());
    }
    number(o, "meanSd", r.meanSd());
    number(o, "meanRwg", r.meanRwg());
    o.put("splits", r.splits());
    ArrayNode agenda = o.putArray("agenda");
    for (AgendaItem a : r.agenda()) {
      ObjectNode n = agenda.addObject().put("competencyId", a.competencyId()).put("why", a.why());
      raters(n, a.ratings());
    }
  }

  /**
   * The interviewers with their recommendation (lowercase JSON name, left out when none) and
   * ratings against the hire line, then the figures derived from them, written for readers and
   * recomputed on reading: {@code counts} by recommendation (read and refused when it does not
   * match the recomputed counts), {@code split}, {@code rwg} (left out when undefined) and the ids
   * of {@code contradictions} (not read: the recomputed values stand).
   */
  private static void writeRecommendations(ObjectNode o, PanelRecommendations r) {
    ArrayNode interviewers = o.putArray("interviewers");
    for (InterviewerRecommendation i : r.interviewers()) {
      ObjectNode n =
          interviewers
              .addObject()
              .put("interviewerId", i.interviewerId())
              .put("panelRoleId", i.panelRoleId());
      i.recommendation().ifPresent(x -> n.put("recommendation", x.jsonName()));
      n.put("ratingsBelowHireLine", i.ratingsBelowHireLine())
          .put("ratingsAtOrAboveHireLine", i.ratingsAtOrAboveHireLine())
          .put("contradictsRatings", i.contradictsRatings());
    }
    ObjectNode counts = o.putObject("counts");
    r.counts().forEach((k, v) -> counts.put(k.jsonName(), v));
    o.put("split", r.split());
    number(o, "rwg", r.rwg());
  }

  private static void reasons(ArrayNode a, List<Reason> reasons) {
    for (Reason r : reasons) {
      ObjectNode n = a.addObject().put("code", r.code().name());
      r.subject().ifPresent(s -> n.put("subject", s));
      ObjectNode figures = n.putObject("figures");
      r.figures().forEach(figures::put);
      n.put("sentence", r.sentence());
    }
  }

  // ---------------------------------------------------------------- reading

  /** One read of one document; collects problems in {@code sink}. */
  private static final class Reader {
    private final List<Problem> sink;

    Reader(List<Problem> sink) {
      this.sink = sink;
    }

    Optional<Evaluation> evaluation(JsonNode root) {
      Optional<ObjectFields> maybe = ObjectFields.of(root, "", sink);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectFields f = maybe.get();
      // The check every Rubric document shares: an integer as every Rubric reader takes one (1,
      // 1.0 or 10e-1, never 1.0000000000000001), required, with the same problem as RubricJson's.
      JsonTrees.checkVersion(f, true);
      String planId = f.requiredString("planId");
      String fingerprint = f.requiredString("planFingerprint");
      Optional<String> candidate = f.optionalString("candidateId");
      List<ScorecardAccount> cards = f.list("scorecards", true, this::account);
      Optional<Readiness> readiness = f.requiredObject("readiness", object(this::readiness));
      Optional<CompetencyScores> scores = f.requiredObject("scores", built(this::scores));
      Optional<OverallScore> overall = f.requiredObject("overall", built(this::overall));
      Optional<BreadthDepthProfile> profile =
          f.optionalObject("breadthDepth", built(this::profile));
      Optional<ConsensusReport> consensus = f.requiredObject("consensus", built(this::consensus));
      Optional<PanelRecommendations> recommendations =
          f.optionalObject("recommendations", this::recommendations);
      Optional<Decision> decision = f.requiredObject("decision", built(this::decision));
      f.finish();
      if (readiness.isEmpty()
          || scores.isEmpty()
          || overall.isEmpty()
          || consensus.isEmpty()
          || decision.isEmpty()
          || hasErrors()) {
        return Optional.empty();
      }
      Findings findings =
          Findings.of(
              readiness.get(),
              scores.get(),
              overall.get(),
              profile,
              consensus.get(),
              recommendations.orElse(PanelRecommendations.none()));
      return build(
          () -> Evaluation.of(planId, fingerprint, candidate, cards, findings, decision.get()), "");
    }

    private boolean hasErrors() {
      return sink.stream().anyMatch(Problem::isError);
    }

    private Optional<ObjectFields> fields(JsonNode node, String path) {
      return ObjectFields.of(node, path, sink);
    }

    /**
     * A reader of one object whose value needs no check of its own: {@code read} takes its fields,
     * then the fields nobody asked for are reported. The value is kept even when a field had a
     * problem; the problem fails the whole read.
     */
    private <T> ElementReader<T> object(Function<ObjectFields, T> read) {
      return (node, path, s) ->
          fields(node, path)
              .map(
                  f -> {
                    T value = read.apply(f);
                    f.finish();
                    return value;
                  });
    }

    /**
     * A reader of one object built by a builder with cross-field rules: {@code read} takes its
     * fields and returns the builder, the fields nobody asked for are reported, then the value is
     * {@linkplain #build built} at the object's path.
     */
    private <T> ElementReader<T> built(Function<ObjectFields, Supplier<T>> read) {
      return (node, path, s) ->
          fields(node, path)
              .flatMap(
                  f -> {
                    Supplier<T> builder = read.apply(f);
                    f.finish();
                    return build(builder, path);
                  });
    }

    /** Builds a value, turning a cross-field rule it breaks into a located problem. */
    private <T> Optional<T> build(Supplier<T> builder, String path) {
      if (hasErrors()) {
        return Optional.empty();
      }
      try {
        return Optional.of(builder.get());
      } catch (IllegalArgumentException | IllegalStateException e) {
        sink.add(Problem.error(JSON_INVALID_VALUE, path, String.valueOf(e.getMessage())));
        return Optional.empty();
      }
    }

    private Readiness readiness(ObjectFields f) {
      return Readiness.of(
          f.strings("owedSeats", true),
          f.strings("unratedRequirements", true),
          f.optionalObject("timeline", built(this::timeline)).orElse(Timeline.empty()));
    }

    /**
     * The timeline. The caller's {@code asOf} and {@code debriefAt} lie in the years 0001 to 9999
     * ({@link dev.rubric.scoring.EvaluationContext} refuses others); the other instants are the
     * scorecards' as given or computed from them (a deadline a day after an interview on the last
     * day of 9999 falls in 10000), so they are read as written.
     */
    private Supplier<Timeline> timeline(ObjectFields f) {
      Timeline.Builder t =
          Timeline.builder()
              .asOf(f.optionalInstant("asOf"))
              .debriefAt(f.optionalInstant("debriefAt"))
              .firstInterview(f.optionalRecordedInstant("firstInterview"))
              .decisionDue(f.optionalRecordedInstant("decisionDue"))
              .decisionOverdueBy(f.optionalNonNegativeDuration("decisionOverdueBy"))
              .addAllEntries(f.list("entries", true, built(this::timelineEntry)));
      return t::build;
    }

    private Supplier<TimelineEntry> timelineEntry(ObjectFields f) {
      TimelineEntry.Builder e =
          TimelineEntry.builder()
              .stageId(f.optionalString("stageId"))
              .panelRoleId(f.requiredString("panelRoleId"))
              .interviewerId(f.optionalString("interviewerId"))
              .interviewedAt(f.optionalRecordedInstant("interviewedAt"))
              .due(f.optionalRecordedInstant("due"))
              .submittedAt(f.optionalRecordedInstant("submittedAt"))
              .latency(f.optionalNonNegativeDuration("latency"))
              .lateBy(f.optionalNonNegativeDuration("lateBy"));
      enumValue(f, "status", TimelineStatus.class).ifPresent(e::status);
      return e::build;
    }

    private boolean bool(ObjectFields f, String name) {
      Optional<JsonNode> v = f.raw(name);
      if (v.isEmpty()) {
        sink.add(
            Problem.error(
                JSON_MISSING_FIELD, f.path(name), "The required field '" + name + "' is missing."));
        return false;
      }
      if (!v.get().isBoolean()) {
        sink.add(ObjectFields.wrongType(f.path(name), "a boolean", v.get()));
        return false;
      }
      return v.get().booleanValue();
    }

    /**
     * A figure the document may leave out: absent, it is {@code undefined} (the evaluation JSON
     * writes no reason for it; the reason is the one the standard measure gives).
     */
    private Coefficient figure(ObjectFields f, String name, Coefficient undefined) {
      Optional<Double> v = f.optionalNumber(name);
      return v.isPresent() ? Coefficient.of(v.get()) : undefined;
    }

    private CompetencyScore competencyScore(ObjectFields c) {
      String id = c.requiredString("competencyId");
      String area = c.requiredString("area");
      Coefficient score = figure(c, "score", CompetencyScore.notRated(id));
      return CompetencyScore.of(id, area, score, c.list("ratings", true, object(this::rater)));
    }

    private Contribution contribution(ObjectFields c) {
      return Contribution.of(
          c.requiredString("competencyId"),
          c.requiredNumber("weight"),
          c.requiredNumber("weightShare"),
          c.requiredNumber("score"),
          c.requiredNumber("contribution"));
    }

    private BarCheck bar(ObjectFields c) {
      String id = c.requiredString("competencyId");
      int bar = c.requiredInt("bar");
      return BarCheck.of(id, bar, figure(c, "score", CompetencyScore.notRated(id)));
    }

    private AreaScore area(ObjectFields c) {
      String area = c.requiredString("area");
      Coefficient score = figure(c, "score", AreaScore.notRated(area));
      return AreaScore.of(area, score, c.requiredInt("competenciesScored"));
    }

    private AgendaItem agendaItem(ObjectFields c) {
      return AgendaItem.of(
          c.requiredString("competencyId"),
          c.requiredString("why"),
          c.list("ratings", true, object(this::rater)));
    }

    private RaterLevel rater(ObjectFields f) {
      return RaterLevel.of(
          f.requiredString("interviewerId"),
          f.requiredString("panelRoleId"),
          f.requiredInt("level"));
    }

    /**
     * The constant that field {@code name} names; any other string, the empty one included, is a
     * located problem (a field that is missing or not a string is one already).
     */
    private <E extends Enum<E>> Optional<E> enumValue(ObjectFields f, String name, Class<E> type) {
      int before = sink.size();
      String s = f.requiredString(name);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return Optional.of(e);
        }
      }
      if (!JsonTrees.hasErrorsSince(sink, before)) {
        sink.add(
            Problem.error(
                JSON_INVALID_VALUE,
                f.path(name),
                "'" + s + "' is not a " + type.getSimpleName() + "."));
      }
      return Optional.empty();
    }

    private Optional<ScorecardAccount> account(JsonNode node, String path, List<Problem> s) {
      return fields(node, path)
          .flatMap(
              f -> {
                boolean used = bool(f, "used");
                boolean calibrationOnly = f.optionalBoolean("calibrationOnly").orElse(false);
                List<Problem> problems = f.list("problems", true, this::problem);
                // Read from the tree itself, with the scorecard format's own reader. A scorecard
                // the evaluation rejected is kept as it was given, values the scorecard format
                // refuses included (an id with an ambiguous space, a year after 9999): its
                // recorded errors say what is wrong with it, and it reads back as written.
                boolean rejected = problems.stream().anyMatch(Problem::isError);
                Optional<Scorecard> card =
                    f.requiredObject(
                        "scorecard",
                        rejected ? ScorecardTrees::readRecorded : ScorecardTrees::read);
                f.finish();
                return card.flatMap(
                    c -> build(() -> account(c, used, calibrationOnly, problems), path));
              });
    }

    /**
     * An account as the evaluator makes them; a rule the fields break is thrown, as a builder's.
     */
    private static ScorecardAccount account(
        Scorecard card, boolean used, boolean calibrationOnly, List<Problem> problems) {
      if (!calibrationOnly) {
        return ScorecardAccount.of(card, used, problems);
      }
      if (used) {
        throw new IllegalArgumentException("a scorecard is used or calibration-only, not both");
      }
      return ScorecardAccount.calibrationOnly(card, problems);
    }

    private Optional<Problem> problem(JsonNode node, String path, List<Problem> s) {
      return fields(node, path)
          .flatMap(
              f -> {
                String code = f.requiredString("code");
                Optional<Severity> severity = enumValue(f, "severity", Severity.class);
                String at = f.requiredString("path");
                String message = f.requiredString("message");
                f.finish();
                return severity.map(
                    sv ->
                        sv == Severity.ERROR
                            ? Problem.error(code, at, message)
                            : Problem.advice(code, at, message));
              });
    }

    private Supplier<CompetencyScores> scores(ObjectFields f) {
      String aggregator = f.requiredString("aggregator");
      List<CompetencyScore> list = f.list("competencies", true, object(this::competencyScore));
      return () -> CompetencyScores.of(aggregator, list);
    }

    private Supplier<OverallScore> overall(ObjectFields f) {
      OverallScore.Builder b = OverallScore.builder().strategy(f.requiredString("strategy"));
      enumValue(f, "basis", ScoreBasis.class).ifPresent(b::basis);
      b.score(figure(f, "score", OverallScore.NOT_SCORED));
      b.addAllContributions(f.list("contributions", true, object(this::contribution)));
      b.addAllBars(f.list("bars", true, object(this::bar)));
      b.addAllUnscored(f.strings("unscored", true));
      return b::build;
    }

    private Supplier<BreadthDepthProfile> profile(ObjectFields f) {
      BreadthDepthProfile.Builder b =
          BreadthDepthProfile.builder().strategy(f.requiredString("strategy"));
      b.addAllAreas(f.list("areas", true, object(this::area)));
      b.depthMet(bool(f, "depthMet"))
          .breadthAreasMet(f.requiredInt("breadthAreasMet"))
          .breadthRequired(f.requiredInt("breadthRequired"))
          .breadthMet(bool(f, "breadthMet"));
      enumValue(f, "shape", Shape.class).ifPresent(b::shape);
      b.addAllGaps(f.list("gaps", true, this::gap));
      b.addAllUnassessedAreas(f.strings("unassessedAreas", true));
      return b::build;
    }

    private Optional<Gap> gap(JsonNode node, String path, List<Problem> s) {
      return fields(node, path)
          .flatMap(
              c -> {
                String area = c.requiredString("area");
                Optional<GapKind> kind = enumValue(c, "kind", GapKind.class);
                int bar = c.requiredInt("bar");
                double score = c.requiredNumber("score");
                double shortfall = c.requiredNumber("shortfall");
                boolean supported = bool(c, "supported");
                c.finish();
                return kind.map(k -> Gap.of(area, k, bar, score, shortfall, supported));
              });
    }

    private Supplier<ConsensusReport> consensus(ObjectFields f) {
      ConsensusReport.Builder b = ConsensusReport.builder().measure(f.requiredString("measure"));
      b.addAllCompetencies(f.list("competencies", true, built(this::competencyConsensus)));
      b.meanSd(figure(f, "meanSd", ConsensusReport.NO_MEAN))
          .meanRwg(figure(f, "meanRwg", ConsensusReport.NO_MEAN))
          .splits(f.requiredInt("splits"));
      b.addAllAgenda(f.list("agenda", true, object(this::agendaItem)));
      return b::build;
    }

    private Supplier<CompetencyConsensus> competencyConsensus(ObjectFields c) {
      Coefficient sd = figure(c, "sd", CompetencyConsensus.ONE_RATER_SD);
      Coefficient rwg = figure(c, "rwg", CompetencyConsensus.ONE_RATER_RWG);
      Optional<String> why = c.optionalString("rwgUndefinedReason");
      if (!rwg.isDefined() && why.isPresent()) {
        rwg = Coefficient.undefined(UndefinedReason.ONE_RATER, why.get());
      }
      CompetencyConsensus.Builder b =
          CompetencyConsensus.builder()
              .competencyId(c.requiredString("competencyId"))
              .raters(c.requiredInt("raters"))
              .sd(sd)
              .range(c.requiredInt("range"))
              .rwg(rwg)
              .rwgTruncated(bool(c, "rwgTruncated"))
              .averageDeviation(c.requiredNumber("averageDeviation"))
              .split(bool(c, "split"))
              .ratings(c.list("ratings", true, object(this::rater)));
      return b::build;
    }

    /**
     * The decision; an outcome that is missing or names no constant is already a problem, so the
     * value is never built without one.
     */
    private Supplier<Decision> decision(ObjectFields f) {
      Optional<Outcome> outcome = enumValue(f, "outcome", Outcome.class);
      List<Reason> reasons = f.list("reasons", true, this::reason);
      List<Reason> advice = f.list("advice", true, this::reason);
      List<Reason> concerns = f.list("concerns", false, this::reason);
      return () -> Decision.of(outcome.orElseThrow(), reasons, advice, concerns);
    }

    /** Reads the interviewers; the derived figures are recomputed, so only their names count. */
    private Optional<PanelRecommendations> recommendations(
        JsonNode node, String path, List<Problem> s) {
      return fields(node, path)
          .flatMap(
              f -> {
                List<InterviewerRecommendation> interviewers =
                    f.list("interviewers", true, built(this::interviewer));
                Map<Recommendation, Integer> counts = new LinkedHashMap<>();
                f.requiredObject(
                    "counts",
                    object(
                        o -> {
                          for (Recommendation r : Recommendation.values()) {
                            counts.put(r, o.requiredInt(r.jsonName()));
                          }
                          return o;
                        }));
                f.raw("split");
                f.raw("rwg");
                f.finish();
                return build(() -> PanelRecommendations.of(interviewers), path)
                    .filter(
                        r -> {
                          if (hasErrors() || r.counts().equals(counts)) {
                            return true;
                          }
                          sink.add(
                              Problem.error(
                                  JSON_INVALID_VALUE,
                                  f.path("counts"),
                                  "The counts "
                                      + counts
                                      + " do not match the interviewers' recommendations "
                                      + r.counts()
                                      + "."));
                          return false;
                        });
              });
    }

    private Supplier<InterviewerRecommendation> interviewer(ObjectFields f) {
      String interviewer = f.requiredString("interviewerId");
      String seat = f.requiredString("panelRoleId");
      Optional<String> given = f.optionalString("recommendation");
      Optional<Recommendation> recommendation = given.flatMap(Recommendation::fromJsonName);
      if (given.isPresent() && recommendation.isEmpty()) {
        sink.add(
            Problem.error(
                JSON_INVALID_VALUE,
                f.path("recommendation"),
                "'" + given.get() + "' is not a recommendation."));
      }
      int below = f.requiredInt("ratingsBelowHireLine");
      int above = f.requiredInt("ratingsAtOrAboveHireLine");
      f.raw("contradictsRatings");
      return () -> InterviewerRecommendation.of(interviewer, seat, recommendation, below, above);
    }

    private Optional<Reason> reason(JsonNode node, String path, List<Problem> s) {
      return fields(node, path)
          .flatMap(
              f -> {
                Optional<ReasonCode> code = enumValue(f, "code", ReasonCode.class);
                Optional<String> subject = f.optionalString("subject");
                Map<String, Double> figures = new LinkedHashMap<>();
                f.optionalObject(
                    "figures",
                    (n, p, sk) ->
                        fields(n, p)
                            .map(
                                o -> {
                                  n.fieldNames()
                                      .forEachRemaining(
                                          name -> figures.put(name, o.requiredNumber(name)));
                                  o.finish();
                                  return o;
                                }));
                String sentence = f.requiredString("sentence");
                f.finish();
                return code.map(c -> Reason.of(c, subject, figures, sentence));
              });
    }
  }
}
