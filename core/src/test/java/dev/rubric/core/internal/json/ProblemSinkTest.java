package dev.rubric.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import org.junit.jupiter.api.Test;

class ProblemSinkTest {
  private static final Problem ERROR = Problem.error("X", "/a", "An error.");
  private static final Problem ADVICE = Problem.advice("Y", "/b", "Advice.");

  @Test
  void keepsTheFirstProblemsAndCountsTheRest() {
    ProblemSink sink = ProblemSink.keeping(2);
    sink.add(ADVICE);
    sink.add(ADVICE);
    sink.add(ADVICE);
    sink.add(ERROR);
    sink.add(ADVICE);
    assertThat(sink).hasSize(5);
    assertThat(sink.leftOut()).isEqualTo(3);
    assertThat(sink.get(0)).isEqualTo(ADVICE);
    // Past the limit, a stand-in of the same severity: "an error since index i?" keeps its answer.
    assertThat(sink.get(2).isError()).isFalse();
    assertThat(sink.get(3).isError()).isTrue();
    assertThat(sink.get(3).code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(sink.reported()).hasSize(3).startsWith(ADVICE, ADVICE);
    Problem last = sink.reported().get(2);
    assertThat(last.isError()).isTrue();
    assertThat(last.message())
        .isEqualTo(
            "3 more problems were found and not listed (the report stops after 2); fix the ones"
                + " above and read the document again.");
    assertThatThrownBy(() -> sink.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aSingleLeftOutAdviceIsReportedAsAdvice() {
    ProblemSink sink = ProblemSink.keeping(1);
    sink.add(ERROR);
    sink.add(ADVICE);
    Problem last = sink.reported().get(1);
    assertThat(last.isError()).isFalse();
    assertThat(last.message()).startsWith("1 more problem was found");
  }

  @Test
  void underTheLimitEverythingIsReported() {
    ProblemSink sink = ProblemSink.of(ParseLimits.defaults());
    sink.add(ERROR);
    assertThat(sink.reported()).containsExactly(ERROR);
    assertThatThrownBy(() -> ProblemSink.keeping(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit (0) must be > 0");
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester().testAllPublicStaticMethods(ProblemSink.class);
    new NullPointerTester().testAllPublicInstanceMethods(ProblemSink.keeping(1));
  }
}
