package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingScaleTest {
  @Test
  void fourPointScale() {
    RatingScale s = RatingScale.fourPoint();
    assertThat(s.levels())
        .extracting(ScaleLevel::value, ScaleLevel::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Strong no"),
            org.assertj.core.groups.Tuple.tuple(2, "No"),
            org.assertj.core.groups.Tuple.tuple(3, "Yes"),
            org.assertj.core.groups.Tuple.tuple(4, "Strong yes"));
    assertThat(s.hireLine()).isEqualTo(3);
    assertThat(s.isPositive(2)).isFalse();
    assertThat(s.isPositive(3)).isTrue();
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(4);
    assertThat(s.size()).isEqualTo(4);
  }

  @Test
  void greenhouseScaleHasNoNoDecisionLevel() {
    RatingScale s = RatingScale.greenhouseFivePoint();
    assertThat(s.levels())
        .extracting(ScaleLevel::label)
        .containsExactly("Definitely not", "No", "Mixed", "Yes", "Strong yes");
    assertThat(s.hireLine()).isEqualTo(4);
    assertThat(s.contains(0)).isFalse();
    assertThat(s.label(3)).hasValue("Mixed");
    assertThat(s.label(6)).isEmpty();
  }

  @Test
  void recommendationJsonNames() {
    assertThat(Recommendation.STRONG_YES.jsonName()).isEqualTo("strong_yes");
    assertThat(Recommendation.fromJsonName("no")).hasValue(Recommendation.NO);
    assertThat(Recommendation.fromJsonName("no_decision")).isEmpty();
    assertThat(Recommendation.YES.isPositive()).isTrue();
    assertThat(Recommendation.NO.isPositive()).isFalse();
  }
}
