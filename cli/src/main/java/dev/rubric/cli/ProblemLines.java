package dev.rubric.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of the input of one run, collected so that all of them are reported together rather
 * than the first alone: the first {@link #MAX_LINES} lines are kept, the rest only counted, so a
 * file with a fault on every one of its million rows costs twenty strings. Not thread-safe: one
 * instance belongs to one read.
 */
final class ProblemLines {
  /** The most problem lines printed; the rest are counted on one line after them. */
  static final int MAX_LINES = 20;

  private final List<String> lines = new ArrayList<>();
  private int count;

  /** Adds one problem, its line as printed after {@code rubric: }. */
  void add(String line) {
    if (lines.size() < MAX_LINES) {
      lines.add(line);
    }
    count++;
  }

  /** {@return how many problems were added} */
  int size() {
    return count;
  }

  /** {@return whether no problem was added} */
  boolean isEmpty() {
    return count == 0;
  }

  /**
   * Refuses the input when any problem was added: one line per problem kept, then {@code ... and N
   * more problems} for the rest.
   *
   * @throws InputRejected with every line, when there is a problem
   */
  void rejectIfAny() {
    if (count == 0) {
      return;
    }
    List<String> out = new ArrayList<>(lines);
    int more = count - lines.size();
    if (more > 0) {
      out.add("... and " + more + (more == 1 ? " more problem" : " more problems"));
    }
    throw new InputRejected(out);
  }
}
