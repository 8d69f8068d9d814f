/**
 * Interviewer calibration over a history of scorecards: how often each interviewer rates, how they
 * use the scale, how closely they follow their seat, and how lenient or severe they are against the
 * rest of the panel on the same candidates, with its uncertainty and a correction that a
 * leniency-adjusted aggregator can apply.
 *
 * <p>Every public type here is immutable and thread-safe; nothing accepts or returns {@code null}.
 * Stable API, except that new fields may be added to the report records.
 */
@NullMarked
package dev.rubric.scoring.calibration;

import org.jspecify.annotations.NullMarked;
