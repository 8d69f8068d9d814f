package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * How far interviewers beyond the threshold {@code k} move the zero of their group. The Huber
 * equation {@code sum_j psi(b_j - mu) = 0} reads, with {@code I} the interviewers within {@code k}
 * of {@code mu} and {@code A} and {@code B} those above and below it: {@code sum_I (b_j - mu) + k
 * (|A| - |B|) = 0}, so {@code mu = mean_I(b) + k (|A| - |B|) / |I|}. Each interviewer beyond the
 * threshold moves the zero from the mean of those within it by {@code k} divided by the number
 * within it, not by the group's size as the README used to say.
 */
class HuberBoundTest {
  private static final double K = 0.25;

  /**
   * Law: a one level below b and c, no noise: the fair two are measured at exactly +0.125 = 0.25 /
   * 2 (the README's old bound said at most 0.25 / 3 = 0.083); 3 fair and 2 lenient a level above
   * them: the fair three at -1/6 = -2 * 0.25 / 3 (the old bound: 0.1).
   */
  @Test
  void oneBeyondMovesTheZeroByTheThresholdOverTheNumberWithin() {
    CalibrationReport three =
        InterviewerCalibration.standard()
            .calibrate(
                Histories.plan(4, 5, 1, true),
                ExactFitTest.history(10, new String[] {"a", "b", "c"}, new int[] {0, 1, 1}));
    assertThat(three.interviewer("b").orElseThrow().leniency().offset().value()).isEqualTo(K / 2);
    CalibrationReport five =
        InterviewerCalibration.standard()
            .calibrate(
                Histories.plan(4, 5, 1, true),
                ExactFitTest.history(
                    10, new String[] {"f1", "f2", "f3", "l1", "l2"}, new int[] {0, 0, 0, 1, 1}));
    for (String fair : new String[] {"f1", "f2", "f3"}) {
      assertThat(five.interviewer(fair).orElseThrow().leniency().offset().value())
          .isCloseTo(-2 * K / 3, within(1e-12));
    }
    assertThat(five.interviewer("l1").orElseThrow().leniency().offset().value())
        .isCloseTo(1 - 2 * K / 3, within(1e-12));
  }

  /**
   * Law: on random offsets, the location is the mean of those within k of it moved by k (|A| - |B|)
   * / |I|, so its distance from that mean is at most k times the number beyond it divided by the
   * number within it; the bound is reached when all beyond lie on one side.
   */
  @Test
  void theLocationIsTheMeanOfThoseWithinMovedByTheThresholdPerOutlierOverThoseWithin() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 2000; trial++) {
      int s = 3 + random.nextInt(10);
      double[] b = new double[s];
      for (int j = 0; j < s; j++) {
        b[j] = random.nextDouble() < 0.3 ? 1 + random.nextDouble() : 0.3 * random.nextGaussian();
      }
      double mu = LeniencyModel.huber(b, K);
      int inside = 0;
      int above = 0;
      int below = 0;
      double sum = 0;
      for (double v : b) {
        if (v - mu > K) {
          above++;
        } else if (mu - v > K) {
          below++;
        } else {
          inside++;
          sum += v;
        }
      }
      if (inside == 0) {
        continue;
      }
      double mean = sum / inside;
      assertThat(mu)
          .as(Arrays.toString(b))
          .isCloseTo(mean + K * (above - below) / inside, within(1e-12));
      assertThat(Math.abs(mu - mean)).isLessThanOrEqualTo(K * (above + below) / inside + 1e-12);
    }
  }
}
