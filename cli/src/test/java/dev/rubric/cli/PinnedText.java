package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A pinned copy of what the command line prints, on the test class path. With the environment
 * variable {@code RUBRIC_PIN_UPDATE=true}, a test writes what it got to {@code src/test/resources}
 * instead, after a change that is meant to change the output.
 */
final class PinnedText {
  private PinnedText() {}

  /**
   * {@return the pinned copy at {@code resource}}
   *
   * @param resource the resource's absolute name
   * @param actual what the command printed now
   */
  static String of(String resource, String actual) {
    if ("true".equals(System.getenv("RUBRIC_PIN_UPDATE"))) {
      try {
        Path file = Path.of("src/test/resources" + resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try (InputStream in =
        Objects.requireNonNull(PinnedText.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
