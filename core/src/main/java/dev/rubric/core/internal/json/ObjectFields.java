package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.AMBIGUOUS_SPACE;
import static dev.rubric.core.ProblemCodes.CONTROL_CHARACTER;
import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.core.ProblemCodes.JSON_MISSING_FIELD;
import static dev.rubric.core.ProblemCodes.JSON_NOT_FINITE;
import static dev.rubric.core.ProblemCodes.JSON_NOT_INTEGER;
import static dev.rubric.core.ProblemCodes.JSON_UNKNOWN_FIELD;
import static dev.rubric.core.ProblemCodes.JSON_WRONG_TYPE;
import static dev.rubric.core.ProblemCodes.UNNORMALIZED_ID;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import dev.rubric.core.Severity;
import dev.rubric.core.VisibleText;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of one JSON object at a known path. Each accessor records a located problem in
 * the shared sink when a field is missing or of the wrong type and returns a harmless placeholder,
 * so that one pass finds every fault; {@link #finish()} reports the fields nobody asked for.
 *
 * <p>Not thread-safe: one instance belongs to one read of one document.
 */
public final class ObjectFields {
  /** Reads one element of an array; returns empty when the element had problems. */
  @FunctionalInterface
  public interface ElementReader<T> {
    /**
     * Reads {@code node}, found at {@code path}, recording problems in {@code sink}.
     *
     * @param node the JSON node
     * @param path the JSON path of {@code node}, used in problem paths
     * @param sink receives the problems found, each naming its JSON path
     * @return the value read, or empty when a problem was recorded
     */
    Optional<T> read(JsonNode node, String path, List<Problem> sink);
  }

  private final JsonNode node;
  private final String path;
  private final List<Problem> sink;
  private final List<String> known = new ArrayList<>(); // a few names: a list is the cheap set

  private ObjectFields(JsonNode node, String path, List<Problem> sink) {
    this.node = node;
    this.path = path;
    this.sink = sink;
  }

  /**
   * {@return a reader over {@code node} at {@code path}, or empty (with a {@code JSON_WRONG_TYPE}
   * problem in {@code sink}) when {@code node} is not an object}
   *
   * @param node the JSON node
   * @param path the JSON path of {@code node}, used in problem paths
   * @param sink receives the problems found, each naming its JSON path
   */
  public static Optional<ObjectFields> of(JsonNode node, String path, List<Problem> sink) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");

    if (!node.isObject()) {
      sink.add(wrongType(path, "an object", node));
      return Optional.empty();
    }
    return Optional.of(new ObjectFields(node, path, sink));
  }

  /** The sink this reader records problems in. */
  List<Problem> problemSink() {
    return sink;
  }

  /** {@return the path of this object} */
  public String path() {
    return path;
  }

  /**
   * {@return the path of field {@code name} of this object}
   *
   * @param name the field's name in this JSON object
   */
  public String path(String name) {
    Objects.requireNonNull(name, "name");

    return path + "/" + escape(name);
  }

  /**
   * {@return whether field {@code name} is present (an explicit null counts as present)}
   *
   * @param name the field's name in this JSON object
   */
  public boolean has(String name) {
    Objects.requireNonNull(name, "name");

    return node.has(name);
  }

  /**
   * {@return the raw value of field {@code name}, if present; marks the field as known} Rubric's
   * formats never hold {@code null}: an explicit null is recorded as a {@code JSON_WRONG_TYPE}
   * problem (an absent optional field is simply left out).
   *
   * @param name the field's name in this JSON object
   */
  public Optional<JsonNode> raw(String name) {
    Objects.requireNonNull(name, "name");

    known.add(name);
    JsonNode v = node.get(name);
    if (v != null && v.isNull()) {
      sink.add(
          Problem.error(
              JSON_WRONG_TYPE,
              path(name),
              "The field '" + name + "' is null; leave an absent value out instead."));
      return Optional.empty();
    }
    return Optional.ofNullable(v);
  }

  private Optional<JsonNode> required(String name) {
    boolean present = has(name);
    Optional<JsonNode> v = raw(name);
    if (v.isEmpty() && !present) {
      sink.add(
          Problem.error(
              JSON_MISSING_FIELD, path(name), "The required field '" + name + "' is missing."));
    }
    return v;
  }

  /**
   * {@return a required string; records a problem and returns "" when absent or not a string}
   *
   * @param name the field's name in this JSON object
   */
  public String requiredString(String name) {
    Optional<JsonNode> v = required(name);
    return v.isPresent() ? stringOf(v.get(), name).orElse("") : "";
  }

  /**
   * {@return a required id, or a reference to one: a string as {@link #requiredString}, and a
   * {@code CONTROL_CHARACTER} problem when it holds a character {@link VisibleText} would escape (a
   * control character, a bidirectional override, a lone surrogate; the last is already reported by
   * the parser as {@code JSON_ENCODING}, so it is not reported twice)}
   *
   * @param name the field's name in this JSON object
   */
  public String requiredId(String name) {
    String id = requiredString(name);
    checkId(id, path(name), sink);
    return id;
  }

  /**
   * {@return an optional id, checked as {@link #requiredId}}
   *
   * @param name the field's name in this JSON object
   */
  public Optional<String> optionalId(String name) {
    Optional<String> id = optionalString(name);
    id.ifPresent(v -> checkId(v, path(name), sink));
    return id;
  }

  /**
   * {@return a list of ids, each checked as {@link #requiredId}}
   *
   * @param name the field's name in this JSON object
   * @param required whether a missing field is a problem (true) or reads as an empty list (false)
   */
  public ImmutableList<String> ids(String name, boolean required) {
    return list(
        name,
        required,
        (n, p, s) -> {
          Optional<String> id = string(n, p);
          id.ifPresent(v -> checkId(v, p, s));
          return id;
        });
  }

  /**
   * Records a {@code CONTROL_CHARACTER} problem at {@code at} when {@code id} holds a character
   * that {@link VisibleText} would escape, unless that character is a lone surrogate (a {@code
   * JSON_ENCODING} problem of the parser), or an {@code AMBIGUOUS_SPACE} problem when it begins or
   * ends with white space or holds a space other than U+0020 ({@link
   * VisibleText#indexOfAmbiguousSpace}), or an {@code UNNORMALIZED_ID} problem when it is not in
   * Unicode normalization form C (it would print like its NFC spelling, another id); returns
   * whether the id is clean. A blank id (white space only, tabs and line breaks included) is left
   * to validation, which reports it as blank text.
   *
   * @param id the id to check
   * @param at the JSON path of the value, used in problem paths
   * @param sink receives the problems found, each naming its JSON path
   * @return true when the id is well formed, false after recording a problem
   */
  public static boolean checkId(String id, String at, List<Problem> sink) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(sink, "sink");
    if (id.isBlank()) {
      return true;
    }

    int hidden = VisibleText.indexOfHidden(id);
    if (hidden < 0) {
      int space = VisibleText.indexOfAmbiguousSpace(id);
      if (space < 0) {
        if (Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
          return true;
        }
        sink.add(
            Problem.error(
                UNNORMALIZED_ID,
                at,
                String.format(
                    Locale.ROOT,
                    "The id '%s' is not in Unicode normalization form C (it holds a decomposed"
                        + " character, such as a letter followed by a combining accent); ids are"
                        + " printed in reports, where it would look like another id. Write it in"
                        + " NFC.",
                    id)));
        return false;
      }
      sink.add(
          Problem.error(
              AMBIGUOUS_SPACE,
              at,
              String.format(
                  Locale.ROOT,
                  "The id '%s' %s; ids are printed in reports, where it would look like another"
                      + " id.",
                  id,
                  VisibleText.ambiguousSpace(id, space))));
      return false;
    }
    if (Utf8Text.loneSurrogate(id) < 0) {
      sink.add(
          Problem.error(
              CONTROL_CHARACTER,
              at,
              String.format(
                  Locale.ROOT,
                  "The id '%s' holds the control or invisible character %s at character %d; ids"
                      + " are printed in reports, so they may hold no control characters,"
                      + " bidirectional overrides, invisible characters or line breaks.",
                  id,
                  VisibleText.of(new String(Character.toChars(id.codePointAt(hidden)))),
                  hidden)));
    }
    return false;
  }

  /**
   * {@return an optional string; a present value of another type is a problem}
   *
   * @param name the field's name in this JSON object
   */
  public Optional<String> optionalString(String name) {
    Optional<JsonNode> v = raw(name);
    return v.isPresent() ? stringOf(v.get(), name) : Optional.empty();
  }

  /**
   * {@return a required integer; records a problem and returns 0 when absent or not an integer}
   *
   * @param name the field's name in this JSON object
   */
  public int requiredInt(String name) {
    Optional<JsonNode> v = required(name);
    if (v.isEmpty()) {
      return 0;
    }
    JsonNode n = v.get();
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return n.intValue(); // what integer() returns, without spelling out the path
    }
    return integer(n, path(name), sink).orElse(0);
  }

  /**
   * {@return an optional integer; a present value that is not an integer is a problem}
   *
   * @param name the field's name in this JSON object
   */
  public Optional<Integer> optionalInt(String name) {
    return raw(name).flatMap(v -> integer(v, path(name), sink));
  }

  /**
   * {@return a required finite number; records a problem and returns NaN when absent or invalid}
   *
   * @param name the field's name in this JSON object
   */
  public double requiredNumber(String name) {
    return required(name).flatMap(v -> number(v, path(name))).orElse(Double.NaN);
  }

  /**
   * {@return an optional finite number}
   *
   * @param name the field's name in this JSON object
   */
  public Optional<Double> optionalNumber(String name) {
    return raw(name).flatMap(v -> number(v, path(name)));
  }

  /**
   * An optional boolean; a present value of another type is a problem.
   *
   * @param name the field's name
   * @return the value, or empty when absent or not a boolean
   */
  public Optional<Boolean> optionalBoolean(String name) {
    Optional<JsonNode> v = raw(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!v.get().isBoolean()) {
      sink.add(wrongType(path(name), "a boolean", v.get()));
      return Optional.empty();
    }
    return Optional.of(v.get().booleanValue());
  }

  /**
   * An optional ISO-8601 instant, read as {@link #requiredInstant} reads one.
   *
   * @param name the field's name
   * @return the instant, or empty when absent or invalid (a problem is recorded)
   */
  public Optional<Instant> optionalInstant(String name) {
    return optionalInstant(name, this::instant);
  }

  /**
   * An optional deadline: an ISO-8601 duration such as {@code PT24H} or {@code P5D} ({@link
   * java.time.Duration#parse}) whose parts carry no sign. {@link java.time.Duration#parse} takes a
   * sign on each part ({@code PT1H-30M} is 30 minutes, {@code P1DT-1H} 23 hours), which ISO 8601
   * does not, and which a typo in a deadline would turn into a shorter deadline without a word;
   * such a text is refused naming the signed part. A sign before the whole ({@code -PT1H}) is read,
   * and the plan's validation then refuses a deadline that is not positive.
   *
   * @param name the field's name
   * @return the duration, or empty when absent or invalid (a problem is recorded)
   */
  public Optional<java.time.Duration> optionalDeadline(String name) {
    return unsignedDuration(name);
  }

  /**
   * An optional duration that is never negative (a latency, how late something is): read as {@link
   * #optionalDeadline} reads one, no part signed, and refused when the whole is negative ({@code
   * -PT1H}), which Rubric never writes for such a figure.
   *
   * @param name the field's name
   * @return the duration, or empty when absent or invalid (a problem is recorded)
   */
  public Optional<java.time.Duration> optionalNonNegativeDuration(String name) {
    Optional<java.time.Duration> d = optionalDeadline(name);
    if (d.isPresent() && d.get().isNegative()) {
      sink.add(
          Problem.error(
              JSON_INVALID_VALUE,
              path(name),
              "'"
                  + raw(name).map(JsonNode::asText).orElse("")
                  + "' is negative ("
                  + d.get()
                  + "); this duration is never negative."));
      return Optional.empty();
    }
    return d;
  }

  /** A signed part after the {@code P}, such as {@code -30M} in {@code PT1H-30M}. */
  private static final java.util.regex.Pattern SIGNED_PART =
      java.util.regex.Pattern.compile("[Pp].*?([-+][0-9]+(?:[.,][0-9]*)?[DdHhMmSs])");

  private Optional<java.time.Duration> unsignedDuration(String name) {
    Optional<JsonNode> v = raw(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return stringOf(v.get(), name)
        .flatMap(
            text -> {
              java.time.Duration d;
              try {
                d = java.time.Duration.parse(text);
              } catch (java.time.format.DateTimeParseException e) {
                sink.add(Problem.error(JSON_INVALID_VALUE, path(name), notADuration(text)));
                return Optional.empty();
              }
              java.util.regex.Matcher signed = SIGNED_PART.matcher(text);
              if (signed.find()) {
                sink.add(
                    Problem.error(
                        JSON_INVALID_VALUE,
                        path(name),
                        "'"
                            + text
                            + "' gives the part '"
                            + signed.group(1)
                            + "' a sign, which ISO-8601 durations do not have (it would read as "
                            + d
                            + "); write each part as an amount, such as PT24H (24 hours) or"
                            + " P1DT12H (36 hours)."));
                return Optional.empty();
              }
              return Optional.of(d);
            });
  }

  /** An ISO-8601 duration in weeks alone, such as {@code P2W}. */
  private static final java.util.regex.Pattern WEEKS =
      java.util.regex.Pattern.compile("[Pp]([0-9]{1,9})[Ww]");

  /** An ISO-8601 duration with years or months before any time part, such as {@code P1M}. */
  private static final java.util.regex.Pattern YEARS_OR_MONTHS =
      java.util.regex.Pattern.compile("[Pp][0-9]+(?:[Yy].*|[Mm](?:[0-9]+[Dd])?(?:[Tt].*)?)");

  /**
   * Why a text is not a duration this reader takes. One in weeks, or in years or months, is an
   * ISO-8601 duration all the same, so it is not called one that is not: durations here count days,
   * hours, minutes and seconds, a week is given as 7 days, and years and months have no fixed
   * length.
   */
  private static String notADuration(String text) {
    java.util.regex.Matcher weeks = WEEKS.matcher(text);
    if (weeks.matches()) {
      return "'"
          + text
          + "' counts in weeks; give days, hours, minutes and seconds: P"
          + Long.parseLong(weeks.group(1)) * 7
          + "D for "
          + Long.parseLong(weeks.group(1))
          + (Long.parseLong(weeks.group(1)) == 1 ? " week." : " weeks.");
    }
    if (YEARS_OR_MONTHS.matcher(text).matches()) {
      return "'"
          + text
          + "' counts in years or months, which have no fixed length; give days, hours, minutes and"
          + " seconds, such as PT24H (24 hours) or P5D (5 days).";
    }
    return "'" + text + "' is not an ISO-8601 duration such as PT24H (24 hours) or P5D (5 days).";
  }

  /**
   * {@return a required ISO-8601 instant ({@code 2026-11-26T10:15:30Z}, or with an offset)}
   *
   * @param name the field's name in this JSON object
   */
  public Instant requiredInstant(String name) {
    return requiredInstant(name, this::instant);
  }

  /**
   * A required instant as an evaluation recorded it: read as {@link #requiredInstant} reads one,
   * except that an instant outside the years 0001 to 9999 is taken as written when it is spelled as
   * {@link Instant#toString()} spells it ({@code +10000-01-01T00:00:00Z}, {@code
   * -1000000000-01-01T00:00:00Z}). For a value that a record keeps with the problems that rejected
   * it, never for a value a person writes: there, {@link #requiredInstant} refuses such a year.
   * Malformed text is the same problem as in {@link #requiredInstant}.
   *
   * @param name the field's name in this JSON object
   * @return the instant, or {@link Instant#EPOCH} after recording a problem
   */
  public Instant requiredRecordedInstant(String name) {
    return requiredInstant(name, this::recordedInstant);
  }

  /**
   * An optional instant, read as {@link #requiredRecordedInstant} reads one.
   *
   * @param name the field's name in this JSON object
   * @return the instant, or empty when absent or invalid (a problem is recorded)
   */
  public Optional<Instant> optionalRecordedInstant(String name) {
    return optionalInstant(name, this::recordedInstant);
  }

  /** A required instant's text read by {@code parse} (text, path); the epoch after a problem. */
  private Instant requiredInstant(
      String name, BiFunction<String, String, Optional<Instant>> parse) {
    Optional<JsonNode> v = required(name);
    Optional<String> text = v.isPresent() ? stringOf(v.get(), name) : Optional.empty();
    if (text.isEmpty()) {
      return Instant.EPOCH;
    }
    return parse.apply(text.get(), path(name)).orElse(Instant.EPOCH);
  }

  /** An optional instant's text read by {@code parse} (text, path). */
  private Optional<Instant> optionalInstant(
      String name, BiFunction<String, String, Optional<Instant>> parse) {
    Optional<JsonNode> v = raw(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return stringOf(v.get(), name).flatMap(text -> parse.apply(text, path(name)));
  }

  private Optional<Instant> recordedInstant(String s, String at) {
    Instant utc = utcSeconds(s);
    if (utc != null) {
      return Optional.of(utc);
    }
    try {
      // Recorded as given: a time outside the years 0001 to 9999 is read back as it was written.
      return Optional.of(parseTimestamp(s));
    } catch (DateTimeParseException e) {
      if (yearBeyondTheParser(s)) {
        try {
          // Instant.toString's form of years past nine digits (Instant.MIN and MAX among them).
          return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException beyond) {
          // reported below
        }
      }
      return instant(s, at);
    }
  }

  /**
   * {@return a required object, read by {@code reader}}
   *
   * @param <T> the type of the value read
   * @param name the field's name in this JSON object
   * @param reader reads each element, recording its problems
   */
  public <T> Optional<T> requiredObject(String name, ElementReader<T> reader) {
    Objects.requireNonNull(reader, "reader");

    return required(name).flatMap(v -> reader.read(v, path(name), sink));
  }

  /**
   * {@return an optional object, read by {@code reader}}
   *
   * @param <T> the type of the value read
   * @param name the field's name in this JSON object
   * @param reader reads each element, recording its problems
   */
  public <T> Optional<T> optionalObject(String name, ElementReader<T> reader) {
    Objects.requireNonNull(reader, "reader");

    return raw(name).flatMap(v -> reader.read(v, path(name), sink));
  }

  /**
   * {@return an array, each element read by {@code reader}; an absent optional array is empty}
   * Elements that had problems are left out (their problems are in the sink).
   *
   * @param <T> the type of the value read
   * @param name the field's name in this JSON object
   * @param required whether a missing field is a problem (true) or reads as an empty list (false)
   * @param reader reads each element, recording its problems
   */
  public <T> ImmutableList<T> list(String name, boolean required, ElementReader<T> reader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");

    Optional<JsonNode> v = required ? required(name) : raw(name);
    if (v.isEmpty()) {
      return ImmutableList.of();
    }
    return elements(v.get(), path(name), sink, reader);
  }

  /**
   * {@return a list of strings}
   *
   * @param name the field's name in this JSON object
   * @param required whether a missing field is a problem (true) or reads as an empty list (false)
   */
  public ImmutableList<String> strings(String name, boolean required) {
    return list(name, required, (n, p, s) -> string(n, p));
  }

  /** Records a problem for every field of this object that no accessor asked for. */
  public void finish() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        if (sink instanceof ProblemSink && ((ProblemSink) sink).isFull()) {
          // Counted, not kept: a flood of unknown fields costs no message.
          ((ProblemSink) sink).countLeftOut(Severity.ERROR);
          continue;
        }
        sink.add(
            Problem.error(
                JSON_UNKNOWN_FIELD,
                path(name),
                "Unknown field '" + name + "'; remove it or check its spelling."));
      }
    }
  }

  /**
   * {@return a reader of one JSON object as every Rubric reader reads one} {@code fields} reads the
   * fields it needs and returns how to build the value from them; then the fields nobody asked for
   * are reported ({@link #finish()}), and the value is built unless an error was recorded since the
   * object was opened, so that a builder's cross-field rules see only well-formed fields. A node
   * that is not an object is a {@code JSON_WRONG_TYPE} problem.
   *
   * @param <T> the type of the value read
   * @param fields reads the object's fields and returns the value's builder
   */
  public static <T> ElementReader<T> object(
      Function<ObjectFields, ? extends Supplier<? extends T>> fields) {
    Objects.requireNonNull(fields, "fields");

    return (node, path, sink) ->
        of(node, path, sink)
            .flatMap(
                f -> {
                  int before = sink.size();
                  Supplier<? extends T> builder = fields.apply(f);
                  f.finish();
                  return JsonTrees.hasErrorsSince(sink, before)
                      ? Optional.empty()
                      : Optional.of(builder.get());
                });
  }

  /**
   * Records a {@code JSON_INVALID_VALUE} problem at field {@code name}: a value of the right type
   * that is none of the values the field takes.
   *
   * @param name the field's name in this JSON object
   * @param message the sentence a person can act on, naming the value and what the field takes
   */
  public void invalidValue(String name, String message) {
    Objects.requireNonNull(message, "message");

    sink.add(Problem.error(JSON_INVALID_VALUE, path(name), message));
  }

  /**
   * Reads every element of the array {@code node} at {@code path}.
   *
   * @param <T> the type of the value read
   * @param node the JSON node
   * @param path the JSON path of {@code node}, used in problem paths
   * @param sink receives the problems found, each naming its JSON path
   * @param reader reads each element, recording its problems
   * @return the elements read; those with problems are left out after their problems are recorded
   */
  public static <T> ImmutableList<T> elements(
      JsonNode node, String path, List<Problem> sink, ElementReader<T> reader) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(reader, "reader");

    if (!node.isArray()) {
      sink.add(wrongType(path, "an array", node));
      return ImmutableList.of();
    }
    List<T> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      reader.read(node.get(i), path + "/" + i, sink).ifPresent(out::add);
    }
    return ImmutableList.copyOf(out);
  }

  /** {@link #string} for the field {@code name}, its path spelled out only for a problem. */
  private Optional<String> stringOf(JsonNode v, String name) {
    return v.isTextual() ? Optional.of(v.textValue()) : string(v, path(name));
  }

  private Optional<String> string(JsonNode v, String at) {
    if (!v.isTextual()) {
      sink.add(wrongType(at, "a string", v));
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /**
   * Reads an integer: a JSON number whose decimal text denotes exactly an integer between {@link
   * Integer#MIN_VALUE} and {@link Integer#MAX_VALUE}. {@code 3}, {@code 3.0}, {@code 3e0} and
   * {@code 30e-1} are 3; {@code 3.9999999999999999}, {@code 3.0000000000000001} and {@code 1e-400}
   * are not integers (they are compared as exact decimals, never rounded through a double) and give
   * a {@code JSON_NOT_INTEGER} problem.
   *
   * @param v the JSON value to read
   * @param at the JSON path of the value, used in problem paths
   * @param sink receives the problems found, each naming its JSON path
   * @return the integer, or empty after recording a problem in {@code sink}
   */
  public static Optional<Integer> integer(JsonNode v, String at, List<Problem> sink) {
    Objects.requireNonNull(v, "v");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(sink, "sink");

    if (!v.isNumber()) {
      sink.add(wrongType(at, "an integer", v));
      return Optional.empty();
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return Optional.of(v.intValue());
    }
    Integer exact = exactInt(v);
    if (exact != null) {
      return Optional.of(exact);
    }
    sink.add(
        Problem.error(
            JSON_NOT_INTEGER,
            at,
            "Expected an integer between "
                + Integer.MIN_VALUE
                + " and "
                + Integer.MAX_VALUE
                + ", found "
                + v.asText()
                + "."));
    return Optional.empty();
  }

  /**
   * The int that the floating-point number {@code v} denotes exactly, or null. Rubric's parser
   * keeps every JSON float as the exact {@link BigDecimal} of its text; a node built in code from a
   * {@code double} or {@code float} is taken at its exact binary value.
   */
  private static @Nullable Integer exactInt(JsonNode v) {
    if (!v.isFloatingPointNumber()) {
      return null;
    }
    BigDecimal d;
    if (v.isBigDecimal()) {
      d = v.decimalValue();
    } else {
      double x = v.doubleValue();
      if (!Double.isFinite(x)) {
        return null;
      }
      d = new BigDecimal(x);
    }
    // Stripping trailing zeros only shortens the unscaled value (bounded by the number-length
    // limit); a fraction left over, or more than ten digits, is not an int. Testing this first
    // keeps 1e-999999999 from costing a division by a huge power of ten.
    d = d.stripTrailingZeros();
    if (d.scale() > 0 || d.precision() - d.scale() > 10) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private Optional<Double> number(JsonNode v, String at) {
    if (!v.isNumber()) {
      sink.add(wrongType(at, "a number", v));
      return Optional.empty();
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      sink.add(Problem.error(JSON_NOT_FINITE, at, "The number " + v.asText() + " is not finite."));
      return Optional.empty();
    }
    if (d == 0.0 && v.isFloatingPointNumber() && v.asText().startsWith("-")) {
      // A decimal has no negative zero: -0.0 (as Rubric's writers write the double -0.0) would read
      // as 0.0, a different double, and a plan's weight of -0.0 would change its fingerprint.
      return Optional.of(-0.0);
    }
    return Optional.of(d);
  }

  private Optional<Instant> instant(String s, String at) {
    Instant utc = utcSeconds(s);
    if (utc != null && inRange(utc)) {
      return Optional.of(utc);
    }
    return timestamp(
        s,
        at,
        "is not an ISO-8601 timestamp with an offset, such as 2026-11-26T10:15:30Z.",
        sink::add);
  }

  /**
   * The instant {@code text} names when it is an ISO-8601 timestamp with an offset within the years
   * 0001 to 9999; otherwise empty, with one problem at {@code at} given to {@code problems}: {@link
   * #outOfRange} for a year outside them (also one the parser cannot hold, see {@link
   * #yearBeyondTheParser}), else {@code 'TEXT' } followed by {@code malformed}.
   *
   * @param text the timestamp as written
   * @param at the JSON path of the value
   * @param malformed the end of the sentence for text that is no timestamp
   * @param problems where the problem goes
   * @return the instant, or empty
   */
  public static Optional<Instant> timestamp(
      String text, String at, String malformed, Consumer<Problem> problems) {
    try {
      Instant parsed = parseTimestamp(text);
      if (inRange(parsed)) {
        return Optional.of(parsed);
      }
      problems.accept(outOfRange(at, text));
    } catch (DateTimeParseException e) {
      problems.accept(
          yearBeyondTheParser(text)
              ? outOfRange(at, text)
              : Problem.error(JSON_INVALID_VALUE, at, "'" + text + "' " + malformed));
    }
    return Optional.empty();
  }

  /**
   * The instant an ISO-8601 timestamp with an offset names: a date, {@code T}, hours and minutes,
   * optionally seconds with one to nine decimals, then {@code Z} or an offset of hours and
   * optionally minutes ({@code +01:00}, {@code +01}); {@code T} and {@code Z} in either case. Every
   * reader of timestamps (the JSON readers, the ATS importers, the command line's times) reads them
   * with this one grammar. It is {@code OffsetDateTime.parse}'s less two forms ISO 8601 does not
   * have and that parser takes: a decimal point without digits ({@code 09:00:00.Z}) and an offset
   * with seconds ({@code +01:00:30}, which would move the time by those seconds).
   *
   * @param text the timestamp as written
   * @return the instant, whatever its year
   * @throws DateTimeParseException if {@code text} is not such a timestamp
   */
  public static Instant parseTimestamp(String text) {
    return OffsetDateTime.parse(text, ISO_TIMESTAMP).toInstant();
  }

  private static final DateTimeFormatter ISO_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .appendOffset("+HH:mm", "Z")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  /**
   * Whether {@code text} spells a timestamp with a signed year of more than nine digits, such as
   * {@code +1000000000-12-31T23:59:59Z}: ISO-8601's expanded form, which the parser cannot hold.
   * Such a timestamp is out of range (see {@link #inRange}), not malformed.
   *
   * @param text the timestamp as written
   * @return whether its year is beyond the parser's nine digits
   */
  public static boolean yearBeyondTheParser(String text) {
    return EXPANDED_YEAR.matcher(text).matches();
  }

  private static final Pattern EXPANDED_YEAR =
      Pattern.compile("[+-][0-9]{10,}-[0-9]{2}-[0-9]{2}T[^\\s]+");

  /** The earliest instant a timestamp may name: {@code 0001-01-01T00:00:00Z}. */
  public static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a timestamp may name: {@code 9999-12-31T23:59:59.999999999Z}. */
  public static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Whether {@code t} lies in the years 0001 to 9999 (UTC), the years a four-digit ISO-8601
   * timestamp can spell. The parser also takes {@code +999999999-12-31T23:59:59Z}; a scorecard or
   * plan dated so far out is corrupted, and its deadlines and latencies would be nonsense (a
   * decision "365243239933 days overdue").
   *
   * @param t the instant read
   * @return true when it may be used
   */
  public static boolean inRange(Instant t) {
    return !t.isBefore(EARLIEST_INSTANT) && !t.isAfter(LATEST_INSTANT);
  }

  /**
   * The problem for a timestamp outside {@link #inRange the years 0001 to 9999}.
   *
   * @param at the JSON path of the field
   * @param text the timestamp as written
   * @return a located {@code JSON_INVALID_VALUE} error
   */
  public static Problem outOfRange(String at, String text) {
    return Problem.error(
        JSON_INVALID_VALUE,
        at,
        "'"
            + text
            + "' is outside the years 0001 to 9999 (UTC); write a four-digit year, such as"
            + " 2026-11-26T10:15:30Z.");
  }

  /**
   * The common form {@code yyyy-MM-ddTHH:mm:ssZ}, read without a formatter; null for anything else
   * (including an impossible date), which the full ISO-8601 parse then reads or rejects.
   */
  static @Nullable Instant utcSeconds(String s) {
    if (s.length() != 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal number in {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * {@return a {@code JSON_WRONG_TYPE} problem: {@code expected} at {@code at}, found {@code
   * found}}
   *
   * @param at the JSON path of the value, used in problem paths
   * @param expected what was expected, for example "an integer"
   * @param found the JSON value found instead
   */
  public static Problem wrongType(String at, String expected, JsonNode found) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");

    return Problem.error(
        JSON_WRONG_TYPE,
        at,
        String.format(
            Locale.ROOT,
            "Expected %s at %s, found %s.",
            expected,
            at.isEmpty() ? "the top level" : at,
            describe(found)));
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "the number " + node.asText();
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Escapes a field name for a JSON pointer: {@code ~} to {@code ~0}, {@code /} to {@code ~1}.
   *
   * @param name the field's name in this JSON object
   * @return the name, escaped so that it can be put into a JSON path
   */
  public static String escape(String name) {
    Objects.requireNonNull(name, "name");

    return name.replace("~", "~0").replace("/", "~1");
  }
}
