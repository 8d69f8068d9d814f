package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.fixtures.Plans;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revising a plan: the scoring fingerprint, scorecards that survive a rewording, the diff. */
class PlanDiffTest {
  private static InterviewPlan plan() {
    return ProcessPlanTest.complete().build();
  }

  private static InterviewPlan reworded(InterviewPlan p) {
    Competency c = p.competencies().get(0);
    java.util.Map<Integer, String> anchors = new java.util.TreeMap<>(c.anchors());
    anchors.put(3, "Did it once, in production");
    Competency fixed = Competency.builder().from(c).anchors(anchors).build();
    return InterviewPlan.builder()
        .from(p)
        .competencies(List.of(fixed, p.competencies().get(1)))
        .addApprovals(
            Approval.of("li", "Head of ML platform", Instant.parse("2026-11-03T09:00:00Z")))
        .decisionDueWithin(Duration.ofDays(5))
        .build();
  }

  @Test
  void rewordingAnAnchorKeepsTheScoringFingerprintAndTheScorecards() {
    InterviewPlan before = plan();
    InterviewPlan after = reworded(before);
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    assertThat(after.scoringFingerprint()).isEqualTo(before.scoringFingerprint());
    // a scorecard carrying the scoring fingerprint of the old version still matches
    Scorecard card =
        Plans.card(before)
            .planFingerprint(before.scoringFingerprint())
            .rate("model-serving", 3, "Served a model")
            .build();
    assertThat(card.validateAgainst(after).errors()).isEmpty();
    // one carrying the old whole-plan fingerprint matched the old version only
    Scorecard old = Plans.card(before).rate("model-serving", 3, "Served a model").build();
    assertThat(old.validateAgainst(before).errors()).isEmpty();
    assertThat(old.validateAgainst(after).errors())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.FINGERPRINT_MISMATCH);
  }

  @Test
  void diffListsWordingChangesAsNotChangingScoring() {
    PlanDiff diff = PlanDiff.between(plan(), reworded(plan()));
    assertThat(diff.changesScoring()).isFalse();
    assertThat(diff.scoringChanges()).isEmpty();
    assertThat(diff.changes())
        .extracting(PlanChange::path, PlanChange::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/competencies/model-serving/anchors/3", PlanChange.Kind.CHANGED),
            org.assertj.core.groups.Tuple.tuple("/approvals/li", PlanChange.Kind.ADDED),
            org.assertj.core.groups.Tuple.tuple("/decisionDueWithin", PlanChange.Kind.ADDED));
    assertThat(diff.changes().get(0).description())
        .isEqualTo("changed from \"Did it once\" to \"Did it once, in production\"");
  }

  /**
   * An approver's name is free text: "a/role" added and "a" whose role changed both read {@code
   * /approvals/a/role} before. A slash or tilde inside a name or id is escaped as RFC 6901 escapes
   * it, so each path has one reading.
   */
  @Test
  void aSlashInsideAnIdStaysInItsOwnSegmentOfThePath() {
    Instant at = Instant.parse("2026-11-03T09:00:00Z");
    InterviewPlan base = plan();
    InterviewPlan withSlash =
        InterviewPlan.builder().from(base).addApprovals(Approval.of("a/role", "Lead", at)).build();
    InterviewPlan withTilde =
        InterviewPlan.builder().from(base).addApprovals(Approval.of("b~1", "Lead", at)).build();
    assertThat(PlanDiff.between(base, withSlash).changes())
        .extracting(PlanChange::path)
        .containsExactly("/approvals/a~1role");
    assertThat(PlanDiff.between(base, withTilde).changes())
        .extracting(PlanChange::path)
        .containsExactly("/approvals/b~01");
    assertThat(PlanDiff.segment("plain-id")).isEqualTo("plain-id");
    assertThat(PlanDiff.segment("~/")).isEqualTo("~0~1");
  }

  /**
   * A text value holding a double quote could close its own quotes: "X" changed to {@code a" to "b}
   * and {@code X" to "a} changed to "b" were both described {@code changed from "X" to "a" to "b"}.
   * The quotes and backslashes inside a text value are escaped, so the two read apart.
   */
  @Test
  void aQuoteInsideAChangedTextCannotCloseItsQuotes() {
    String one = PlanDiff.between(titled("X"), titled("a\" to \"b")).changes().get(0).description();
    String two = PlanDiff.between(titled("X\" to \"a"), titled("b")).changes().get(0).description();
    assertThat(one).isEqualTo("changed from \"X\" to \"a\\\" to \\\"b\"");
    assertThat(two).isEqualTo("changed from \"X\\\" to \\\"a\" to \"b\"");
    assertThat(
            PlanDiff.between(titled("X"), titled("C:\\new\nline")).changes().get(0).description())
        .isEqualTo("changed from \"X\" to \"C:\\\\\\\\new\\\\nline\"");
  }

  private static InterviewPlan titled(String title) {
    InterviewPlan p = plan();
    return InterviewPlan.builder()
        .from(p)
        .profile(RoleProfile.builder().from(p.profile()).title(title).build())
        .build();
  }

  @Test
  void diffMarksScoringChanges() {
    InterviewPlan before = plan();
    RoleProfile profile =
        RoleProfile.builder()
            .from(before.profile())
            .requirements(
                List.of(
                    CompetencyRequirement.mustHave("model-serving", 3.0, 3, 3),
                    before.profile().requirements().get(1)))
            .build();
    InterviewPlan after = InterviewPlan.builder().from(before).profile(profile).build();
    PlanDiff diff = PlanDiff.between(before, after);
    assertThat(diff.changesScoring()).isTrue();
    assertThat(diff.scoringChanges())
        .extracting(PlanChange::path, PlanChange::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/profile/requirements/model-serving/weight", "changed from 2.0 to 3.0"));
    assertThat(after.scoringFingerprint()).isNotEqualTo(before.scoringFingerprint());
  }

  @Test
  void reorderingCompetenciesDoesNotChangeTheScoringFingerprint() {
    InterviewPlan before = plan();
    InterviewPlan after =
        InterviewPlan.builder()
            .from(before)
            .competencies(List.of(before.competencies().get(1), before.competencies().get(0)))
            .build();
    assertThat(after.scoringFingerprint()).isEqualTo(before.scoringFingerprint());
    assertThat(PlanDiff.between(before, after).changes()).isEmpty();
  }

  @Test
  void eachScoringRelevantPathIsClassified() {
    assertThat(PlanDiff.scoring("/scale/hireLine")).isTrue();
    assertThat(PlanDiff.scoring("/scale/levels/3/label")).isFalse();
    assertThat(PlanDiff.scoring("/competencies/x")).isTrue();
    assertThat(PlanDiff.scoring("/competencies/x/area")).isTrue();
    assertThat(PlanDiff.scoring("/competencies/x/name")).isFalse();
    assertThat(PlanDiff.scoring("/panelRoles/s/competencies")).isTrue();
    assertThat(PlanDiff.scoring("/panelRoles/s/shadow")).isTrue();
    assertThat(PlanDiff.scoring("/panelRoles/s/kind")).isFalse();
    assertThat(PlanDiff.scoring("/profile/breadthDepth/breadthRequired")).isTrue();
    assertThat(PlanDiff.scoring("/profile/environment/cloud")).isFalse();
    assertThat(PlanDiff.scoring("/stages/panel/feedbackDueWithin")).isFalse();
  }
}
