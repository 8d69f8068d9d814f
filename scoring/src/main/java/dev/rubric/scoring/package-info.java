/**
 * Scoring a candidate: per-competency aggregation ({@link
 * dev.rubric.scoring.CompetencyAggregator}), overall scoring ({@link
 * dev.rubric.scoring.ScoringStrategy}), breadth versus depth ({@link
 * dev.rubric.scoring.BreadthDepthStrategy}), panel consensus ({@link
 * dev.rubric.scoring.ConsensusMeasure}) and the decision ({@link
 * dev.rubric.scoring.DecisionPolicy}), wired together by the {@link dev.rubric.scoring.Evaluator}.
 *
 * <p>Every public type here is immutable or stateless and safe to share between threads. Nothing
 * accepts or returns {@code null}: absent values are {@link java.util.Optional}.
 *
 * <p><b>Figures the data may not define.</b> A figure computed from data that the data may fail to
 * define (a competency score, an area or overall score, a standard deviation, an rwg, and in the
 * sub-packages every agreement statistic, calibration figure and audit figure) is a {@link
 * dev.rubric.scoring.agreement.Coefficient}: defined, a finite number; undefined, an {@link
 * dev.rubric.scoring.agreement.UndefinedReason} and a sentence a person can act on. No accessor
 * returns {@code NaN} for "undefined". A setting a caller may leave unset ({@link
 * DecisionThresholds#hireThreshold()}) stays an {@link java.util.OptionalDouble}. A competency that
 * nobody rated has an undefined score ({@link CompetencyScore#notRated}); it is never read as a low
 * one. Read a figure with {@code isDefined()} and {@code value()}, or {@code orElse(x)}. Stability:
 * the strategy interfaces, the result types and their JSON field names are meant to be stable;
 * built-in implementations are reached only through the static factories and may change inside
 * their documented contracts.
 */
@NullMarked
package dev.rubric.scoring;

import org.jspecify.annotations.NullMarked;
