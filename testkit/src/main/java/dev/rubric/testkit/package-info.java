/**
 * A small property-based testing engine with integrated shrinking, and its JUnit Jupiter
 * integration.
 *
 * <p>Start at {@link dev.rubric.testkit.Gen} for generators, {@link
 * dev.rubric.testkit.PropertyCheck} to check a property inside any test, and {@link
 * dev.rubric.testkit.Property} with {@link dev.rubric.testkit.ForAll} for annotated property
 * methods.
 *
 * <p>Every generated value is built from a recorded sequence of bounded random choices. A failing
 * case is shrunk by shortening and lowering that sequence and replaying it, so values made with
 * {@code map}, {@code flatMap} and {@code filter} shrink without any per-type code (the design of
 * Hypothesis: MacIver and Donaldson, "Test-Case Reduction via Test-Case Generation: Insights from
 * the Hypothesis Reducer", ECOOP 2020, doi:10.4230/LIPIcs.ECOOP.2020.13).
 *
 * <p>Every public type here is immutable and safe to share between threads. Nothing in this package
 * accepts or returns {@code null} unless marked {@code @Nullable}. Beta: the generator and runner
 * API may still change before 1.0; the system properties {@code rubric.testkit.seed}, {@code
 * rubric.testkit.tries} and {@code rubric.testkit.seeds} are stable.
 */
@NullMarked
package dev.rubric.testkit;

import org.jspecify.annotations.NullMarked;
