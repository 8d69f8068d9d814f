package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failure reports a user can act on: the whole message, long values folded, real names. */
class ReportTest {

  @Test
  void theFailureLineKeepsTheWholeAssertionMessage() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.integers(0, 100))
                    .withSeed(1)
                    .check(x -> assertThat(x).isLessThan(7)))
        .hasMessageContaining(
            "  failure:                 java.lang.AssertionError: Expecting actual:\n"
                + "                             7\n"
                + "                           to be less than:\n"
                + "                             7");
  }

  @Test
  void theResultKeepsTheWholeMessageToo() {
    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers(0, 100))
            .withSeed(1)
            .run(x -> assertThat(x).isLessThan(7));

    assertThat(result.failure())
        .hasValueSatisfying(
            f -> assertThat(f).contains("Expecting actual:\n  7\nto be less than:"));
  }

  @Test
  void longCounterexamplesAreFoldedAndFollowInFull() {
    String zeros = "[" + String.join(", ", java.util.Collections.nCopies(200, "0")) + "]";

    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.lists(Gen.integers(0, 9), 200, 300))
                    .withSeed(1)
                    .checkThat(l -> l.size() < 200))
        .hasMessageContaining(
            "  shrunk counterexample:   "
                + zeros.substring(0, 300)
                + " ... (600 characters, in full below)\n")
        .hasMessageContaining("  shrunk counterexample in full:\n    " + zeros);
  }

  @Test
  void shortCounterexamplesAreNotFolded() {
    assertThatThrownBy(() -> PropertyCheck.forAll(Gen.integers()).checkThat(x -> x < 5))
        .hasMessageContaining("  shrunk counterexample:   5\n")
        .hasMessageNotContaining("in full");
  }

  record Matrix(int[][] cells, String name) {}

  @Test
  void recordsPrintTheirComponentsAsValues() {
    assertThat(ValueFormat.format(new Tuple.Pair<>(new int[][] {{1, 2}}, "a\tb")))
        .isEqualTo("Pair[first=[[1, 2]], second=\"a\\tb\"]");
    assertThat(ValueFormat.format(new Matrix(new int[][] {{3}}, "m")))
        .isEqualTo("Matrix[cells=[[3]], name=\"m\"]");
  }

  /** A value whose {@code toString()} fails, as a user's half-built class may. */
  static final class Unprintable {
    final int value;

    Unprintable(int value) {
      this.value = value;
    }

    @Override
    public String toString() {
      throw new IllegalStateException("not printable");
    }
  }

  record Holder(Unprintable inside, int n) {}

  @Test
  void aCounterexampleWhoseToStringThrowsIsStillReported() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.integers(0, 100).map(Unprintable::new))
                    .withSeed(1)
                    .checkThat(u -> u.value < 7))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("falsified after")
        .hasMessageMatching(
            "(?s).*  shrunk counterexample:   dev\\.rubric\\.testkit\\.ReportTest\\$Unprintable@"
                + "[0-9a-f]+ \\(toString threw java\\.lang\\.IllegalStateException: not"
                + " printable\\)\n.*");
    assertThat(ValueFormat.format(List.of(1, new Holder(new Unprintable(2), 3))))
        .matches(
            "\\[1, Holder\\[inside=dev\\.rubric\\.testkit\\.ReportTest\\$Unprintable@[0-9a-f]+"
                + " \\(toString threw java\\.lang\\.IllegalStateException: not printable\\),"
                + " n=3\\]\\]");
  }

  @Test
  void aContainerThatHoldsItselfIsReportedWithoutOverflowingTheStack() {
    List<Object> list = new java.util.ArrayList<>();
    list.add(1);
    list.add(list);
    java.util.Map<String, Object> map = new java.util.HashMap<>();
    map.put("me", map);
    Object[] array = new Object[1];
    array[0] = array;

    assertThat(ValueFormat.format(list)).isEqualTo("[1, (this Collection)]");
    assertThat(ValueFormat.format(map)).isEqualTo("{\"me\"=(this Map)}");
    assertThat(ValueFormat.format(array)).isEqualTo("[(this Array)]");
    assertThat(ValueFormat.format(List.of(list, list)))
        .isEqualTo("[[1, (this Collection)], [1, (this Collection)]]");
    Gen<List<Object>> cyclic =
        Gen.integers(0, 100)
            .map(
                x -> {
                  List<Object> values = new java.util.ArrayList<>();
                  values.add(x);
                  values.add(values);
                  return values;
                });
    assertThatThrownBy(
            () -> PropertyCheck.forAll(cyclic).withSeed(1).checkThat(l -> (int) l.get(0) < 7))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shrunk counterexample:   [7, (this Collection)]\n");
  }

  @Test
  void charactersNobodyCanSeeAreWrittenAsEscapes() {
    assertThat(ValueFormat.format('\ud800')).isEqualTo("'\\ud800'");
    assertThat(ValueFormat.format("a\u200bb")).isEqualTo("\"a\\u200bb\"");
    assertThat(ValueFormat.format("x\u202ey")).isEqualTo("\"x\\u202ey\"");
    assertThat(ValueFormat.format("1\u00a0000")).isEqualTo("\"1\\u00a0000\"");
    assertThat(ValueFormat.format("\udb80\udc00")).isEqualTo("\"\\udb80\\udc00\"");
    assertThat(ValueFormat.format("é€日😀 a")).isEqualTo("\"é€日😀 a\"");
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(Gen.chars('\ud800', '\udfff'))
                    .withSeed(1)
                    .checkThat(c -> !Character.isSurrogate(c)))
        .hasMessageContaining("  shrunk counterexample:   '\\ud800'\n");
  }

  @Test
  void parametersAreNamedWithoutJavacParameters(@TempDir Path dir) throws Exception {
    Method method = compiledWithoutParameterNames(dir);
    Parameter[] parameters = method.getParameters();

    assertThat(parameters[0].isNamePresent()).isFalse();
    assertThat(AnnotatedProperty.label(parameters[0], 0)).isEqualTo("ratings");
    assertThat(AnnotatedProperty.label(parameters[1], 1)).isEqualTo("#2");
  }

  @Test
  void twoParametersOfOneGeneratorAreToldApartByPosition(@TempDir Path dir) throws Exception {
    Method method =
        compile(
            dir,
            "public class SameGenerator {\n"
                + "  public void p(@dev.rubric.testkit.ForAll(\"ratings\") java.util.List<Integer> r,"
                + " int resolvedByJUnit,"
                + " @dev.rubric.testkit.ForAll(\"ratings\") java.util.List<Integer> s,"
                + " @dev.rubric.testkit.ForAll int n) {}\n"
                + "}\n",
            "SameGenerator");

    assertThat(AnnotatedProperty.labels(method.getParameters(), List.of(0, 2, 3)))
        .containsExactly("ratings #1", "ratings #3", "#4");
  }

  private static Method compiledWithoutParameterNames(Path dir) throws IOException, Exception {
    return compile(
        dir,
        "public class NoNames {\n"
            + "  public void p(@dev.rubric.testkit.ForAll(\"ratings\") java.util.List<Integer> r,"
            + " @dev.rubric.testkit.ForAll int n) {}\n"
            + "}\n",
        "NoNames");
  }

  /** Compiles {@code code} without {@code -parameters} and returns its method {@code p}. */
  private static Method compile(Path dir, String code, String className)
      throws IOException, Exception {
    Path source = dir.resolve(className + ".java");
    Files.writeString(source, code);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            source.toString());
    assertThat(status).isZero();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReportTest.class.getClassLoader())) {
      Class<?> type = loader.loadClass(className);
      for (Method method : type.getMethods()) {
        if (method.getName().equals("p")) {
          return method;
        }
      }
      throw new AssertionError("no method p in " + className);
    }
  }
}
