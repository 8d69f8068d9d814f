package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Approval;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan's approval line names each approver and role one-to-one: free text in an approver or a
 * role cannot close its parentheses and read as a second approval.
 */
class ApprovalLineTest {
  private static final Instant AT = Instant.parse("2025-12-15T16:00:00Z");

  private static InterviewPlan plan(List<Approval> approvals) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("../examples/plans/ml-engineer.json"));
    InterviewPlan plan = RubricJson.standard().readPlan(bytes).orElseThrow();
    return InterviewPlan.builder().from(plan).approvals(approvals).build();
  }

  @Test
  void aRoleWithACommaReadsAsWrittenAndOneWithAParenthesisIsQuoted() throws IOException {
    String line =
        TimelineSection.approval(
            plan(
                List.of(
                    Approval.of("dana.okafor", "Hiring manager", AT),
                    Approval.of("sam.ruiz", "Product lead, delivery estimates", AT),
                    Approval.of("li.chen", "Lead), mallory (Recruiter", AT))));
    assertThat(line)
        .isEqualTo(
            "  plan approved at 2025-12-15T16:00:00Z by dana.okafor (Hiring manager), sam.ruiz"
                + " (Product lead, delivery estimates), li.chen (\"Lead), mallory (Recruiter\")");
  }

  @Test
  void oneApprovalNeverReadsAsTwo() throws IOException {
    List<List<Approval>> lists =
        List.of(
            List.of(Approval.of("a", "Lead), b (Recruiter", AT)),
            List.of(Approval.of("a", "Lead", AT), Approval.of("b", "Recruiter", AT)),
            List.of(Approval.of("a (Lead), b", "Recruiter", AT)),
            List.of(Approval.of("a", "\"Lead\"", AT)),
            List.of(Approval.of("a", "Lead", AT)));
    Set<String> lines = new HashSet<>();
    for (List<Approval> approvals : lists) {
      assertThat(lines.add(TimelineSection.approval(plan(approvals)))).as("%s", approvals).isTrue();
    }
    assertThat(TimelineSection.approval(plan(lists.get(2))))
        .endsWith(" by \"a (Lead), b\" (Recruiter)");
  }
}
