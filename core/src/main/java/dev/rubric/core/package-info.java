/**
 * The rubric domain: rating scales, competencies, role profiles, panel roles, interview plans and
 * scorecards, with their validation.
 *
 * <p>Every public type here is immutable and safe to share between threads. Nothing in this package
 * accepts or returns {@code null}: absent values are {@link java.util.Optional}. Stable API: names
 * and behaviour change only with a major version.
 */
@NullMarked
package dev.rubric.core;

import org.jspecify.annotations.NullMarked;
