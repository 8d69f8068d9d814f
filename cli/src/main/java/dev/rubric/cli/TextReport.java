package dev.rubric.cli;

import dev.rubric.core.AreaBar;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.InterviewerRecommendation;
import dev.rubric.scoring.OverallScore;
import dev.rubric.scoring.PanelRecommendations;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The terminal report of an evaluation, in plain language first: the decision with its reasons
 * (each sentence, then its code and figures in brackets), the concerns to probe whatever the
 * decision, the interviewers' overall recommendations, the per-competency table (score against
 * target and must-have bar), every rating with its interviewer, level label, anchor text and
 * evidence (its first line; all of it with {@code verbose}), the breadth/depth shape and gaps, the
 * consensus of competencies with two or more raters and of the recommendations, the debrief agenda
 * with both sides' evidence and follow-up questions, and the scorecards used (with advice on their
 * evidence) and rejected. Plain text, no colour; every piece of text that came with the input is
 * shown by {@link VisibleText}, so a control character, an escape sequence or a bidirectional
 * override in an id or in evidence is printed as a visible escape ({@code \n}, {@code \}{@code
 * u001b}). Stateless.
 */
final class TextReport {
  private TextReport() {}

  static String render(InterviewPlan plan, Evaluation evaluation) {
    return render(plan, evaluation, false);
  }

