/**
 * Rubric's JSON format: one entry point, {@link dev.rubric.core.json.RubricJson}, reads and writes
 * plans, scorecards and lists of scorecards. Reading is strict and total: every fault becomes a
 * located {@link dev.rubric.core.Problem}, never an exception. {@link
 * dev.rubric.core.json.ObjectFields} is the strict object reader the other Rubric modules build
 * their own formats on.
 *
 * <p>Nothing in this package accepts or returns {@code null}. Stable API.
 */
@NullMarked
package dev.rubric.core.json;

import org.jspecify.annotations.NullMarked;
