package dev.rubric.interop.archfixture;

/**
 * Classes that print or stop the process, each breaking one clause of "the library does not print
 * or exit", for {@code ArchitectureRulesFailTest}. Test sources only; nothing here is ever called.
 */
public final class ConsoleViolations {
  private ConsoleViolations() {}

  static final class PrintsToOut {
    void run() {
      System.out.println("hello");
    }
  }

  static final class PrintsToErr {
    void run() {
      System.err.println("hello");
    }
  }

  static final class Exits {
    void run() {
      System.exit(1);
    }
  }

  static final class ExitsThroughRuntime {
    void run() {
      Runtime.getRuntime().exit(1);
    }
  }

  static final class Halts {
    void run() {
      Runtime.getRuntime().halt(1);
    }
  }

  static final class PrintsStackTrace {
    void run(RuntimeException e) {
      e.printStackTrace();
    }
  }
}