  /**
   * The report; {@code verbose} prints every piece of evidence in full, one input line per report
   * line, instead of its first line.
   */
  static String render(InterviewPlan plan, Evaluation evaluation, boolean verbose) {
    StringBuilder out = new StringBuilder();
    Findings findings = evaluation.findings();
    ReportRatings shown = new ReportRatings(plan, evaluation);
    line(
        out,
        "Candidate %s for %s (plan %s)",
        evaluation.candidateId().map(TableText::id).orElse("(none)"),
        v(plan.profile().title()),
        TableText.id(evaluation.planId()));
    line(out, "");
    line(out, "DECISION: %s", evaluation.decision().outcome());
    for (Reason r : evaluation.decision().reasons()) {
      line(out, "  - %s", reason(r));
    }
    for (Reason r : evaluation.decision().advice()) {
      line(out, "  advice: %s", reason(r));
    }
    OverallScore overall = findings.overall();
    line(
        out,
        "Overall score: %s (strategy %s, aggregator %s)",
        numberBeside(overall.score(), plan.scale().hireLine()),
        overall.strategy(),
        findings.scores().aggregator());

    line(out, "");
    List<Reason> concerns = evaluation.decision().concerns();
    if (concerns.isEmpty()) {
      line(out, "CONCERNS: none");
    } else {
      line(out, "CONCERNS (probe these whatever the decision)");
      for (Reason r : concerns) {
        line(out, "  - %s", reason(r));
      }
    }

    line(out, "");
    recommendations(out, findings.recommendations());

    line(out, "");
    line(out, "COMPETENCIES");
    int width = 10;
    int areaWidth = 4;
    for (CompetencyScore s : findings.scores().scores()) {
      width = Math.max(width, TableText.id(s.competencyId()).length());
      areaWidth = Math.max(areaWidth, TableText.id(s.area()).length());
    }
    String row = "  %-" + width + "s  %-" + areaWidth + "s  %5s  %6s  %3s  %6s  %s";
    line(out, row, "competency", "area", "score", "target", "bar", "weight", "status");
    for (CompetencyScore s : findings.scores().scores()) {
      Optional<CompetencyRequirement> req = plan.profile().requirement(s.competencyId());
      line(
          out,
          row,
          TableText.id(s.competencyId()),
          TableText.id(s.area()),
          numberBeside(s.score(), references(req)),
          req.map(q -> Integer.toString(q.targetLevel())).orElse("-"),
          req.flatMap(CompetencyRequirement::mustHaveBar).map(String::valueOf).orElse("-"),
          req.map(q -> beside(q.weight(), weight(q.weight()), 0)).orElse("-"),
          status(s, req));
    }
    if (!overall.unscored().isEmpty()) {
      line(out, "  not rated: %s", TableText.ids(overall.unscored(), ", "));
    }

    line(out, "");
    line(out, "RATINGS (level, the anchor for that level, then the evidence)");
    for (CompetencyScore s : findings.scores().scores()) {
      if (s.ratings().isEmpty()) {
        continue;
      }
      line(
          out,
          "  %s (%s): score %s",
          v(shown.name(s.competencyId())),
          TableText.id(s.competencyId()),
          numberBeside(s.score(), references(plan.profile().requirement(s.competencyId()))));
      for (ReportRatings.Shown r : shown.show(s.competencyId(), s.ratings())) {
        rating(out, "    ", r, verbose);
      }
    }

    line(out, "");
    Optional<BreadthDepthProfile> shape = findings.breadthDepth();
    if (shape.isPresent()) {
      BreadthDepthProfile p = shape.get();
      line(
          out,
          "BREADTH/DEPTH: %s (depth %s; breadth %d of %d areas required)",
          p.shape(),
          p.depthMet() ? "met" : "not met",
          p.breadthAreasMet(),
          p.breadthRequired());
      for (AreaScore a : p.areas()) {
        line(
            out,
            "  %-" + areaWidth + "s  %5s  (%d %s scored)",
            TableText.id(a.area()),
            numberBeside(a.score(), areaBars(plan, a.area())),
            a.competenciesScored(),
            a.competenciesScored() == 1 ? "competency" : "competencies");
      }
      for (Gap g : p.gaps()) {
        line(
            out,
            "  gap: %s %s area below its bar %d by %s%s",
            TableText.id(g.area()),
            g.kind().name().toLowerCase(Locale.ROOT),
            g.bar(),
            shortfall(g.shortfall()),
            g.supported() ? " (the organisation supports it)" : "");
      }
      if (!p.unassessedAreas().isEmpty()) {
        line(out, "  not assessed: %s", TableText.ids(p.unassessedAreas(), ", "));
      }
    } else {
      line(out, "BREADTH/DEPTH: the plan sets no breadth/depth expectation");
    }

    line(out, "");
    consensus(out, findings, width);

    line(out, "");
    if (findings.consensus().agenda().isEmpty()) {
      line(out, "DEBRIEF AGENDA: nothing to discuss");
    } else {
      line(out, "DEBRIEF AGENDA");
      int i = 1;
      for (AgendaItem item : findings.consensus().agenda()) {
        line(
            out,
            "  %d. %s (%s): %s",
            i++,
            v(shown.name(item.competencyId())),
            TableText.id(item.competencyId()),
            v(item.why()));
        boolean split = shown.split(item);
        line(out, "     %s:", split ? "below the hire line" : "lower ratings");
        for (ReportRatings.Shown r : shown.lowerSide(item)) {
          rating(out, "       ", r, verbose);
        }
        line(out, "     %s:", split ? "at or above the hire line" : "higher ratings");
        for (ReportRatings.Shown r : shown.higherSide(item)) {
          rating(out, "       ", r, verbose);
        }
        List<String> prompts = shown.followUps(item.competencyId());
        if (!prompts.isEmpty()) {
          line(out, "     follow-up questions:");
          for (String prompt : prompts) {
            line(out, "       ? %s", v(prompt));
          }
        }
      }
    }

    line(out, "");
    if (TimelineSection.applies(findings.readiness().timeline(), evaluation.calibrationOnly())) {
      out.append(
          TimelineSection.text(findings.readiness().timeline(), evaluation.calibrationOnly()));
      out.append(TimelineSection.approval(plan)).append('\n');
      line(out, "");
    }
    line(
        out,
        "SCORECARDS: %d used, %d rejected%s",
        evaluation.used().size(),
        evaluation.rejected().size(),
        evaluation.calibrationOnly().isEmpty()
            ? ""
            : ", " + evaluation.calibrationOnly().size() + " calibration only");
    for (ScorecardAccount a : evaluation.scorecards()) {
      if (a.used()) {
        for (Problem p : a.problems()) {
          if (!p.isError()) {
            line(
                out,
                "  advice on %s's scorecard (seat %s): %s [%s at %s]",
                TableText.id(a.scorecard().interviewerId()),
                TableText.id(a.scorecard().panelRoleId()),
                p.message(),
                p.code(),
                p.path());
          }
        }
      }
    }
    accountLines(out, "calibration only", evaluation.calibrationOnly());
    accountLines(out, "rejected", evaluation.rejected());
    return out.toString();
  }

