package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.TechnicalEnvironment;
import dev.rubric.core.json.RubricJson;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.domain.RubricGen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The fingerprint depends on the content only, and on every part of it. */
class FingerprintProperties {
  static Gen<InterviewPlan> plans() {
    return RubricGen.plans();
  }

  /** Changes to one field each; every one changes the canonical JSON. */
  private static final List<Pair<String, UnaryOperator<InterviewPlan>>> CHANGES =
      List.of(
          new Pair<>("plan id", p -> builder(p).id(p.id() + "-v2").build()),
          new Pair<>(
              "seats per competency",
              p -> builder(p).seatsPerCompetency(p.seatsPerCompetency() + 1).build()),
          new Pair<>(
              "first level label",
              p -> {
                List<ScaleLevel> levels = new ArrayList<>(p.scale().levels());
                ScaleLevel first = levels.get(0);
                levels.set(0, ScaleLevel.of(first.value(), first.label() + "!"));
                return builder(p).scale(RatingScale.of(levels, p.scale().hireLine())).build();
              }),
          new Pair<>(
              "first competency name",
              p -> {
                List<Competency> list = new ArrayList<>(p.competencies());
                list.set(0, Competency.builder().from(list.get(0)).name("Renamed").build());
                return builder(p).competencies(list).build();
              }),
          new Pair<>(
              "first weight",
              p -> {
                List<CompetencyRequirement> list = new ArrayList<>(p.profile().requirements());
                CompetencyRequirement r = list.get(0);
                list.set(0, CompetencyRequirement.builder().from(r).weight(r.weight() + 1).build());
                return builder(p)
                    .profile(RoleProfile.builder().from(p.profile()).requirements(list).build())
                    .build();
              }),
          new Pair<>(
              "first seat title",
              p -> {
                List<PanelRole> list = new ArrayList<>(p.panelRoles());
                list.set(0, PanelRole.builder().from(list.get(0)).title("Another seat").build());
                return builder(p).panelRoles(list).build();
              }),
          new Pair<>(
              "cloud answer",
              p ->
                  builder(p)
                      .profile(
                          RoleProfile.builder()
                              .from(p.profile())
                              .environment(
                                  TechnicalEnvironment.builder()
                                      .from(p.profile().environment())
                                      .cloud(
                                          p.profile().environment().cloud().orElse("") + " (new)")
                                      .build())
                              .build())
                      .build()));

  static Gen<Pair<InterviewPlan, Pair<String, UnaryOperator<InterviewPlan>>>> changedPlans() {
    return Gen.zip(RubricGen.plans(), Gen.elements(CHANGES));
  }

  @Property
  void sameContentGivesTheSameFingerprint(@ForAll("plans") InterviewPlan plan) {
    InterviewPlan rebuilt = InterviewPlan.builder().from(plan).build();
    InterviewPlan read =
        RubricJson.standard().readPlan(RubricJson.standard().writePlan(plan)).orElseThrow();

    assertThat(plan.fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(rebuilt).isEqualTo(plan);
    assertThat(rebuilt.fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(read.fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(RubricJson.fingerprint(plan)).isEqualTo(plan.fingerprint());
  }

  @Property
  void changingOneFieldChangesTheFingerprint(
      @ForAll("changedPlans") Pair<InterviewPlan, Pair<String, UnaryOperator<InterviewPlan>>> p) {
    InterviewPlan changed = p.second().second().apply(p.first());

    assertThat(changed).isNotEqualTo(p.first());
    assertThat(changed.fingerprint()).as(p.second().first()).isNotEqualTo(p.first().fingerprint());
  }

  private static InterviewPlan.Builder builder(InterviewPlan plan) {
    return InterviewPlan.builder().from(plan);
  }
}
