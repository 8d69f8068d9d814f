/**
 * Small helpers Rubric's modules share that have nothing to do with JSON: the null-checked copy of
 * a collection handed to a factory ({@link dev.rubric.core.internal.util.Elements}) and the quoting
 * of an id in a sentence ({@link dev.rubric.core.internal.util.Quoting}). Not part of the API: the
 * module exports this package to {@code dev.rubric.scoring} only, and it may change in any release.
 */
@NullMarked
package dev.rubric.core.internal.util;

import org.jspecify.annotations.NullMarked;
