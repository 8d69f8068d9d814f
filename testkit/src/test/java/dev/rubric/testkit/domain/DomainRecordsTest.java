package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public records of the domain generators name a missing list or element. */
class DomainRecordsTest {
  private static final InterviewPlan PLAN = RubricGen.plans().sample(1, 1).get(0);

  @Test
  void aMissingListOfScorecardsIsNamed() {
    assertThatThrownBy(() -> new Packet(PLAN, "c1", nullList(), Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scorecards");
    assertThatThrownBy(() -> new History(PLAN, nullList()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scorecards");
  }

  @Test
  void aMissingScorecardIsNamedWithItsIndex() {
    List<Scorecard> withHole = Arrays.asList((Scorecard) null);

    assertThatThrownBy(() -> new Packet(PLAN, "c1", withHole, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scorecards[0] is null");
    assertThatThrownBy(() -> new History(PLAN, withHole))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scorecards[0] is null");
  }

  @SuppressWarnings("NullAway")
  private static List<Scorecard> nullList() {
    return null;
  }
}
