package dev.rubric.scoring.audit;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Null checks and equals/hashCode of every public class in this package, found and exercised by
 * guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() throws IOException {
    publicApiOnly();
    // Coefficient is sealed: guava-testlib cannot make one by itself.
    setDistinctValues(
        Coefficient.class,
        Coefficient.of(0.5),
        Coefficient.undefined(UndefinedReason.NO_SCORES, "No candidate here has a score."));
    setDefault(
        InterviewPlan.class,
        RubricJson.standard()
            .readPlan(Files.readAllBytes(Path.of("..", "examples", "plans", "ml-engineer.json")))
            .orElseThrow());
    setDefault(
        GroupMembership.class,
        new GroupMembership(List.of("sex"), Map.of("a", Map.of("sex", "F"))));
    setDefault(CandidateOutcome.class, CandidateOutcome.of("a", true, 3));
    setDefault(AuditOptions.class, AuditOptions.defaults());
    // Options and membership refuse the values guava-testlib makes up (a share of 1, no
    // dimension); AdverseImpactTest.badInputNamesTheCandidate checks their messages.
    // Records of several lists of the same element type, which guava-testlib cannot tell apart;
    // AdverseImpactTest compares whole reports for equality.
    ignoreClasses(
        c ->
            c == AuditReport.class
                || c == GroupingResult.class
                || c == CategoryResult.class
                || c == CompetencyDifference.class
                || c == SelectionTally.class
                || c == AuditOptions.class
                || c == GroupMembership.class);
  }
}
