package dev.rubric.scoring.calibration;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib. {@link ValueEqualityTest} covers what it cannot build.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    // Coefficient is sealed: guava-testlib cannot make one by itself.
    setDistinctValues(
        Coefficient.class,
        Coefficient.of(0.5),
        Coefficient.undefined(UndefinedReason.NO_SCORES, "No candidate here has a score."));
    setDefault(InterviewPlan.class, InterviewerCalibrationTest.PLAN);
    setDefault(LeniencyEquations.class, LeniencyEquations.over(2));
    LeniencyEquations equations =
        LeniencyEquations.over(2).addUnit(new int[] {0, 1}, new int[] {3, 2});
    LeniencyFit fit = equations.solve();
    setDefault(LeniencyFit.class, fit);
    setDefault(LeniencyHalo.class, LeniencyHalo.of(equations, fit));
    setDefault(dev.rubric.scoring.EvidenceRules.class, dev.rubric.scoring.EvidenceRules.defaults());
    setDistinctValues(
        Problem.class,
        Problem.error(ProblemCodes.LEVEL_OUTSIDE_SCALE, "/ratings/0/level", "Level 7 is outside."),
        Problem.error(ProblemCodes.FINGERPRINT_MISMATCH, "/planFingerprint", "Another plan."));
    setDistinctValues(
        Leniency.class,
        new Leniency(
            6,
            1,
            Coefficient.of(0.5),
            Coefficient.of(0.4),
            Coefficient.of(0.1),
            Coefficient.of(4.0),
            Coefficient.of(0.001),
            Coefficient.of(0.01),
            0.3,
            LeniencyFlag.LENIENT),
        new Leniency(
            6,
            1,
            Coefficient.of(-0.5),
            Coefficient.of(-0.4),
            Coefficient.of(0.1),
            Coefficient.of(-4.0),
            Coefficient.of(0.001),
            Coefficient.of(0.01),
            -0.3,
            LeniencyFlag.SEVERE));
    // A report holds two lists of different records, which guava-testlib cannot tell apart by
    // type; ValueEqualityTest checks its equality with reports the calibration computed.
    // A panel-sizing record (numbers and targets) and a profile (counts and diagnostics) likewise.
    ignoreClasses(
        c ->
            c == CalibrationReport.class
                || c == CompetencyReliability.class
                || c == InterviewerProfile.class);
  }
}
