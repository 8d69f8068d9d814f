/**
 * The JSON form of an evaluation: {@link dev.rubric.scoring.json.EvaluationJson} writes an {@link
 * dev.rubric.scoring.Evaluation} and reads it back. The scorecards it embeds are in Rubric's
 * scorecard format ({@link dev.rubric.core.json.RubricJson}), read and written by the same code,
 * and the document's {@code schemaVersion} is checked as every Rubric document's is.
 *
 * <p>Nothing in this package accepts or returns {@code null}. Stable API.
 */
@NullMarked
package dev.rubric.scoring.json;

import org.jspecify.annotations.NullMarked;
