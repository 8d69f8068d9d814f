/**
 * Generators for Rubric's domain: rating scales, competencies, valid interview plans of varied
 * shape, scorecards valid against a plan, packets, histories of many candidates, deliberately
 * broken plans and scorecards that carry the problem code they must trigger, and units-by-raters
 * matrices for the agreement statistics.
 *
 * <p>Start at {@link dev.rubric.testkit.domain.RubricGen}. Every generator is built with {@code
 * map} and {@code flatMap} from bounded choices, never by filtering, so every value it makes (a
 * shrunk one included) is valid by construction: a shrunk plan is still a valid plan.
 *
 * <p>Every public type here is immutable and safe to share between threads. Nothing in this package
 * accepts or returns {@code null}. Beta: the generators may make richer values before 1.0; the
 * guarantees stated on each method (validity, the expected problem code of broken variants) are
 * stable.
 */
@NullMarked
package dev.rubric.testkit.domain;

import org.jspecify.annotations.NullMarked;
