/**
 * Interviewer calibration over a history of scorecards: how often each interviewer rates, how they
 * use the scale (central tendency, range restriction, halo: descriptions, never flags), how closely
 * they follow their seat, and how lenient or severe they are against the colleagues of their
 * comparable group on the same candidates, from an exact least-squares fit with standard errors and
 * multiplicity-adjusted flags, with a correction that a leniency-adjusted aggregator can apply; and
 * panel sizing from the reliability of one rating.
 *
 * <p>Every public type here is immutable and thread-safe; nothing accepts or returns {@code null}.
 * Stable API, except that new fields may be added to the report records.
 */
@NullMarked
package dev.rubric.scoring.calibration;

import org.jspecify.annotations.NullMarked;
