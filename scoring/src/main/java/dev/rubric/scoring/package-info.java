/**
 * Scoring a candidate: per-competency aggregation ({@link
 * dev.rubric.scoring.CompetencyAggregator}), overall scoring ({@link
 * dev.rubric.scoring.ScoringStrategy}), breadth versus depth ({@link
 * dev.rubric.scoring.BreadthDepthStrategy}), panel consensus ({@link
 * dev.rubric.scoring.ConsensusMeasure}) and the decision ({@link
 * dev.rubric.scoring.DecisionPolicy}), wired together by the {@link dev.rubric.scoring.Evaluator}.
 *
 * <p>Every public type here is immutable or stateless and safe to share between threads. Nothing
 * accepts or returns {@code null}: absent values are {@link java.util.Optional} or {@link
 * java.util.OptionalDouble}. A competency that nobody rated has no score; it is never read as a low
 * one. Stability: the strategy interfaces, the result types and their JSON field names are meant to
 * be stable; built-in implementations are reached only through the static factories and may change
 * inside their documented contracts.
 */
@NullMarked
package dev.rubric.scoring;

import org.jspecify.annotations.NullMarked;
