package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompetencyConsensus.Builder}: required attributes, defaults and copies. */
class CompetencyConsensusTest {
  private static final RaterLevel ANA = RaterLevel.of("ana", "s1", 2);
  private static final RaterLevel BEN = RaterLevel.of("ben", "s2", 3);

  /** Every required attribute left unset is named at once; sd, rwg and ratings have defaults. */
  @Test
  void aBuilderNamesEveryMissingAttribute() {
    assertThatThrownBy(() -> CompetencyConsensus.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build CompetencyConsensus, some of required attributes are not set"
                + " [competencyId, raters, range, rwgTruncated, averageDeviation, split]");
    assertThatThrownBy(
            () -> CompetencyConsensus.builder().competencyId("c").raters(1).range(0).build())
        .hasMessageEndingWith("[rwgTruncated, averageDeviation, split]");
    CompetencyConsensus one =
        CompetencyConsensus.builder()
            .competencyId("c")
            .raters(1)
            .range(0)
            .rwgTruncated(false)
            .averageDeviation(0)
            .split(false)
            .build();
    assertThat(one.sd()).isSameAs(CompetencyConsensus.ONE_RATER_SD);
    assertThat(one.rwg()).isSameAs(CompetencyConsensus.ONE_RATER_RWG);
    assertThat(one.rwg().undefinedReason()).contains(UndefinedReason.ONE_RATER);
    assertThat(one.rwgUndefinedReason())
        .contains("rwg needs at least two raters; this competency has one");
    assertThat(one.ratings()).isEmpty();
  }

  /** Ratings are added in order, replaced by ratings(...), and copied from another value. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void ratingsAccumulateAndReplace() {
    CompetencyConsensus.Builder b = base().addRatings(ANA); // base() rates ANA and BEN
    assertThat(b.build().ratings()).containsExactly(ANA, BEN, ANA);
    CompetencyConsensus two = b.ratings(List.of(ANA, BEN)).build();
    assertThat(two.ratings()).containsExactly(ANA, BEN);
    assertThat(two.rwgUndefinedReason()).isEmpty();
    assertThat(CompetencyConsensus.builder().from(two).build()).isEqualTo(two);
    assertThat(CompetencyConsensus.builder().from(two).averageDeviation(-0.0).build())
        .as("the average deviation is compared bit for bit")
        .isNotEqualTo(CompetencyConsensus.builder().from(two).averageDeviation(0.0).build());
    assertThatThrownBy(() -> b.addRatings((RaterLevel) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ratings element");
    assertThatThrownBy(() -> b.sd(null)).hasMessage("sd");
  }

  private static CompetencyConsensus.Builder base() {
    return CompetencyConsensus.builder()
        .competencyId("c")
        .raters(2)
        .sd(Coefficient.of(0.7))
        .range(1)
        .rwg(Coefficient.of(0.6))
        .rwgTruncated(false)
        .averageDeviation(0.5)
        .split(false)
        .addRatings(ANA, BEN);
  }

  /**
   * Equal when every attribute is, whichever way the value was made; each attribute alone tells two
   * values apart (also the check guava-testlib's package sanity test runs for this class).
   */
  @Test
  public void testEquals() { // public: guava-testlib looks it up by name
    new EqualsTester()
        .addEqualityGroup(
            base().build(),
            base().build(),
            CompetencyConsensus.of(
                "c",
                2,
                Coefficient.of(0.7),
                1,
                Coefficient.of(0.6),
                false,
                0.5,
                false,
                new RaterLevels(
                    new String[] {"ana", "ben"},
                    new String[] {"s1", "s2"},
                    new int[] {2, 3},
                    0,
                    2)))
        .addEqualityGroup(base().competencyId("d").build())
        .addEqualityGroup(base().raters(3).build())
        .addEqualityGroup(base().sd(CompetencyConsensus.ONE_RATER_SD).build())
        .addEqualityGroup(base().range(2).build())
        .addEqualityGroup(base().rwg(Coefficient.of(0.1)).build())
        .addEqualityGroup(base().rwgTruncated(true).build())
        .addEqualityGroup(base().averageDeviation(0.25).build())
        .addEqualityGroup(base().split(true).build())
        .addEqualityGroup(base().ratings(List.of(BEN, ANA)).build())
        .testEquals();
  }
}
