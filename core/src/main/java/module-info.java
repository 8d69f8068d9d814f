/**
 * Rubric's domain model, validation and JSON format.
 *
 * <p>Exports the model ({@code dev.rubric.core}) and the JSON format ({@code
 * dev.rubric.core.json}); the JSON and collection helpers the other Rubric modules share are
 * exported to them only. Guava and Jackson are read, not re-exported: no public signature names
 * them.
 */
module dev.rubric.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Immutables marks generated code with javax.annotation.processing.Generated.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.rubric.core;
  exports dev.rubric.core.json;
  exports dev.rubric.core.internal.json to
      dev.rubric.scoring,
      dev.rubric.interop;
  exports dev.rubric.core.internal.jackson to
      dev.rubric.interop;
  exports dev.rubric.core.internal.util to
      dev.rubric.scoring;
}
