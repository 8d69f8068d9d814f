package dev.rubric.core.json;

import com.google.common.base.Preconditions;
import dev.rubric.core.internal.json.ParseLimits;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
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
 *   <li>field name length: {@value #DEFAULT_MAX_NAME_LENGTH} bytes of UTF-8;
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

  /** Default maximum field name length in bytes of UTF-8. */
  public static final int DEFAULT_MAX_NAME_LENGTH = ParseLimits.DEFAULT_MAX_NAME_LENGTH;

  /** Default maximum number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = ParseLimits.DEFAULT_MAX_ARRAY_ELEMENTS;

  /** Default maximum number of fields in one object. */
  public static final int DEFAULT_MAX_FIELDS_PER_OBJECT = ParseLimits.DEFAULT_MAX_FIELDS_PER_OBJECT;

  /** Default maximum number of problems reported per document. */
  public static final int DEFAULT_MAX_PROBLEMS = ParseLimits.DEFAULT_MAX_PROBLEMS;

  private static final JsonLimits DEFAULTS = new JsonLimits(ParseLimits.defaults());

  /**
   * The limits, in the order of {@link ParseLimits}'s components: the one list that the checks, the
   * copies with one limit changed and {@link #toString()} go through.
   */
  private enum Limit {
    DOCUMENT_BYTES("maxDocumentBytes", "documentBytes", ParseLimits::maxDocumentBytes),
    NESTING_DEPTH("maxNestingDepth", "nestingDepth", ParseLimits::maxNestingDepth),
    STRING_LENGTH("maxStringLength", "stringLength", ParseLimits::maxStringLength),
    NUMBER_LENGTH("maxNumberLength", "numberLength", ParseLimits::maxNumberLength),
    NAME_LENGTH("maxNameLength", "nameLength", ParseLimits::maxNameLength),
    ARRAY_ELEMENTS("maxArrayElements", "arrayElements", ParseLimits::maxArrayElements),
    FIELDS_PER_OBJECT("maxFieldsPerObject", "fieldsPerObject", ParseLimits::maxFieldsPerObject),
    PROBLEMS("maxProblems", "problems", ParseLimits::maxProblems);

    /** The name in a rejected value's message. */
    final String option;

    /** The name in {@link JsonLimits#toString()}. */
    final String shown;

    final ToIntFunction<ParseLimits> value;

    Limit(String option, String shown, ToIntFunction<ParseLimits> value) {
      this.option = option;
      this.shown = shown;
      this.value = value;
    }
  }

  /** The values, held by the internal parser's record: the one place they are listed. */
  private final ParseLimits limits;

  private JsonLimits(ParseLimits limits) {
    for (Limit l : Limit.values()) {
      int value = l.value.applyAsInt(limits);
      Preconditions.checkArgument(value > 0, "%s (%s) must be > 0", l.option, value);
    }
    this.limits = limits;
  }

  /** {@return the default limits listed above} */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return maximum document size in bytes (UTF-8)} */
  public int maxDocumentBytes() {
    return limits.maxDocumentBytes();
  }

  /** {@return maximum nesting depth of objects and arrays} */
  public int maxNestingDepth() {
    return limits.maxNestingDepth();
  }

  /** {@return maximum length of any string value, in characters} */
  public int maxStringLength() {
    return limits.maxStringLength();
  }

  /** {@return maximum length of any number, in characters} */
  public int maxNumberLength() {
    return limits.maxNumberLength();
  }

  /**
   * {@return maximum length of any field name, in bytes of UTF-8 (as many ASCII characters, half as
   * many {@code é})}
   */
  public int maxNameLength() {
    return limits.maxNameLength();
  }

  /** {@return maximum number of elements in any one array} */
  public int maxArrayElements() {
    return limits.maxArrayElements();
  }

  /** {@return maximum number of fields in any one object} */
  public int maxFieldsPerObject() {
    return limits.maxFieldsPerObject();
  }

  /**
   * {@return maximum number of problems reported for one document, before the one that says how
   * many more were found}
   */
  public int maxProblems() {
    return limits.maxProblems();
  }

  /**
   * {@return a copy with the given maximum document size in bytes (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxDocumentBytes(int value) {
    return with(Limit.DOCUMENT_BYTES, value);
  }

  /**
   * {@return a copy with the given maximum nesting depth (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return with(Limit.NESTING_DEPTH, value);
  }

  /**
   * {@return a copy with the given maximum string length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxStringLength(int value) {
    return with(Limit.STRING_LENGTH, value);
  }

  /**
   * {@return a copy with the given maximum number length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNumberLength(int value) {
    return with(Limit.NUMBER_LENGTH, value);
  }

  /**
   * {@return a copy with the given maximum field name length (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxNameLength(int value) {
    return with(Limit.NAME_LENGTH, value);
  }

  /**
   * {@return a copy with the given maximum number of elements per array (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxArrayElements(int value) {
    return with(Limit.ARRAY_ELEMENTS, value);
  }

  /**
   * {@return a copy with the given maximum number of fields per object (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxFieldsPerObject(int value) {
    return with(Limit.FIELDS_PER_OBJECT, value);
  }

  /**
   * {@return a copy with the given maximum number of problems reported per document (> 0)}
   *
   * @param value the new limit; must be at least 1
   */
  public JsonLimits withMaxProblems(int value) {
    return with(Limit.PROBLEMS, value);
  }

  /** A copy with {@code changed} set to {@code value}; the constructor checks it. */
  private JsonLimits with(Limit changed, int value) {
    int[] v = values();
    v[changed.ordinal()] = value;
    return new JsonLimits(new ParseLimits(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
  }

  /** The values in the order of {@link Limit}. */
  private int[] values() {
    return Arrays.stream(Limit.values()).mapToInt(l -> l.value.applyAsInt(limits)).toArray();
  }

  /** These limits as the internal parser's record. */
  ParseLimits toParseLimits() {
    return limits;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonLimits && ((JsonLimits) o).limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return Arrays.stream(Limit.values())
        .map(l -> String.format(Locale.ROOT, "%s=%d", l.shown, l.value.applyAsInt(limits)))
        .collect(Collectors.joining(", ", "JsonLimits{", "}"));
  }
}
