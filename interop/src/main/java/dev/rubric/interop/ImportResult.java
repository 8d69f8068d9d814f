package dev.rubric.interop;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import org.immutables.value.Value;

/**
 * What one import gave: the scorecards built and an account of everything else. Every rated element
 * of the payload is in exactly one place: a rating of a scorecard, {@link #notAssessed()} (a {@code
 * no_decision} or empty rating: not a low rating and not a fault), {@link #ignored()} (a key the
 * mapping ignores, or a free-text field not used as evidence), or a {@link #problems() problem}
 * located by a JSON pointer into the payload. A scorecard element that could not be built (no seat,
 * no candidate, the wrong vendor) is a problem at the element's path.
 */
@Value.Immutable
@ValueStyle
public abstract class ImportResult {
  ImportResult() {}

  /** The scorecards built, in payload order. */
  public abstract ImmutableList<Scorecard> scorecards();

  /** Every element that could not be used, and advice, in payload order. */
  public abstract ImmutableList<Problem> problems();

  /** The paths of ratings given as "no decision" or left empty: not assessed. */
  public abstract ImmutableList<String> notAssessed();

  /** The paths of elements not imported by the mapping's choice. */
  public abstract ImmutableList<String> ignored();

  /** Whether any problem is an error, that is whether some element could not be used. */
  public boolean hasErrors() {
    return problems().stream().anyMatch(Problem::isError);
  }

  /** The problems as a report. */
  public ValidationReport report() {
    return ValidationReport.of(problems());
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableImportResult.Builder {
    Builder() {}
  }
}
