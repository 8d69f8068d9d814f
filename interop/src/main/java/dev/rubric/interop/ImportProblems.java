package dev.rubric.interop;

import dev.rubric.core.Problem;
import dev.rubric.core.internal.json.ParseLimits;
import dev.rubric.core.internal.json.ProblemSink;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The problems of one import: a {@link ProblemSink} for the report, which keeps the first {@link
 * ParseLimits#maxProblems()} and then only counts, and beside it every problem added past that cap
 * since the current element of the payload began. A refused element's outcome names the error that
 * kept it out ({@link ImportSession#refused}), and it must be that error, located, even when the
 * report no longer lists it; a placeholder would lose the reason. Problems of earlier elements are
 * forgotten ({@link #beginElement()}), so a flood of faults costs no more than one element's.
 *
 * <p>Not thread-safe: one instance belongs to one import.
 */
final class ImportProblems extends AbstractList<Problem> {
  private final ProblemSink report = ProblemSink.of(ParseLimits.defaults());

  /** The problems past the cap added since the current element began, in order. */
  private final List<Problem> recent = new ArrayList<>();

  /** The index, among all problems added, of {@code recent.get(0)} when there is one. */
  private int recentStart;

  @Override
  public boolean add(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    if (report.isFull()) {
      if (recent.isEmpty()) {
        recentStart = size();
      }
      recent.add(problem);
    }
    return report.add(problem);
  }

  /**
   * The problem added at {@code index}: itself when the report keeps it or it was added since the
   * current element began; otherwise (an earlier element's, left out of the report) the report's
   * stand-in of the same severity.
   */
  @Override
  public Problem get(int index) {
    Objects.checkIndex(index, size());
    if (index < size() - report.leftOut() || recent.isEmpty() || index < recentStart) {
      return report.get(index);
    }
    return recent.get(index - recentStart);
  }

  /** The number of problems added, kept in the report or not. */
  @Override
  public int size() {
    return report.size();
  }

  /** A new element of the payload begins: no earlier problem is needed again. */
  void beginElement() {
    recent.clear();
  }

  /** {@return the problems to report: the first ones and, past the cap, one with the count} */
  List<Problem> reported() {
    return report.reported();
  }
}
