package dev.rubric.core.json;

import com.google.common.base.Preconditions;
import dev.rubric.core.internal.json.ParseLimits;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on what {@link RubricJson} reads, so that a hostile or broken document is refused quickly
 * with a {@code JSON_LIMIT_EXCEEDED} problem instead of exhausting memory or time.
 *
 * <p>Defaults ({@link #defaults()}):
 *
 * <ul>
 *   <li>document size: 16 MiB ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes);
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of objects and arrays;
 *   <li>string length: {@value #DEFAULT_MAX_STRING_LENGTH} characters (any string, evidence
 *       included);
 *   <li>number length: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters;
 *   <li>field name length: {@value #DEFAULT_MAX_NAME_LENGTH} characters;
 *   <li>elements of any one array (scorecards in a list, ratings in a scorecard, ...): {@value
 *       #DEFAULT_MAX_ARRAY_ELEMENTS};
 *   <li>fields of any one object: {@value #DEFAULT_MAX_FIELDS_PER_OBJECT} (no Rubric object has
 *       more than a few dozen; the limit stops a flood of unknown fields before a tree is built);
 *   <li>problems reported per document: {@value #DEFAULT_MAX_PROBLEMS}, then one {@code
 *       PROBLEMS_TRUNCATED} problem saying how many more were found.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLimits {
  /** Default maximum document size in bytes: 16 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = ParseLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  /** Default maximum nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = ParseLimits.DEFAULT_MAX_NESTING_DEPTH;

  /** Default maximum string length in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = ParseLimits.DEFAULT_MAX_STRING_LENGTH;

  /** Default maximum number length in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = ParseLimits.DEFAULT_MAX_NUMBER_LENGTH;

  /** Default maximum field name length in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = ParseLimits.DEFAULT_MAX_NAME_LENGTH;

  /** Default maximum number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = ParseLimits.DEFAULT_MAX_ARRAY_ELEMENTS;

  /** Default maximum number of fields in one object. */
  public static final int DEFAULT_MAX_FIELDS_PER_OBJECT = ParseLimits.DEFAULT_MAX_FIELDS_PER_OBJECT;

  /** Default maximum number of problems reported per document. */
  public static final int DEFAULT_MAX_PROBLEMS = ParseLimits.DEFAULT_MAX_PROBLEMS;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_ARRAY_ELEMENTS,
          DEFAULT_MAX_FIELDS_PER_OBJECT,
          DEFAULT_MAX_PROBLEMS);

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxArrayElements;
  private final int maxFieldsPerObject;
  private final int maxProblems;

  private JsonLimits(
      int maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxArrayElements,
      int maxFieldsPerObject,
      int maxProblems) {
    this.maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes);
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxArrayElements = positive("maxArrayElements", maxArrayElements);
    this.maxFieldsPerObject = positive("maxFieldsPerObject", maxFieldsPerObject);
    this.maxProblems = positive("maxProblems", maxProblems);
  }

  /** {@return the default limits listed above} */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return maximum document size in bytes (UTF-8)} */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@return maximum nesting depth of objects and arrays} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return maximum length of any string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return maximum length of any number, in characters} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return maximum length of any field name, in characters} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return maximum number of elements in any one array} */
  public int maxArrayElements() {
    return maxArrayElements;
  }

  /** {@return maximum number of fields in any one object} */
  public int maxFieldsPerObject() {
    return maxFieldsPerObject;
  }

  /**
   * {@return maximum number of problems reported for one document, before the one that says how
   * many more were found}
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * {@return a copy with the given maximum document size in bytes (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxDocumentBytes(int value) {
    return new JsonLimits(
        value,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum nesting depth (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        value,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum string length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        value,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum number length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        value,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum field name length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        value,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum number of elements per array (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxArrayElements(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        value,
        maxFieldsPerObject,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum number of fields per object (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxFieldsPerObject(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        value,
        maxProblems);
  }

  /**
   * {@return a copy with the given maximum number of problems reported per document (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxProblems(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        value);
  }

  private static int positive(String name, int value) {
    Preconditions.checkArgument(value > 0, "%s (%s) must be > 0", name, value);
    return value;
  }

  /** These limits as the internal parser's record. */
  ParseLimits toParseLimits() {
    return new ParseLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits that = (JsonLimits) o;
    return that.maxDocumentBytes == maxDocumentBytes
        && that.maxNestingDepth == maxNestingDepth
        && that.maxStringLength == maxStringLength
        && that.maxNumberLength == maxNumberLength
        && that.maxNameLength == maxNameLength
        && that.maxArrayElements == maxArrayElements
        && that.maxFieldsPerObject == maxFieldsPerObject
        && that.maxProblems == maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JsonLimits{documentBytes=%d, nestingDepth=%d, stringLength=%d, numberLength=%d,"
            + " nameLength=%d, arrayElements=%d, fieldsPerObject=%d, problems=%d}",
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements,
        maxFieldsPerObject,
        maxProblems);
  }
}
