package dev.rubric.testkit;

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
    return value.toString();
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
