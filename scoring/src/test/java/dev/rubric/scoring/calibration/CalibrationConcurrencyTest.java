package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One calibration shared by 16 threads gives the reports a single thread gives. */
class CalibrationConcurrencyTest {
  private static final int THREADS = 16;

  @Test
  void sixteenThreadsGiveTheSingleThreadedReports() throws Exception {
    InterviewerCalibration calibration = InterviewerCalibration.builder().minComparisons(5).build();
    List<List<Scorecard>> histories = new ArrayList<>();
    List<CalibrationReport> expected = new ArrayList<>();
    for (int h = 0; h < 4; h++) {
      List<Scorecard> history = InterviewerCalibrationTest.plantedHistory(1000L + h);
      histories.add(history);
      expected.add(calibration.calibrate(InterviewerCalibrationTest.PLAN, history));
    }
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<CalibrationReport>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<CalibrationReport>> task =
            () -> {
              start.await();
              List<CalibrationReport> reports = new ArrayList<>();
              for (int i = 0; i < 8; i++) {
                int h = (offset + i) % histories.size();
                reports.add(
                    calibration.calibrate(InterviewerCalibrationTest.PLAN, histories.get(h)));
              }
              return reports;
            };
        results.add(threads.submit(task));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<CalibrationReport> reports = results.get(t).get();
        for (int i = 0; i < reports.size(); i++) {
          assertThat(reports.get(i))
              .as("thread %d, report %d", t, i)
              .isEqualTo(expected.get((t + i) % histories.size()));
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected.get(0)).isNotEqualTo(expected.get(1));
  }
}
