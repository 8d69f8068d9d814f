/**
 * Rubric on Apache Spark: the agreement statistics ({@link dev.rubric.spark.SparkAgreement}),
 * interviewer calibration ({@link dev.rubric.spark.SparkCalibration}), batch evaluation ({@link
 * dev.rubric.spark.SparkEvaluation}) and the counts of the adverse-impact audit ({@link
 * dev.rubric.spark.SparkAudit}) as Spark aggregations whose buffers are Rubric's own mergeable
 * accumulators, and a runnable job ({@link dev.rubric.spark.RubricJob}).
 *
 * <p>Every public type is stateless and thread-safe; the datasets returned are lazy, as Spark's
 * are. Nothing is null unless marked.
 */
@NullMarked
package dev.rubric.spark;

import org.jspecify.annotations.NullMarked;
