package dev.rubric.core.json;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;

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
 *       #DEFAULT_MAX_ARRAY_ELEMENTS}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLimits {
  /** Default maximum document size in bytes: 16 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Default maximum nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default maximum string length in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

  /** Default maximum number length in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;

  /** Default maximum field name length in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** Default maximum number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = 20_000;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_ARRAY_ELEMENTS);

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxArrayElements;

  private JsonLimits(
      int maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxArrayElements) {
    this.maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes);
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxArrayElements = positive("maxArrayElements", maxArrayElements);
  }

  /** The default limits listed above. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** Maximum document size in bytes (UTF-8). */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Maximum nesting depth of objects and arrays. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Maximum length of any string value, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Maximum length of any number, in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Maximum length of any field name, in characters. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** Maximum number of elements in any one array. */
  public int maxArrayElements() {
    return maxArrayElements;
  }

  /** A copy with the given maximum document size in bytes (> 0). */
  public JsonLimits withMaxDocumentBytes(int value) {
    return new JsonLimits(
        value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxArrayElements);
  }

  /** A copy with the given maximum nesting depth (> 0). */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(
        maxDocumentBytes, value, maxStringLength, maxNumberLength, maxNameLength, maxArrayElements);
  }

  /** A copy with the given maximum string length (> 0). */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(
        maxDocumentBytes, maxNestingDepth, value, maxNumberLength, maxNameLength, maxArrayElements);
  }

  /** A copy with the given maximum number length (> 0). */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(
        maxDocumentBytes, maxNestingDepth, maxStringLength, value, maxNameLength, maxArrayElements);
  }

  /** A copy with the given maximum field name length (> 0). */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        value,
        maxArrayElements);
  }

  /** A copy with the given maximum number of elements per array (> 0). */
  public JsonLimits withMaxArrayElements(int value) {
    return new JsonLimits(
        maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
  }

  private static int positive(String name, int value) {
    Preconditions.checkArgument(value > 0, "%s (%s) must be > 0", name, value);
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonLimits
        && ((JsonLimits) o).maxDocumentBytes == maxDocumentBytes
        && ((JsonLimits) o).maxNestingDepth == maxNestingDepth
        && ((JsonLimits) o).maxStringLength == maxStringLength
        && ((JsonLimits) o).maxNumberLength == maxNumberLength
        && ((JsonLimits) o).maxNameLength == maxNameLength
        && ((JsonLimits) o).maxArrayElements == maxArrayElements;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JsonLimits{documentBytes=%d, nestingDepth=%d, stringLength=%d, numberLength=%d,"
            + " nameLength=%d, arrayElements=%d}",
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayElements);
  }
}
