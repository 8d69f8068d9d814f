/**
 * Rubric's JSON format: one entry point, {@link dev.rubric.core.json.RubricJson}, reads and writes
 * plans, scorecards and lists of scorecards from and to {@code byte[]}, {@code String} and {@code
 * InputStream}. Reading is strict and total: every fault becomes a located {@link
 * dev.rubric.core.Problem}, never an exception. No signature here names a Jackson type.
 *
 * <p>Nothing in this package accepts or returns {@code null}. Stable API.
 */
@NullMarked
package dev.rubric.core.json;

import org.jspecify.annotations.NullMarked;
