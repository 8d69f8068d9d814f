/**
 * Small helpers Rubric's modules share that have nothing to do with JSON: the null-checked copy of
 * a collection handed to a factory ({@link dev.rubric.core.internal.util.Elements}), the quoting of
 * an id in a sentence ({@link dev.rubric.core.internal.util.Quoting}) and whether an id mixes
 * scripts ({@link dev.rubric.core.internal.util.Scripts}) or two differ only in letter case ({@link
 * dev.rubric.core.internal.util.Spellings}). Not part of the API: the module exports this package
 * to {@code dev.rubric.scoring} only, and it may change in any release.
 */
@NullMarked
package dev.rubric.core.internal.util;

import org.jspecify.annotations.NullMarked;
