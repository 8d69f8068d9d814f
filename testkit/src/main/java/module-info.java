/**
 * Rubric's property-based testing engine, domain generators and contract suites. The contract
 * suites are JUnit Jupiter test classes a user extends, so JUnit reads them reflectively: their
 * package is open.
 */
module dev.rubric.testkit {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.scoring;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports dev.rubric.testkit;
  exports dev.rubric.testkit.domain;
  exports dev.rubric.testkit.contracts;

  opens dev.rubric.testkit.contracts;
}
