package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.PROBLEMS_TRUNCATED;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import dev.rubric.core.Severity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The problems found while reading one document, keeping at most {@code limit} of them so that a
 * document with a million faults costs neither a million messages nor the memory to hold them.
 *
 * <p>It is a {@code List<Problem>} that readers ({@link ObjectFields} and every format built on it)
 * add to as usual. Every problem is counted: {@link #size()} is the number added. Only the first
 * {@code limit} are kept; {@link #get(int)} at a later index gives a stand-in with the same
 * severity (so that "were there errors since index i?" keeps its answer) and code {@code
 * PROBLEMS_TRUNCATED}. {@link #reported()} gives what to show: the problems kept and, when some
 * were left out, exactly one more saying how many.
 *
 * <p>Not thread-safe: one instance belongs to one read of one document.
 */
public final class ProblemSink extends AbstractList<Problem> {
  private static final Problem LEFT_OUT_ERROR =
      Problem.error(PROBLEMS_TRUNCATED, "", "A problem left out of the report.");
  private static final Problem LEFT_OUT_ADVICE =
      Problem.advice(PROBLEMS_TRUNCATED, "", "A problem left out of the report.");

  private final int limit;
  private final List<Problem> kept = new ArrayList<>();
  private final BitSet leftOutErrors = new BitSet();
  private int leftOut;

  private ProblemSink(int limit) {
    this.limit = limit;
  }

  /**
   * {@return a sink keeping the first {@code limit} (> 0) problems}
   *
   * @param limit how many problems to keep; further ones are only counted
   */
  public static ProblemSink keeping(int limit) {
    Preconditions.checkArgument(limit > 0, "limit (%s) must be > 0", limit);
    return new ProblemSink(limit);
  }

  /**
   * {@return a sink keeping as many problems as {@code limits} allow a document to report}
   *
   * @param limits the limits on the size and shape of documents read
   */
  public static ProblemSink of(ParseLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return keeping(limits.maxProblems());
  }

  @Override
  public boolean add(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    if (kept.size() < limit) {
      kept.add(problem);
    } else {
      leftOutErrors.set(leftOut, problem.isError());
      leftOut++;
    }
    return true;
  }

  @Override
  public Problem get(int index) {
    if (index < kept.size()) {
      return kept.get(index);
    }
    Objects.checkIndex(index, size());
    return leftOutErrors.get(index - kept.size()) ? LEFT_OUT_ERROR : LEFT_OUT_ADVICE;
  }

  /** {@return whether the sink keeps no more problems: any added from now on is only counted} */
  public boolean isFull() {
    return kept.size() >= limit;
  }

  /**
   * Counts a problem of {@code severity} that a full sink would not keep, without making it: for
   * readers that would otherwise format a message only to have it dropped.
   *
   * @param severity the severity of the problem left out
   * @throws IllegalStateException when the sink is not {@link #isFull() full}
   */
  public void countLeftOut(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    Preconditions.checkState(isFull(), "the sink keeps %s more problem(s)", limit - kept.size());
    leftOutErrors.set(leftOut, severity == Severity.ERROR);
    leftOut++;
  }

  /** The number of problems added, kept or not. */
  @Override
  public int size() {
    return kept.size() + leftOut;
  }

  /** {@return how many problems were added but not kept} */
  public int leftOut() {
    return leftOut;
  }

  /**
   * {@return the problems to report: the first {@code limit} added, then, when more were added, one
   * {@code PROBLEMS_TRUNCATED} problem at the document (path {@code ""}) saying how many more were
   * found; it is an error when any of those is}
   */
  public ImmutableList<Problem> reported() {
    if (leftOut == 0) {
      return ImmutableList.copyOf(kept);
    }
    String message =
        String.format(
            Locale.ROOT,
            "%d more problem%s found and not listed (the report stops after %d); fix the ones"
                + " above and read the document again.",
            leftOut,
            leftOut == 1 ? " was" : "s were",
            limit);
    Problem more =
        leftOutErrors.isEmpty()
            ? Problem.advice(PROBLEMS_TRUNCATED, "", message)
            : Problem.error(PROBLEMS_TRUNCATED, "", message);
    return ImmutableList.<Problem>builderWithExpectedSize(kept.size() + 1)
        .addAll(kept)
        .add(more)
        .build();
  }
}
