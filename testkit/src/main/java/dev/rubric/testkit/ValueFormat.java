package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Renders counterexamples for failure messages: strings quoted, containers element by element. */
final class ValueFormat {
  private ValueFormat() {}

  /**
   * The value as a report shows it. Never throws for the value's sake: a value whose {@code
   * toString()} throws (or overflows the stack) prints as {@code Type@hash (toString threw ...)},
   * and a collection, map, array or optional that holds itself prints that part as {@code (this
   * Collection)}, {@code (this Map)} and so on, so a report always reaches the user.
   */
  static String format(@Nullable Object value) {
    try {
      return format(value, Collections.newSetFromMap(new IdentityHashMap<>()));
    } catch (StackOverflowError overflow) {
      return unprintable(requireNonNull(value), overflow);
    }
  }

  /** How long a value may print in a generator's description before it is cut. */
  static final int BRIEF_AT = 80;

  /** How many of a generator's values its description shows. */
  static final int BRIEF_VALUES = 8;

  /**
   * The value as a generator's description shows it: formatted as in a report, cut after {@value
   * #BRIEF_AT} characters, so that a description (and every message that names the generator) stays
   * short whatever the value.
   */
  static String brief(@Nullable Object value) {
    String text = format(value);
    return text.length() <= BRIEF_AT ? text : text.substring(0, BRIEF_AT) + "...";
  }

  /**
   * The values a generator chooses from, as its description shows them: the first {@value
   * #BRIEF_VALUES}, each {@link #brief}, then how many there are in all.
   */
  static String brief(List<?> values) {
    String shown =
        values.stream()
            .limit(BRIEF_VALUES)
            .map(ValueFormat::brief)
            .collect(Collectors.joining(", ", "[", ""));
    return values.size() <= BRIEF_VALUES
        ? shown + "]"
        : shown + ", ... " + values.size() + " values in all]";
  }

  /** The value, {@code open} holding the containers being formatted around it. */
  private static String format(@Nullable Object value, Set<Object> open) {
    if (value == null) {
      return "null";
    }
    try {
      return formatContainer(value, open).orElseGet(() -> formatLeaf(value));
    } catch (RuntimeException failed) {
      return unprintable(value, failed);
    }
  }

  /** A collection, map, optional, array or record, element by element; empty for any other. */
  private static Optional<String> formatContainer(Object value, Set<Object> open) {
    String kind = containerKind(value);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (!open.add(value)) {
      return Optional.of("(this " + kind + ")");
    }
    try {
      if (value instanceof Collection<?> items) {
        return Optional.of(join(items.stream(), open, "[", "]"));
      }
      if (value instanceof Map<?, ?> map) {
        return Optional.of(
            map.entrySet().stream()
                .map(e -> format(e.getKey(), open) + "=" + format(e.getValue(), open))
                .collect(Collectors.joining(", ", "{", "}")));
      }
      if (value instanceof Optional<?> optional) {
        return Optional.of(
            optional.map(v -> "Optional[" + format(v, open) + "]").orElse("Optional.empty"));
      }
      if (value instanceof Object[] array) {
        return Optional.of(join(Arrays.stream(array), open, "[", "]"));
      }
      return Optional.of(formatRecord((Record) value, open));
    } finally {
      open.remove(value);
    }
  }

  /** How a container that holds itself names itself; empty for a value that is no container. */
  private static String containerKind(Object value) {
    if (value instanceof Collection<?>) {
      return "Collection";
    }
    if (value instanceof Map<?, ?>) {
      return "Map";
    }
    if (value instanceof Optional<?>) {
      return "Optional";
    }
    if (value instanceof Object[]) {
      return "Array";
    }
    return value instanceof Record ? "Record" : "";
  }

  private static String join(Stream<?> items, Set<Object> open, String start, String end) {
    return items.map(v -> format(v, open)).collect(Collectors.joining(", ", start, end));
  }

  /** A value that holds no other: a string or character quoted, a primitive array, or toString. */
  private static String formatLeaf(Object value) {
    if (value instanceof CharSequence text) {
      return quote(text.toString(), '"');
    }
    if (value instanceof Character c) {
      return quote(c.toString(), '\'');
    }
    if (value.getClass().isArray()) {
      return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
    }
    return value.toString();
  }

  /** A value whose {@code toString()} failed: its class, identity and what was thrown. */
  private static String unprintable(Object value, Throwable failure) {
    String message;
    try {
      message = failure.getMessage();
    } catch (RuntimeException unreadable) {
      message = null;
    }
    return value.getClass().getName()
        + "@"
        + Integer.toHexString(System.identityHashCode(value))
        + " (toString threw "
        + failure.getClass().getName()
        + (message == null ? "" : ": " + message)
        + ")";
  }

  /**
   * A record as {@code Name[component=value, ...]} with each component formatted as above, so that
   * arrays, strings and nested records inside tuples print as values rather than {@code [I@1b6d};
   * its own {@code toString()} if it writes one (it differs from the generated form) or a component
   * cannot be read; the components' form if its {@code toString()} throws.
   */
  private static String formatRecord(Record record, Set<Object> open) {
    Class<?> type = record.getClass();
    StringBuilder plain = new StringBuilder(type.getSimpleName()).append('[');
    StringBuilder out = new StringBuilder(type.getSimpleName()).append('[');
    RecordComponent[] components = type.getRecordComponents();
    boolean plainFailed = false;
    for (int i = 0; i < components.length; i++) {
      Object component;
      try {
        Method accessor = components[i].getAccessor();
        accessor.setAccessible(true);
        component = accessor.invoke(record);
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        return record.toString();
      }
      String name = (i == 0 ? "" : ", ") + components[i].getName() + "=";
      plain.append(name);
      try {
        plain.append(component);
      } catch (RuntimeException unprintable) {
        plainFailed = true;
      }
      out.append(name).append(format(component, open));
    }
    out.append(']');
    String own;
    try {
      own = record.toString();
    } catch (RuntimeException unprintable) {
      return out.toString();
    }
    // A record that writes its own toString keeps it; the generated one gives way to the values.
    // Where a component's toString throws, the generated one would have thrown too: a toString
    // that returned is the record's own.
    return !plainFailed && own.equals(plain.append(']').toString()) ? out.toString() : own;
  }

  /**
   * The text in {@code quote}s, as Java source would write it: line breaks, tabs, backslashes and
   * the quote escaped, and every code point a reader could not see or tell apart written as a Java
   * escape, a backslash, {@code u} and four hex digits for each UTF-16 unit: control characters, a
   * lone surrogate (which an output encoding turns into {@code ?}), format characters such as the
   * zero-width space and the right-to-left override (which reorders the rest of the line),
   * separators other than the space (the no-break space looks like one), private-use and unassigned
   * code points.
   */
  private static String quote(String text, char quote) {
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                  if (cp == quote) {
                    out.append('\\');
                  }
                  if (unseen(cp)) {
                    for (char unit : Character.toChars(cp)) {
                      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit));
                    }
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.append(quote).toString();
  }

  /** Whether a reader could not see the code point, or could not tell it from another. */
  private static boolean unseen(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.SURROGATE,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      case Character.SPACE_SEPARATOR -> cp != ' ';
      default -> false;
    };
  }
}
