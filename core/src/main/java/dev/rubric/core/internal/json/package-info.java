/**
 * The JSON helpers Rubric's modules share: the strict parser, the strict object reader {@link
 * dev.rubric.core.internal.json.ObjectFields}, the bounded problem sink, the schema-version check
 * every document shares and the scorecard's tree codec {@link
 * dev.rubric.core.internal.json.ScorecardTrees}, which documents that embed scorecards use. Not
 * part of the API: the module exports this package to {@code dev.rubric.scoring} and {@code
 * dev.rubric.interop} only, and it may change in any release.
 */
@NullMarked
package dev.rubric.core.internal.json;

import org.jspecify.annotations.NullMarked;
