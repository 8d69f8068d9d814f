package dev.rubric.core;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.internal.util.Elements;
import java.util.List;
import org.immutables.value.Value;

/** Every problem found in one input, errors and advice, in the order they were found. */
@Value.Immutable
@ValueStyle
public abstract class ValidationReport {
  ValidationReport() {}

  /** {@return all problems, in the order the validator found them} */
  @Value.Parameter
  public abstract List<Problem> problems();

  /**
   * {@return a report of {@code problems}}
   *
   * @param problems the problems found; may be empty
   * @throws NullPointerException if {@code problems} is null, or naming the null element ({@code
   *     problems[2]})
   */
  public static ValidationReport of(Iterable<? extends Problem> problems) {
    return ImmutableValidationReport.of(Elements.copyOf(problems, "problems"));
  }

  /** {@return whether any problem is an error} */
  public boolean hasErrors() {
    return problems().stream().anyMatch(Problem::isError);
  }

  /** {@return whether the input has no error (advice may remain)} */
  public boolean isUsable() {
    return !hasErrors();
  }

  /** {@return the errors only} */
  public List<Problem> errors() {
    return problems().stream().filter(Problem::isError).collect(ImmutableList.toImmutableList());
  }

  /** {@return the advice only} */
  public List<Problem> advice() {
    return problems().stream().filter(p -> !p.isError()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the distinct codes of all problems, in order of first appearance} */
  public List<String> codes() {
    return problems().stream()
        .map(Problem::code)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
