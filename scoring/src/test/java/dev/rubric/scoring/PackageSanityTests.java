package dev.rubric.scoring;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib. The composite results (an evaluation and its parts) come from two
 * real evaluations, since guava-testlib cannot make consistent ones; {@link ValueEqualityTest}
 * checks their equality explicitly.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    // Coefficient is sealed: guava-testlib cannot make one by itself.
    setDistinctValues(
        Coefficient.class,
        Coefficient.of(0.5),
        Coefficient.undefined(UndefinedReason.ONE_RATER, "One rater only."));
    // RaterLevel is abstract: the ratings of a competency score are made of these.
    setDistinctValues(
        RaterLevel.class, RaterLevel.of("ana", "s1", 2), RaterLevel.of("ben", "s2", 3));
    // A decision needs at least one reason: guava-testlib's own would be empty lists.
    setDistinctValues(
        Reason.class,
        Reason.of(ReasonCode.ALL_MUST_HAVE_BARS_MET, Optional.empty(), Map.of(), "Met."),
        Reason.of(ReasonCode.SEAT_OWES_SCORECARD, Optional.of("deploy"), Map.of(), "Owed."));
    InterviewPlan plan = Packets.plan();
    InterviewPlan breadthDepth = Packets.breadthDepthPlan();
    Evaluation hire = Evaluator.standard().evaluate(plan, Packets.packet(plan, 4, 3, 4, 4, 3));
    Evaluation noHire =
        Evaluator.standard().evaluate(breadthDepth, Packets.packet(breadthDepth, 1, 2, 1, 2, 1));
    setDefault(InterviewPlan.class, plan);
    setDefault(RatingScale.class, RatingScale.fourPoint());
    setDefault(Evaluator.class, Evaluator.standard());
    setDistinctValues(
        EvaluationContext.class,
        EvaluationContext.none(),
        EvaluationContext.asOf(java.time.Instant.parse("2026-11-20T17:00:00Z")));
    setDistinctValues(
        Timeline.class,
        Timeline.empty(),
        Timeline.builder().asOf(java.time.Instant.parse("2026-11-20T17:00:00Z")).build());
    setDefault(Scorecard.class, hire.scorecards().get(0).scorecard());
    setDefault(ScorecardAccount.class, hire.scorecards().get(0));
    setDistinctValues(Evaluation.class, hire, noHire);
    // The package-private factory of an evaluation that lists its accounts on first use.
    setDistinctValues(
        com.google.common.base.Supplier.class,
        (com.google.common.base.Supplier<List<ScorecardAccount>>) hire::scorecards,
        (com.google.common.base.Supplier<List<ScorecardAccount>>) noHire::scorecards);
    setDistinctValues(Findings.class, hire.findings(), noHire.findings());
    setDistinctValues(
        PanelRecommendations.class,
        hire.findings().recommendations(),
        noHire.findings().recommendations());
    setDefault(EvidenceRules.class, EvidenceRules.defaults());
    setDefault(
        Strategies.class,
        Strategies.guarded(
            CompetencyAggregator.mean(),
            ScoringStrategy.hybrid(),
            BreadthDepthStrategy.areaBars(),
            ConsensusMeasure.standard(),
            DecisionPolicy.standard(),
            EvidenceRules.defaults()));
    setDistinctValues(Decision.class, hire.decision(), noHire.decision());
    setDistinctValues(
        Readiness.class,
        Readiness.of(List.of(), List.of()),
        Readiness.of(List.of("deploy"), List.of("comms")));
    setDistinctValues(CompetencyScores.class, hire.findings().scores(), noHire.findings().scores());
    setDistinctValues(OverallScore.class, hire.findings().overall(), noHire.findings().overall());
    setDistinctValues(
        ConsensusReport.class, hire.findings().consensus(), noHire.findings().consensus());
  }
}
