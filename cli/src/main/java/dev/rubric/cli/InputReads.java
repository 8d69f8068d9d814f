package dev.rubric.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads every input of a command before refusing any, so that one run reports the problems of every
 * file given ({@code rubric calibrate --plan p.json a.json b.json} names the faults of both a.json
 * and b.json, not those of a.json alone). A refused read prints its lines at once and the next read
 * goes on; {@link #rejectIfAny()} then refuses the run. Not thread-safe: one instance belongs to
 * one command's run.
 */
final class InputReads {
  private final PrintWriter err;
  private final Set<String> printed = new HashSet<>();
  private boolean refused;

  InputReads(PrintWriter err) {
    this.err = err;
  }

  /**
   * Runs {@code read}; when it refuses its input, the refusal's lines are printed and the result is
   * empty.
   */
  <T> Optional<T> read(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (InputRejected e) {
      refused(e);
      return Optional.empty();
    }
  }

  /** Runs {@code check}; a refusal it throws is printed, as {@link #read} prints one. */
  void check(Runnable check) {
    try {
      check.run();
    } catch (InputRejected e) {
      refused(e);
    }
  }

  /**
   * Refuses the run when any read was refused; every refusal's lines are printed already, in the
   * order of the reads.
   *
   * @throws InputRejected with no further line, when a read was refused
   */
  void rejectIfAny() {
    if (refused) {
      throw new InputRejected(List.of());
    }
  }

  /**
   * Prints a refusal's lines now, after the lines its reader printed before throwing it, so each
   * file's lines stay together and in order. A line printed already by an earlier refusal of this
   * run (one file given for two inputs, {@code --groups g.csv --outcomes g.csv}) is not repeated.
   */
  private void refused(InputRejected e) {
    e.lines().stream().map(OneLineErrors::line).filter(printed::add).forEach(err::println);
    err.flush();
    refused = true;
  }
}
