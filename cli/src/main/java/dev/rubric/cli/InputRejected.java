package dev.rubric.cli;

/**
 * Thrown by a command when its input cannot be used; the message is the one line printed after
 * {@code rubric: }, naming the file and, where it applies, the row and column or JSON path. Exit
 * code 1.
 */
final class InputRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputRejected(String message) {
    super(message, null, false, false);
  }
}
