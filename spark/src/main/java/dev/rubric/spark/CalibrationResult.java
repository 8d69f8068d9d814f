package dev.rubric.spark;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.calibration.Leniency;
import dev.rubric.scoring.calibration.LeniencyEstimates;
import dev.rubric.scoring.calibration.LeniencyFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link SparkCalibration#calibrate}: the interviewer ids in id order and the
 * leniency estimates, interviewer {@code i} of the one at position {@code i}.
 *
 * @param interviewerIds the interviewers, ascending
 * @param estimates their leniency and the figures of the fit
 */
public record CalibrationResult(List<String> interviewerIds, LeniencyEstimates estimates) {
  /**
   * Copies the ids and checks that there is one estimate per interviewer.
   *
   * @param interviewerIds the interviewers, ascending
   * @param estimates their leniency and the figures of the fit
   * @throws IllegalArgumentException when the counts differ
   */
  public CalibrationResult {
    interviewerIds = List.copyOf(interviewerIds);
    Objects.requireNonNull(estimates, "estimates");
    Checks.check(
        interviewerIds.size() == estimates.interviewers().size(),
        "%s interviewers but %s estimates",
        interviewerIds.size(),
        estimates.interviewers().size());
  }

  /**
   * The leniency of {@code interviewerId}.
   *
   * @param interviewerId an interviewer
   * @return their leniency
   * @throws IllegalArgumentException when the interviewer is not in the result
   */
  public Leniency leniency(String interviewerId) {
    int at = interviewerIds.indexOf(interviewerId);
    Checks.check(at >= 0, "no interviewer %s in the calibration", interviewerId);
    return estimates.interviewers().get(at);
  }

  /**
   * The result as a table, one row per interviewer: {@code interviewerId, group, flag, flagged,
   * offset, standardError, shrunkOffset, comparisons, rawDifference, z, pValue, adjustedPValue,
   * pValueReason} (the names of {@code rubric calibrate --format json}); an undefined figure is
   * null there and here, {@code pValueReason} says why {@code pValue} is null (null when it is
   * not), and so is the group of an interviewer who shares no candidate with another (group 0 in
   * {@link Leniency#group()}).
   *
   * @param spark the session to create the table in
   * @return the table
   */
  public Dataset<Row> toTable(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < interviewerIds.size(); i++) {
      Leniency l = estimates.interviewers().get(i);
      rows.add(
          RowFactory.create(
              interviewerIds.get(i),
              l.group() == 0 ? null : l.group(),
              l.flag().name(),
              l.flag() == LeniencyFlag.LENIENT || l.flag() == LeniencyFlag.SEVERE,
              orNull(l.offset()),
              orNull(l.standardError()),
              l.shrunkOffset(),
              l.comparisons(),
              orNull(l.rawDifference()),
              orNull(l.z()),
              orNull(l.pValue()),
              orNull(l.adjustedPValue()),
              l.pValue() instanceof Coefficient.Undefined u ? u.explanation() : null));
    }
    return spark.createDataFrame(rows, SparkCalibration.TABLE);
  }

  private static @Nullable Double orNull(Coefficient c) {
    return c.isDefined() ? c.value() : null;
  }
}
