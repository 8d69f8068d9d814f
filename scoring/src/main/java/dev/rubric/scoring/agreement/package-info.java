/**
 * Inter-rater agreement statistics over units-by-raters data: Krippendorff's alpha, Fleiss' kappa,
 * Cohen's kappa, the Shrout and Fleiss intraclass correlations, and the within-group indices rwg,
 * rwg(j) and the average deviation.
 *
 * <p>Ratings are integer levels; a missing rating is {@link
 * dev.rubric.scoring.agreement.Ratings#MISSING} in an {@code int[]} and {@code NaN} in a {@code
 * double[]}. Each statistic is computed from mergeable sufficient statistics held by an
 * accumulator: add one unit's ratings at a time, {@code merge} partial accumulators (parallel
 * streams, a distributed engine's combine step), and read an immutable result. Accumulators are
 * mutable, single-thread builders (like {@link java.lang.StringBuilder}); the entry points ({@link
 * dev.rubric.scoring.agreement.KrippendorffAlpha}, {@link
 * dev.rubric.scoring.agreement.FleissKappa}, {@link dev.rubric.scoring.agreement.CohenKappa},
 * {@link dev.rubric.scoring.agreement.IntraclassCorrelation}, {@link
 * dev.rubric.scoring.agreement.WithinGroupAgreement}) are stateless, and every result is an
 * immutable value. Degenerate data never throws: a statistic that the data cannot define is a
 * {@link dev.rubric.scoring.agreement.Coefficient.Undefined} with a reason code. Malformed input, a
 * shape the statistic cannot take (a Cohen's kappa unit of other than two cells, an ICC target of
 * another length than the first non-empty one, a null row, a non-integer rating, a span of more
 * than {@link dev.rubric.scoring.agreement.Ratings#MAX_SPAN} levels), is refused with an exception
 * that names the row ({@code unitsByRaters[3]}). An empty unit is a unit without ratings for every
 * statistic.
 *
 * <p>Nothing in this package accepts or returns {@code null}. Stability: the statistics and their
 * values are stable; the result types may gain components before 1.0.
 */
@NullMarked
package dev.rubric.scoring.agreement;

import org.jspecify.annotations.NullMarked;
