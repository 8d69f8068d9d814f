package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles, against the test class path of this module
 * (every library module and the testkit), with only the imports the README shows.
 *
 * <p>The README shows a section's imports in a block of its own holding only {@code import} lines;
 * they apply to the section's following blocks. A section (a {@code ##} or {@code ###} heading) is
 * one compilation unit: a block of declarations (methods, records, interfaces, annotated tests)
 * goes into the class body as it stands, and a block of statements becomes the body of a method of
 * its own. A statement block may use these names without declaring them, as an application would
 * have them at hand: {@code plan} (an {@code InterviewPlan}), {@code scorecards} and {@code
 * history} ({@code List<Scorecard>}), {@code planJson} and {@code payload} ({@code byte[]}) and
 * {@code report} (a {@code List<String>} of lines); they are declared with fully qualified names,
 * so they import nothing on the README's behalf.
 */
class ReadmeJavaSnippetsCompileTest {
  static final Path README = Path.of("../README.md");

  /** Lines that open a declaration: a block holding one at its start is a class-body block. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^(@\\w+|static |public |private |final |abstract |sealed |non-sealed |record |class"
              + " |interface |enum |void |[A-Z][\\w<>, ?]* \\w+\\(.*\\)\\s*\\{).*");

  private static final String CONTEXT =
      String.join(
          "\n",
          "  dev.rubric.core.InterviewPlan plan;",
          "  java.util.List<dev.rubric.core.Scorecard> scorecards;",
          "  java.util.List<dev.rubric.core.Scorecard> history;",
          "  byte[] planJson;",
          "  byte[] payload;",
          "  java.util.List<String> report;",
          "");

  @TempDir Path out;

  /** One section's snippets: its heading, imports and blocks. */
  record Section(String heading, List<String> imports, List<String> blocks) {}

  static List<Section> sections(String readme) {
    List<Section> sections = new ArrayList<>();
    String heading = "(top)";
    List<String> imports = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ") || line.startsWith("### ")) {
        if (!blocks.isEmpty()) {
          sections.add(new Section(heading, imports, blocks));
        }
        heading = line.replaceFirst("^#+ ", "");
        imports = new ArrayList<>();
        blocks = new ArrayList<>();
      } else if (line.equals("```java")) {
        StringBuilder block = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
          block.append(lines.get(i)).append('\n');
        }
        String code = block.toString();
        if (isImportsOnly(code)) {
          imports.addAll(code.lines().filter(l -> !l.isBlank()).toList());
        } else {
          blocks.add(code);
        }
      }
    }
    if (!blocks.isEmpty()) {
      sections.add(new Section(heading, imports, blocks));
    }
    return sections;
  }

  static boolean isImportsOnly(String code) {
    return code.lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("import "));
  }

  static boolean isDeclarations(String code) {
    return code.lines().filter(l -> !l.isBlank() && !l.startsWith("//")).findFirst().stream()
        .anyMatch(l -> DECLARATION.matcher(l).matches());
  }

  /** The compilation unit of a section: its imports, then a class holding its blocks. */
  static String source(Section section, String className) {
    StringBuilder source = new StringBuilder();
    section.imports().forEach(i -> source.append(i).append('\n'));
    source.append("\nclass ").append(className).append(" {\n").append(CONTEXT);
    int method = 0;
    for (String block : section.blocks()) {
      if (isDeclarations(block)) {
        source.append(block).append('\n');
      } else {
        source
            .append("  void snippet")
            .append(++method)
            .append("() throws Exception {\n")
            .append(block)
            .append("  }\n");
      }
    }
    return source.append("}\n").toString();
  }

  @TestFactory
  List<DynamicTest> everyJavaBlockCompiles() throws IOException {
    List<Section> sections = sections(Files.readString(README, StandardCharsets.UTF_8));
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String className = "ReadmeSection" + i;
      tests.add(
          DynamicTest.dynamicTest(
              section.heading(),
              () -> assertThat(compile(className, source(section, className))).isEmpty()));
    }
    return tests;
  }

  @Test
  void theReadmeHasJavaBlocksInTheSectionsAUserReads() throws IOException {
    List<String> headings =
        sections(Files.readString(README, StandardCharsets.UTF_8)).stream()
            .map(Section::heading)
            .toList();

    assertThat(headings)
        .contains(
            "Writing a rubric",
            "Evaluating a candidate",
            "Importing from an ATS",
            "Measuring agreement",
            "Testing your own scoring rules");
  }

  @Test
  void aBlockThatDoesNotCompileIsReported() {
    Section broken =
        new Section("broken", List.of(), List.of("InterviewPlan unimported = plan;\n"));

    assertThat(compile("Broken", source(broken, "Broken")))
        .singleElement()
        .asString()
        .contains("cannot find symbol");
  }

  @Test
  void importBlocksAndDeclarationBlocksAreTold() {
    assertThat(isImportsOnly("import java.util.List;\n\nimport java.util.Map;\n")).isTrue();
    assertThat(isImportsOnly("import java.util.List;\nList<String> x = null;\n")).isFalse();
    assertThat(isDeclarations("static Gen<Integer> ints() {\n  return null;\n}\n")).isTrue();
    assertThat(isDeclarations("@Property(tries = 5)\nvoid p() {}\n")).isTrue();
    assertThat(isDeclarations("record Num(int value) {}\n")).isTrue();
    assertThat(isDeclarations("int no = 1;\n")).isFalse();
    assertThat(isDeclarations("Evaluation e = Evaluator.standard().evaluate(plan, cards);\n"))
        .isFalse();
  }

  /** Compiles one source file; returns its errors, each with the offending source line. */
  private List<String> compile(String className, String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaFileObject file =
          new SimpleJavaFileObject(
              URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      List<String> options =
          List.of("--release", "17", "-proc:none", "-classpath", classPath(), "-d", out.toString());
      compiler.getTask(null, files, diagnostics, options, null, List.of(file)).call();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> lines = source.lines().toList();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(
            d ->
                d.getMessage(Locale.ROOT)
                    + " at: "
                    + (d.getLineNumber() > 0 ? lines.get((int) d.getLineNumber() - 1).strip() : ""))
        .collect(Collectors.toList());
  }

  /** Surefire's real test class path (its own class path is a manifest-only jar). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path =
        surefire != null && !surefire.isBlank()
            ? surefire
            : System.getProperty("java.class.path", "");
    return path.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }
}
