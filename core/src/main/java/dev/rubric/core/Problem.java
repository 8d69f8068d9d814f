package dev.rubric.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * One problem found in an input: a stable machine-readable code, a severity, a JSON-pointer-like
 * path to the offending element ({@code /panelRoles/2/competencies/0}; the empty string is the
 * whole document) and a sentence a person can act on.
 */
@Value.Immutable
@ValueStyle
public abstract class Problem {
  Problem() {}

  /** How {@link #toString()} names the empty path, the whole input. */
  static final String TOP_LEVEL = "the top level";

  /**
   * The path as {@link #toString()} shows it between {@code at} and the {@code :} before the
   * message: {@link #TOP_LEVEL} when empty; in double quotes, with a backslash before each double
   * quote and backslash in it, when it holds {@code ": "} (a field name may: {@code {"x: y": 1}}),
   * which would otherwise read as the end of the path; else as it is. A JSON pointer starts with
   * {@code /}, so a quoted one is never read as a path that starts with a quote.
   */
  static String shownPath(String path) {
    if (path.isEmpty()) {
      return TOP_LEVEL;
    }
    if (!path.contains(": ") && !path.startsWith("\"")) {
      return VisibleText.of(path);
    }
    return VisibleText.of('"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
  }

  /** {@return stable code, for example {@code UNKNOWN_COMPETENCY}; see {@link ProblemCodes}} */
  @Value.Parameter
  public abstract String code();

  /** {@return whether the input is unusable ({@link Severity#ERROR}) or only weakened} */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Where the problem is, as a JSON pointer into the input; empty for the whole input.
   *
   * @return the JSON pointer of the problem in the input; empty for the whole input
   */
  @Value.Parameter
  public abstract String path();

  /** {@return what is wrong and what to do, in one sentence} */
  @Value.Parameter
  public abstract String message();

  /**
   * {@return an error: the input cannot be used}
   *
   * @param code the stable, machine-readable problem code
   * @param path where the problem is, as a JSON pointer into the input; empty for the whole input
   * @param message a sentence for people, naming the offending value
   */
  public static Problem error(String code, String path, String message) {
    return ImmutableProblem.of(code, Severity.ERROR, path, message);
  }

  /**
   * Advice: the input can be used, but it weakens the search.
   *
   * @param code the stable, machine-readable problem code
   * @param path where the problem is, as a JSON pointer into the input; empty for the whole input
   * @param message a sentence for people, naming the offending value
   * @return the advice
   */
  public static Problem advice(String code, String path, String message) {
    return ImmutableProblem.of(code, Severity.ADVICE, path, message);
  }

  /** {@return whether this problem is an error} */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * {@return the problem with its path prefixed by {@code prefix}, for nesting in a larger
   * document}
   *
   * @param prefix the JSON path to put in front of this problem's path
   */
  public Problem under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return ImmutableProblem.of(code(), severity(), prefix + path(), message());
  }

  /**
   * One line: {@code ERROR UNKNOWN_COMPETENCY at /ratings/0: ...}. The path and the message may
   * quote the input (a field name, an id), so both are shown through {@link VisibleText}: a line
   * break or an escape sequence in the input cannot start a second line or reach a terminal. A
   * problem with the whole input (the empty path) is {@code at the top level}: the pointer {@code
   * /} names a field called {@code ""}, which a document may have, so it cannot stand for the whole
   * of one.
   */
  @Override
  public String toString() {
    return severity()
        + " "
        + code()
        + " at "
        + shownPath(path())
        + ": "
        + VisibleText.of(message());
  }
}
