package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README says of returned lists: unmodifiable; a value's own list answers {@code
 * contains(null)} by throwing, a computed one by {@code false}; a null element handed to a factory
 * is named by its index.
 */
class ReturnedListsTest {
  private static final Problem ERROR = Problem.error("X", "/a", "An error.");
  private static final Problem ADVICE = Problem.advice("Y", "/b", "Advice.");

  @Test
  @SuppressWarnings("NullAway") // asks about null on purpose
  void heldAndComputedListsAnswerAsDocumented() {
    ValidationReport report = ValidationReport.of(List.of(ERROR, ADVICE));
    List<Problem> held = report.problems();
    List<Problem> errors = report.errors();
    assertThatThrownBy(() -> held.contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> held.indexOf(null)).isInstanceOf(NullPointerException.class);
    assertThat(errors.contains(null)).isFalse();
    assertThat(errors.indexOf(null)).isEqualTo(-1);
    assertThatThrownBy(() -> held.add(ERROR)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> errors.add(ERROR)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullElementIsNamedByItsIndex() {
    assertThatThrownBy(() -> ValidationReport.of(Arrays.asList(ERROR, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("problems[1]");
  }
}
