package dev.rubric.cli;

import dev.rubric.core.VisibleText;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's error handlers for the {@code rubric} command line: every failure a command throws
 * becomes exactly one line on standard error, prefixed by {@code rubric: }, and an exit code; never
 * a stack trace. (A command that finds several problems prints one such line per problem itself and
 * returns its exit code, as {@code calibrate} and {@code export-ratings} do when nothing is usable:
 * one line per file.)
 */
final class OneLineErrors {
  static final String PROGRAM = "rubric";

  private OneLineErrors() {}

  /** A usage error (unknown option, missing argument): one line and exit code 2. */
  static int onUsageError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    StringBuilder line = new StringBuilder(PROGRAM).append(": ").append(visible(message(e, cli)));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ")
            .append(VisibleText.of(String.join(" or ", suggestions)))
            .append('?');
      }
    }
    line.append(" (see '").append(cli.getCommandSpec().qualifiedName()).append(" --help')");
    PrintWriter err = cli.getErr();
    err.println(line);
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * What a usage error says: picocli's message, except where an argument that looks like an option
   * and is none is the fault and the rest only its consequence, when the unknown options alone are
   * named: a missing argument beside one ({@code validate -x.json}), and the arguments left over
   * after one, which picocli lists among the unknown options ({@code evaluate --plan p.json --bogus
   * x --other a.json}: {@code x} was read as the scorecards, so {@code a.json} was left over; the
   * line names {@code --bogus} and {@code --other}, not the file).
   */
  private static String message(ParameterException e, CommandLine cli) {
    String message = String.valueOf(e.getMessage());
    List<String> unmatched;
    if (e instanceof CommandLine.MissingParameterException) {
      unmatched = cli.getUnmatchedArguments();
    } else if (e instanceof UnmatchedArgumentException u) {
      unmatched = u.getUnmatched();
    } else {
      return message;
    }
    List<String> unknown =
        unmatched.stream()
            .filter(a -> a.length() > 1 && a.startsWith("-"))
            .map(a -> "'" + a + "'")
            .toList();
    if (unknown.isEmpty()) {
      return message;
    }
    return (unknown.size() == 1 ? "Unknown option: " : "Unknown options: ")
        + String.join(", ", unknown);
  }

  /** Any exception from a command: one line and exit code 1. */
  static int onExecutionError(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InputRejected rejected) {
      rejected.lines().forEach(line -> err.println(PROGRAM + ": " + visible(line)));
    } else {
      err.println(PROGRAM + ": unexpected error: " + describe(e));
    }
    err.flush();
    return ExitCodes.INPUT_REJECTED;
  }

  /**
   * What a failure that is not the input's says, on one line: the exception's message, made {@link
   * #visible}, or {@code no detail given} when it has none. Never the exception's class name: a
   * user's script and a user's eyes see words, and the contract promises no Java names on standard
   * error.
   */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "no detail given" : visible(message);
  }

  /**
   * {@code text} made safe for one line of a terminal: surrounding white space removed, and every
   * control character (line breaks and escape sequences included), DEL, C1 control and
   * bidirectional override shown as a visible escape ({@code \n}, {@code \}{@code u001b}) by {@link
   * VisibleText}. Escaping text twice leaves it as escaping it once would, except for a backslash
   * already written by the first pass, which is kept as it is.
   */
  static String visible(@Nullable String text) {
    return text == null ? "" : VisibleText.of(text.strip());
  }

  /** One error line: {@code rubric: } and the message, made {@link #visible}. */
  static String line(String message) {
    return PROGRAM + ": " + visible(message);
  }

  /** {@code text} with every line break and run of white space folded to one space. */
  static String oneLine(@Nullable String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
