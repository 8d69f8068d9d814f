/**
 * Examples an ATS engineer can copy: the machine-learning-engineer rubric built from the hiring
 * guide ({@link dev.rubric.examples.MlEngineerRubric}), sample candidates' scorecards ({@link
 * dev.rubric.examples.SampleCandidates}) and a deterministic history of scorecards for the
 * analytics ({@link dev.rubric.examples.HistoryGenerator}); and the integration examples:
 * evaluating a packet received as JSON ({@link dev.rubric.examples.EvaluatePacketFromJson}),
 * plugging a custom aggregator ({@link dev.rubric.examples.CustomAggregatorExample}) and measuring
 * reliability over a history ({@link dev.rubric.examples.ReliabilityOverHistory}, with {@code
 * RatingMatrix.fromScorecards} turning scorecards into a units-by-raters matrix).
 *
 * <p>Nothing in this package accepts or returns {@code null}. Example code: names and content may
 * change between minor versions.
 */
@NullMarked
package dev.rubric.examples;

import org.jspecify.annotations.NullMarked;
