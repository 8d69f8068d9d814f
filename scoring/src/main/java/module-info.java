/**
 * Rubric's scoring: strategies and the {@code Evaluator}, agreement statistics, interviewer
 * calibration, the adverse-impact audit and the evaluation's JSON. Exports its API packages only;
 * Guava, Jackson and Commons Statistics are read, not re-exported.
 */
module dev.rubric.scoring {
  requires transitive dev.rubric.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.statistics.distribution;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Immutables marks generated code with javax.annotation.processing.Generated.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.rubric.scoring;
  exports dev.rubric.scoring.agreement;
  exports dev.rubric.scoring.audit;
  exports dev.rubric.scoring.calibration;
  exports dev.rubric.scoring.json;
}
