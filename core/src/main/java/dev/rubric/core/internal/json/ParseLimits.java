package dev.rubric.core.internal.json;

/**
 * The limits a {@link StrictParser} and a {@link ProblemSink} enforce: the internal twin of the
 * public {@code dev.rubric.core.json.JsonLimits}, which converts itself to this record, so that
 * this package depends on no API package above it.
 *
 * @param maxDocumentBytes maximum document size in bytes (UTF-8)
 * @param maxNestingDepth maximum nesting depth of arrays and objects
 * @param maxStringLength maximum length of a string value, in chars
 * @param maxNumberLength maximum length of a number's text
 * @param maxNameLength maximum length of a field name
 * @param maxArrayElements maximum number of elements in one array
 * @param maxFieldsPerObject maximum number of fields in one object
 * @param maxProblems maximum number of problems reported per document
 */
public record ParseLimits(
    int maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxArrayElements,
    int maxFieldsPerObject,
    int maxProblems) {
  /** Default maximum document size: 16 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Default maximum nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default maximum string length. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

  /** Default maximum number length. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;

  /** Default maximum field-name length. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** Default maximum number of array elements. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = 20_000;

  /** Default maximum number of fields in one object. */
  public static final int DEFAULT_MAX_FIELDS_PER_OBJECT = 1_000;

  /** Default maximum number of problems reported per document. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final ParseLimits DEFAULTS =
      new ParseLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_ARRAY_ELEMENTS,
          DEFAULT_MAX_FIELDS_PER_OBJECT,
          DEFAULT_MAX_PROBLEMS);

  /**
   * The default limits.
   *
   * @return the limits of {@code JsonLimits.defaults()}
   */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }
}
