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
    // The whole-plan fingerprint keeps the order, so the diff names the change that moved it.
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    PlanDiff diff = PlanDiff.between(before, after);
    assertThat(diff.changesScoring()).isFalse();
    assertThat(diff.changes())
        .extracting(PlanChange::path, PlanChange::kind, PlanChange::changesScoring)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/competencies", PlanChange.Kind.CHANGED, false));
    assertThat(diff.changes().get(0).description())
        .isEqualTo(
            "order changed from [\"model-serving\",\"communication\"] to"
                + " [\"communication\",\"model-serving\"]");
  }

  /**
   * Each list keyed by id whose order alone changes is one change at the list, never scoring; the
   * elements that changed as well are listed after it.
   */
  @Test
  void reorderingAKeyedListIsOneChangeAtTheListThenItsElements() {
    Instant at = Instant.parse("2026-11-03T09:00:00Z");
    InterviewPlan before =
        InterviewPlan.builder()
            .from(plan())
            .addApprovals(Approval.of("li", "Head of ML platform", at))
            .build();
    InterviewPlan after =
        InterviewPlan.builder()
            .from(before)
            .approvals(
                List.of(
                    Approval.of("li", "Head of ML platform", at.plusSeconds(60)),
                    before.approvals().get(0)))
            .build();
    PlanDiff diff = PlanDiff.between(before, after);
    assertThat(diff.changes())
        .extracting(PlanChange::path, PlanChange::changesScoring)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/approvals", false),
            org.assertj.core.groups.Tuple.tuple("/approvals/li/approvedAt", false));
    assertThat(diff.changes().get(0).description())
        .isEqualTo("order changed from [\"maria\",\"li\"] to [\"li\",\"maria\"]");
  }

  /**
   * A seat's competencies are a set to scoring (the scoring fingerprint sorts them): listing them
   * in another order is a change of the whole plan, not of scoring.
   */
  @Test
  void reorderingASeatsCompetenciesDoesNotChangeScoring() {
    InterviewPlan before = plan();
    PanelRole seat = before.panelRoles().get(0);
    PanelRole twoCompetencies =
        PanelRole.builder().from(seat).competencies(List.of("model-serving", "x")).build();
    PanelRole reversed =
        PanelRole.builder().from(seat).competencies(List.of("x", "model-serving")).build();
    InterviewPlan a =
        InterviewPlan.builder()
            .from(before)
            .panelRoles(List.of(twoCompetencies, before.panelRoles().get(1)))
            .build();
    InterviewPlan b =
        InterviewPlan.builder()
            .from(before)
            .panelRoles(List.of(reversed, before.panelRoles().get(1)))
            .build();
    assertThat(b.scoringFingerprint()).isEqualTo(a.scoringFingerprint());
    PlanDiff diff = PlanDiff.between(a, b);
    assertThat(diff.changes())
        .extracting(PlanChange::path, PlanChange::changesScoring)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/panelRoles/deployment-depth/competencies", false));
    assertThat(diff.changes().get(0).description())
        .isEqualTo("order changed from [\"model-serving\",\"x\"] to [\"x\",\"model-serving\"]");
    // A competency added to the seat is still a scoring change of the list.
    InterviewPlan c =
        InterviewPlan.builder()
            .from(before)
            .panelRoles(
                List.of(
                    PanelRole.builder()
                        .from(seat)
                        .competencies(List.of("y", "model-serving", "x"))
                        .build(),
                    before.panelRoles().get(1)))
            .build();
    assertThat(PlanDiff.between(a, c).scoringChanges())
        .extracting(PlanChange::path)
        .containsExactly("/panelRoles/deployment-depth/competencies");
  }

  /**
   * The diff explains every difference of the fingerprints: it is empty exactly when the whole-plan
   * fingerprints are equal, and some change is marked scoring exactly when the scoring fingerprints
   * differ, for each list of the plan reversed.
   */
  @Test
  void theChangesAgreeWithBothFingerprintsForEveryReorderedList() {
    Instant at = Instant.parse("2026-11-03T09:00:00Z");
    InterviewPlan base =
        InterviewPlan.builder()
            .from(plan())
            .addApprovals(Approval.of("li", "Head of ML platform", at))
            .stages(
                List.of(
                    EvaluationStage.builder()
                        .id("panel")
                        .title("Panel")
                        .addPanelRoles("deployment-depth", "stakeholder-communication")
                        .build(),
                    EvaluationStage.builder().id("debrief").title("Debrief").build()))
            .build();
    List<InterviewPlan> variants =
        List.of(
            InterviewPlan.builder().from(base).competencies(reversed(base.competencies())).build(),
            InterviewPlan.builder().from(base).panelRoles(reversed(base.panelRoles())).build(),
            InterviewPlan.builder().from(base).stages(reversed(base.stages())).build(),
            InterviewPlan.builder().from(base).approvals(reversed(base.approvals())).build(),
            InterviewPlan.builder()
                .from(base)
                .stages(
                    List.of(
                        EvaluationStage.builder()
                            .from(base.stages().get(0))
                            .panelRoles(reversed(base.stages().get(0).panelRoles()))
                            .build(),
                        base.stages().get(1)))
                .build(),
            InterviewPlan.builder()
                .from(base)
                .profile(
                    RoleProfile.builder()
                        .from(base.profile())
                        .requirements(reversed(base.profile().requirements()))
                        .build())
                .build());
    for (InterviewPlan v : variants) {
      assertThat(v.fingerprint()).isNotEqualTo(base.fingerprint());
      PlanDiff diff = PlanDiff.between(base, v);
      assertThat(diff.changes()).hasSize(1);
      assertThat(diff.changes().get(0).description()).startsWith("order changed from ");
      assertThat(diff.scoringChanges().isEmpty())
          .isEqualTo(v.scoringFingerprint().equals(base.scoringFingerprint()))
          .isTrue();
    }
  }

  private static <T> List<T> reversed(List<T> items) {
    List<T> copy = new java.util.ArrayList<>(items);
    java.util.Collections.reverse(copy);
    return copy;
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