  /** One line per scorecard of {@code accounts}: whose it is and every problem it has. */
  private static void accountLines(
      StringBuilder out, String label, List<ScorecardAccount> accounts) {
    for (ScorecardAccount a : accounts) {
      line(
          out,
          "  %s: %s by %s (seat %s): %s",
          label,
          TableText.id(a.scorecard().candidateId()),
          TableText.id(a.scorecard().interviewerId()),
          TableText.id(a.scorecard().panelRoleId()),
          a.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
  }

  private static void recommendations(StringBuilder out, PanelRecommendations r) {
    List<InterviewerRecommendation> given = r.given();
    if (given.isEmpty()) {
      line(out, "RECOMMENDATIONS: no interviewer gave an overall recommendation");
      return;
    }
    String counts =
        r.counts().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    line(
        out,
        "RECOMMENDATIONS: %s%s",
        counts,
        r.split() ? "; split across the hire line" : "; all on one side of the hire line");
    for (InterviewerRecommendation i : r.interviewers()) {
      line(
          out,
          "  %s (%s): %s%s",
          TableText.id(i.interviewerId()),
          TableText.id(i.panelRoleId()),
          i.recommendation().map(x -> x.label()).orElse("no recommendation"),
          i.contradictsRatings() ? "  (contradicts their own ratings)" : "");
    }
  }

  private static void consensus(StringBuilder out, Findings findings, int width) {
    line(
        out,
        "CONSENSUS (%s; mean SD %s, mean rwg %s, %d %s across the hire line)",
        findings.consensus().measure(),
        number(findings.consensus().meanSd()),
        number(findings.consensus().meanRwg()),
        findings.consensus().splits(),
        findings.consensus().splits() == 1 ? "split" : "splits");
    List<String> single = new java.util.ArrayList<>();
    for (CompetencyConsensus c : findings.consensus().competencies()) {
      if (c.raters() < 2) {
        single.add(TableText.id(c.competencyId()));
        continue;
      }
      line(
          out,
          "  %-" + width + "s  raters %d  sd %s  range %d  rwg %s%s  %s",
          TableText.id(c.competencyId()),
          c.raters(),
          number(c.sd()),
          c.range(),
          number(c.rwg()),
          c.rwgTruncated() ? " (truncated)" : "",
          c.split() ? "SPLIT" : "");
    }
    if (!single.isEmpty()) {
      line(
          out,
          "  one rater: no agreement to measure (%d %s: %s)",
          single.size(),
          single.size() == 1 ? "competency" : "competencies",
          String.join(", ", single));
    }
    PanelRecommendations r = findings.recommendations();
    if (r.given().size() >= 2) {
      line(
          out,
          "  overall recommendations: rwg %s over %d interviewers%s",
          number(r.rwg()),
          r.given().size(),
          r.split() ? ", SPLIT" : "");
    } else {
      line(out, "  overall recommendations: fewer than two, no agreement to measure");
    }
  }

  /** One rating: who, level and label, the anchor, then the evidence (all of it if verbose). */
  private static void rating(
      StringBuilder out, String indent, ReportRatings.Shown r, boolean verbose) {
    line(
        out,
        indent + "%s (%s): %d %s%s",
        TableText.id(r.interviewerId()),
        TableText.id(r.panelRoleId()),
        r.level(),
        v(r.label()),
        r.anchor().map(a -> " - anchor: " + v(a)).orElse(""));
    // Evidence runs from "evidence: " to the end of its line, so whatever it says cannot change
    // what comes before: that is where the report says that there is none, or more of it.
    String[] lines = ReportRatings.lines(r.evidence());
    if (r.evidence().isBlank()) {
      line(out, indent + "  no evidence written");
    } else if (lines.length == 1 || verbose) {
      line(out, indent + "  evidence: %s", v(lines[0]));
      for (int k = 1; k < lines.length; k++) {
        line(out, indent + "            %s", v(lines[k]));
      }
    } else {
      line(
          out,
          indent + "  evidence (first of %d lines): %s",
          lines.length,
          v(lines[0].stripTrailing()));
    }
  }

  /** The reason's sentence first, then its code, subject and figures in brackets. */
  static String reason(Reason r) {
    StringBuilder s = new StringBuilder(VisibleText.unambiguous(r.sentence().strip()));
    s.append(" [").append(r.code().name());
    r.subject().ifPresent(subject -> s.append(' ').append(TableText.id(subject)));
    if (!r.figures().isEmpty()) {
      s.append(' ').append(figures(r.figures()));
    }
    return s.append(']').toString();
  }

  /**
   * A reason's figures, {@code (name=value, ...)}, each {@link #compact}, except that a figure that
   * would read as another of the same reason, or as 0, though it differs (a score of 2.9999 beside
   * its bar 3 reads "3.000", a shortfall of 0.0001 reads "0.000") is shown in full, as the shortest
   * decimal that reads back as it: the figures never say that a score missing its bar meets it.
   */
  static String figures(Map<String, Double> figures) {
    double[] references = new double[figures.size() + 1]; // the figures, and 0
    int k = 0;
    for (double value : figures.values()) {
      references[k++] = value;
    }
    return figures.entrySet().stream()
        .map(e -> e.getKey() + "=" + beside(e.getValue(), compact(e.getValue()), references))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * {@code shown}, the rounded text of {@code value}, unless it reads as one of {@code references}
   * (or as what the reference itself would show at the same precision) that {@code value} is not:
   * then {@code value} in full, as the shortest decimal that reads back as it.
   */
  static String beside(double value, String shown, double... references) {
    double read = Double.parseDouble(shown);
    for (double reference : references) {
      if (reference != value
          && (read == reference || read == Double.parseDouble(sameDigits(reference, shown)))) {
        return exact(value);
      }
    }
    return shown;
  }

  /** {@code value} rounded to as many decimals as {@code shown} has. */
  private static String sameDigits(double value, String shown) {
    int point = shown.indexOf('.');
    int decimals = point < 0 ? 0 : shown.length() - point - 1;
    return format("%." + decimals + "f", value);
  }

  /**
   * A score shown beside the levels it is judged against (its target and must-have bar, an area's
   * bar): two decimals, or in full when two decimals would read as one of them though the score
   * differs (2.996 beside a bar of 3 reads "3.00"), so a score below its bar never reads as on it.
   */
  static String numberBeside(Coefficient value, int... levels) {
    String shown = number(value);
    if (!value.isDefined() || levels.length == 0) {
      return shown;
    }
    double[] references = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      references[i] = levels[i];
    }
    return beside(value.value(), shown, references);
  }

  /** The target and must-have bar of {@code req}, the levels its score is judged against. */
  static int[] references(Optional<CompetencyRequirement> req) {
    if (req.isEmpty()) {
      return new int[0];
    }
    Optional<Integer> bar = req.get().mustHaveBar();
    return bar.isPresent()
        ? new int[] {req.get().targetLevel(), bar.get()}
        : new int[] {req.get().targetLevel()};
  }

  /** The bars the plan sets {@code area} as a depth or breadth area. */
  static int[] areaBars(InterviewPlan plan, String area) {
    return plan.profile()
        .breadthDepth()
        .map(
            e ->
                java.util.stream.Stream.concat(e.depthAreas().stream(), e.breadthAreas().stream())
                    .filter(b -> b.area().equals(area))
                    .mapToInt(AreaBar::bar)
                    .toArray())
        .orElse(new int[0]);
  }

  static String raters(List<RaterLevel> ratings) {
    return ratings.stream()
        .map(
            r ->
                TableText.id(r.interviewerId())
                    + " ("
                    + TableText.id(r.panelRoleId())
                    + ") "
                    + r.level())
        .collect(Collectors.joining(", "));
  }

  static String status(CompetencyScore s, Optional<CompetencyRequirement> req) {
    if (!s.score().isDefined()) {
      return "not rated";
    }
    double score = s.score().value();
    if (req.isEmpty()) {
      return "not required";
    }
    Optional<Integer> bar = req.get().mustHaveBar();
    if (bar.isPresent() && score < bar.get()) {
      return "must-have bar missed";
    }
    return score >= req.get().targetLevel() ? "meets target" : "below target";
  }

  /** A figure the data may not define: two decimals, or "-" when undefined. */
  static String number(Coefficient value) {
    return value.isDefined() ? format("%.2f", value.value()) : "-";
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? format("%.2f", value.getAsDouble()) : "-";
  }

  /**
   * A gap's shortfall with two decimals, or in full when two decimals would read 0.00 for a score
   * that is below its bar all the same ("by 0.0004", never "by 0.00").
   */
  static String shortfall(double value) {
    String shown = format("%.2f", value);
    if (value > 0 && shown.equals("0.00")) {
      return exact(value);
    }
    return shown;
  }

  /**
   * {@code value} in full: the shortest decimal that reads back as it, written plainly ({@code
   * 2.9999999999999996}, {@code 0.00001}), or, where the plain form would run past {@value
   * #PLAIN_LIMIT} characters, with a lower-case exponent ({@code 4.9e-324}, {@code 1.0e308}), so
   * that no figure a plan allows (a weight of 1e308 or 5e-324) widens a line by hundreds of digits.
   */
  static String exact(double value) {
    String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.length() <= PLAIN_LIMIT ? plain : Double.toString(value).replace('E', 'e');
  }

  /** The longest plain decimal {@link #exact} writes. */
  static final int PLAIN_LIMIT = 40;

  /**
   * A requirement's weight: two decimals, or {@link #exact} from a billion up, where two decimals
   * would print every digit of the integer part (a weight of 1e308 has 309).
   */
  static String weight(double value) {
    return Math.abs(value) < 1e9 ? format("%.2f", value) : exact(value);
  }

  static String compact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    // From a billion up, three decimals would print every digit of the integer part.
    return Double.isFinite(value) && Math.abs(value) >= 1e9 ? exact(value) : format("%.3f", value);
  }

  /**
   * Text that came with the input (a title, a name, an anchor, evidence, a sentence) shown {@link
   * VisibleText#unambiguous one-to-one}: escaped once, here, before it joins a line, so that {@link
   * #line} (which leaves escaped text as it is) never shows two inputs alike.
   */
  private static String v(String text) {
    return VisibleText.unambiguous(text);
  }

  /**
   * Appends one line: {@code template} (the report's own text) filled with {@code args}, every
   * string among them shown by {@link VisibleText#of}, so that no input can start a line, move the
   * cursor or send an escape sequence. Text from the input comes already shown one-to-one ({@link
   * #v}, {@link TableText}), which this leaves as it is.
   */
  private static void line(StringBuilder out, String template, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? VisibleText.of(text) : args[i];
    }
    out.append(args.length == 0 ? template : format(template, shown)).append('\n');
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
