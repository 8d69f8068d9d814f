package dev.rubric.cli;

/** The exit codes of every command: a contract that users' scripts rely on. */
final class ExitCodes {
  /** The command succeeded. */
  static final int OK = 0;

  /** The input was rejected: a missing or unreadable file, malformed JSON or CSV, invalid data. */
  static final int INPUT_REJECTED = 1;

  /** The command line itself was wrong: an unknown option, a missing argument. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
