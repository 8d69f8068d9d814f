package dev.rubric.scoring.calibration;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** Equality of the calibration's value types, with reports the calibration computed. */
class ValueEqualityTest {
  @Test
  void reportsAndTheirParts() {
    InterviewerCalibration calibration = InterviewerCalibration.standard();
    CalibrationReport a =
        calibration.calibrate(
            InterviewerCalibrationTest.PLAN, InterviewerCalibrationTest.plantedHistory(1));
    CalibrationReport again =
        calibration.calibrate(
            InterviewerCalibrationTest.PLAN, InterviewerCalibrationTest.plantedHistory(1));
    CalibrationReport b =
        calibration.calibrate(
            InterviewerCalibrationTest.PLAN, InterviewerCalibrationTest.plantedHistory(2));
    new EqualsTester().addEqualityGroup(a, again).addEqualityGroup(b).testEquals();
    new EqualsTester()
        .addEqualityGroup(a.interviewers().get(0), again.interviewers().get(0))
        .addEqualityGroup(a.interviewers().get(1))
        .addEqualityGroup(b.interviewers().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            a.interviewers().get(3).leniency(), again.interviewers().get(3).leniency())
        .addEqualityGroup(a.interviewers().get(7).leniency())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.panelSizing().get(0), again.panelSizing().get(0))
        .addEqualityGroup(a.panelSizing().get(1))
        .addEqualityGroup(b.panelSizing().get(0))
        .testEquals();
  }
}
