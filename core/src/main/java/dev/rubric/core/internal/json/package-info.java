/**
 * The JSON helpers Rubric's modules share: the strict parser, the strict object reader {@link
 * dev.rubric.core.internal.json.ObjectFields}, the bounded problem sink and the schema-version
 * check. Not part of the API: the module exports this package to {@code dev.rubric.scoring} and
 * {@code dev.rubric.interop} only, and it may change in any release.
 */
@NullMarked
package dev.rubric.core.internal.json;

import org.jspecify.annotations.NullMarked;
