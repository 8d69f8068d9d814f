/**
 * Importers for the scorecard payloads of applicant tracking systems: Greenhouse Harvest
 * scorecards, Lever feedback, Ashby application feedback and Merge unified scorecards, read into
 * Rubric {@link dev.rubric.core.Scorecard scorecards} under a user-controlled {@link
 * dev.rubric.interop.ImportMapping}.
 *
 * <p>One call imports a payload: {@code AtsVendor.GREENHOUSE.importer(mapping).importScorecards(
 * bytes)}. An import never throws for a fault in the payload: it returns an {@link
 * dev.rubric.interop.ImportResult} that accounts for every rated element, used in a scorecard,
 * counted as not assessed or ignored, or reported as a located {@link dev.rubric.core.Problem}.
 *
 * <p>Every public type here is immutable or stateless and safe to share between threads. Nothing in
 * this package accepts or returns {@code null}. Beta API: the mapping format and the problem codes
 * are stable; the importer classes may grow new methods.
 */
@NullMarked
package dev.rubric.interop;

import org.jspecify.annotations.NullMarked;
