package dev.rubric.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders counterexamples for failure messages: strings quoted, containers element by element. */
final class ValueFormat {
  private ValueFormat() {}

  static String format(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence text) {
      return quote(text.toString(), '"');
    }
    if (value instanceof Character c) {
      return quote(c.toString(), '\'');
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(ValueFormat::format).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> format(e.getKey()) + "=" + format(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> "Optional[" + format(v) + "]").orElse("Optional.empty");
    }
    if (value instanceof Object[] array) {
      return format(Arrays.asList(array));
    }
    if (value.getClass().isArray()) {
      return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
    }
    if (value instanceof Record record) {
      return formatRecord(record);
    }
    return value.toString();
  }

  /**
   * A record as {@code Name[component=value, ...]} with each component formatted as above, so that
   * arrays, strings and nested records inside tuples print as values rather than {@code [I@1b6d};
   * its own {@code toString()} if it writes one (it differs from the generated form) or a component
   * cannot be read.
   */
  private static String formatRecord(Record record) {
    Class<?> type = record.getClass();
    StringBuilder plain = new StringBuilder(type.getSimpleName()).append('[');
    StringBuilder out = new StringBuilder(type.getSimpleName()).append('[');
    RecordComponent[] components = type.getRecordComponents();
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
      plain.append(name).append(component);
      out.append(name).append(format(component));
    }
    String own = record.toString();
    // A record that writes its own toString keeps it; the generated one gives way to the values.
    return own.equals(plain.append(']').toString()) ? out.append(']').toString() : own;
  }

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
                  if (Character.isISOControl(cp)) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.append(quote).toString();
  }
}
