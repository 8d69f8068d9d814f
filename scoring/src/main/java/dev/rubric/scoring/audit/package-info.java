/**
 * Adverse-impact audit of a selection step: selection rates, scoring rates and impact ratios per
 * category of each group dimension and per intersection of dimensions, with the two-sided Fisher
 * exact test, the pooled two-proportion z statistic, the shortfall to the four-fifths line and a
 * confidence interval for the impact ratio; and a per-competency drill-down of standardized mean
 * differences.
 *
 * <p>Inputs are kept apart: {@link dev.rubric.scoring.audit.CandidateOutcome} says what happened to
 * a candidate, {@link dev.rubric.scoring.audit.GroupMembership} says which category the candidate
 * belongs to in each dimension. Demographic data enter nothing but the audit's aggregates. The
 * entry point {@link dev.rubric.scoring.audit.AdverseImpact} is stateless; every result is an
 * immutable record; {@link dev.rubric.scoring.audit.SelectionTally} is a mutable, single-thread,
 * mergeable accumulator of exact counts.
 *
 * <p>An impact ratio is a description of the data, not a verdict: see the README section "Auditing
 * adverse impact". Nothing in this package accepts or returns {@code null}. Stability: the figures
 * and their definitions are stable; the result records may gain components before 1.0.
 */
@NullMarked
package dev.rubric.scoring.audit;

import org.jspecify.annotations.NullMarked;
