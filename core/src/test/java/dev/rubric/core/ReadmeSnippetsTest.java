package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README true: every Java block in the README is a snippet that a test in some module
 * compiles and runs (between {@code // snippet:NAME start} and {@code // snippet:NAME end}), and
 * every snippet marked in a test appears in the README.
 */
class ReadmeSnippetsTest {
  private static final Pattern START = Pattern.compile("^\\s*// snippet:([\\w-]+) start\\s*$");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md"))) {
      Path parent = dir.getParent();
      if (parent == null) {
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
      }
      dir = parent;
    }
    return dir;
  }

  private static Map<String, String> snippets(Path root) throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(root)) {
      sources =
          walk.filter(p -> p.toString().replace('\\', '/').contains("/src/test/java/"))
              .filter(p -> p.toString().endsWith(".java"))
              .sorted()
              .toList();
    }
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = START.matcher(lines.get(i));
        if (!m.matches()) {
          continue;
        }
        String name = m.group(1);
        List<String> body = new ArrayList<>();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).trim().equals("// snippet:" + name + " end")) {
          body.add(lines.get(j));
          j++;
        }
        assertThat(j).as("end marker of snippet %s in %s", name, source).isLessThan(lines.size());
        assertThat(snippets.put(name, dedent(body)))
            .as("snippet %s is defined once", name)
            .isNull();
      }
    }
    return snippets;
  }

  static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  @Test
  void everyReadmeJavaBlockIsATestedSnippetAndViceVersa() {
    try {
      Path root = root();
      String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
      Map<String, String> snippets = snippets(root);
      List<String> blocks = new ArrayList<>();
      Matcher m = JAVA_BLOCK.matcher(readme);
      while (m.find()) {
        String block = m.group(1).stripTrailing() + "\n";
        // A block of imports only shows what the section's snippets import; the examples'
        // ReadmeJavaSnippetsCompileTest compiles the snippets with them.
        if (!block.lines().allMatch(l -> l.isBlank() || l.startsWith("import "))) {
          blocks.add(block);
        }
      }
      assertThat(blocks).as("Java blocks in the README").isNotEmpty();
      for (String block : blocks) {
        assertThat(snippets.values())
            .as("README block is a tested snippet:%n%s", block)
            .contains(block);
      }
      snippets.forEach(
          (name, body) ->
              assertThat(blocks).as("snippet %s appears in the README", name).contains(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
