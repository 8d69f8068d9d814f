package dev.rubric.core.json;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading a document: the value, or every problem that kept it from being read, each
 * located by a JSON pointer. Exactly one of the two is present: a value comes with no error.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final @Nullable T value;
  private final ImmutableList<Problem> problems;

  private ReadResult(@Nullable T value, ImmutableList<Problem> problems) {
    this.value = value;
    this.problems = problems;
  }

  /**
   * {@return a successful read}
   *
   * @param <T> the type of the value read
   * @param value the value that was read
   */
  public static <T> ReadResult<T> of(T value) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), ImmutableList.of());
  }

  /**
   * {@return a failed read; {@code problems} must hold at least one error}
   *
   * @param <T> the type of the value read
   * @param problems the problems found; may be empty
   */
  public static <T> ReadResult<T> failed(Iterable<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    ImmutableList<Problem> list = ImmutableList.copyOf(problems);
    Preconditions.checkArgument(
        list.stream().anyMatch(Problem::isError), "problems (%s) must hold an error", list);
    return new ReadResult<>(null, list);
  }

  /** {@return the value read, or empty when the document had errors} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return whether the document was read} */
  public boolean isOk() {
    return value != null;
  }

  /** {@return the problems; empty when the read succeeded} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * {@return the value read}
   *
   * @throws IllegalStateException listing every problem when the read failed
   */
  public T orElseThrow() {
    if (value == null) {
      throw new IllegalStateException(
          "the document could not be read: "
              + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadResult
        && Objects.equals(((ReadResult<?>) o).value, value)
        && ((ReadResult<?>) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problems);
  }

  @Override
  public String toString() {
    return value != null ? "ReadResult{" + value + "}" : "ReadResult{problems=" + problems + "}";
  }
}
