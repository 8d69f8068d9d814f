package dev.rubric.interop;

import dev.rubric.core.Problem;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What became of one rated element of a payload: one Greenhouse attribute, one Lever score field,
 * one Ashby score or recommendation value, one overall recommendation. Every rated element has
 * exactly one outcome in {@link ImportResult#outcomes()}; {@link ImportResult} documents which
 * elements count as rated.
 */
@Value.Immutable
@ValueStyle
public abstract class ElementOutcome {
  ElementOutcome() {}

  /** The four ends a rated element can come to. */
  public enum Kind {
    /**
     * The rating is a rating of an imported scorecard, or the recommendation its overall
     * recommendation.
     */
    USED,
    /**
     * The interviewer gave no decision ({@code no_decision}, an empty or null value): not a low
     * rating and not a fault.
     */
    NOT_ASSESSED,
    /** The mapping names the element's key in its {@link ImportMapping#ignored()} list. */
    IGNORED,
    /**
     * The element could not be used; {@link #problem()} says why, located by a JSON pointer into
     * the payload (at the element, or at the field of its scorecard that kept the scorecard from
     * being built).
     */
    PROBLEM
  }

  /**
   * {@return the JSON pointer of the element in the payload, for example {@code /0/attributes/3}}
   */
  public abstract String path();

  /** {@return what became of the element} */
  public abstract Kind kind();

  /**
   * {@return the error that kept the element out; present exactly when {@link #kind()} is PROBLEM}
   * It is one of {@link ImportResult#problems()} unless that report was capped (it ends with a
   * {@code PROBLEMS_TRUNCATED} problem): past the cap the element keeps its own located error all
   * the same.
   */
  public abstract Optional<Problem> problem();

  @Value.Check
  void check() {
    if (problem().isPresent() != (kind() == Kind.PROBLEM)) {
      throw new IllegalArgumentException(
          "problem must be present exactly for kind PROBLEM, found " + kind());
    }
  }

  static ElementOutcome of(String path, Kind kind) {
    return ImmutableElementOutcome.builder().path(path).kind(kind).build();
  }

  static ElementOutcome problem(String path, Problem problem) {
    return ImmutableElementOutcome.builder().path(path).kind(Kind.PROBLEM).problem(problem).build();
  }
}
