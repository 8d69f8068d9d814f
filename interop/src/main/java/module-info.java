/**
 * Importers of ATS scorecard payloads (Greenhouse, Lever, Ashby, Merge) under a user-controlled
 * mapping. Exports {@code dev.rubric.interop} only; Guava and Jackson are read, not re-exported.
 */
module dev.rubric.interop {
  requires transitive dev.rubric.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Immutables marks generated code with javax.annotation.processing.Generated.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.rubric.interop;
}
