package dev.rubric.interop;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What one import gave: the scorecards built and an account of every rated element.
 *
 * <p><b>The account.</b> Every rated element of the payload has exactly one {@link ElementOutcome}
 * in {@link #outcomes()}: {@linkplain ElementOutcome.Kind#USED used} in a scorecard, {@linkplain
 * ElementOutcome.Kind#NOT_ASSESSED not assessed}, {@linkplain ElementOutcome.Kind#IGNORED ignored}
 * because the mapping names its key in {@link ImportMapping#ignored()}, or kept out by a
 * {@linkplain ElementOutcome.Kind#PROBLEM problem} located by a JSON pointer into the payload.
 * Nothing else happens to a rated element: it is never dropped, never ignored without the mapping
 * saying so, and never read onto a level the plan's scale does not have (see {@link
 * ImportMapping#importer(dev.rubric.core.InterviewPlan)}). The rated elements are:
 *
 * <ul>
 *   <li>each element of the payload's top-level array (or the one top-level value, or what a page
 *       holds) that is not an object, or is another vendor's document or not a scorecard: one
 *       element, a problem;
 *   <li>each {@code data} or {@code results} field holding an array or object that is not read as a
 *       page: a non-empty one inside a scorecard, or each of the two in an object that has both:
 *       one element, a problem ({@link InteropProblemCodes#UNREAD_WRAPPER}); a page (an object not
 *       shaped like a vendor's document and with no field a scorecard of the vendor can have, with
 *       exactly one such field, at the root, in the root array or in another page) is not an
 *       element, what it holds is read, unless it is an empty object: then, as when a page's {@code
 *       data} or {@code results} holds a scalar, that field is one element, a problem;
 *   <li>Greenhouse: each entry of a scorecard's {@code attributes} array, its {@code
 *       overall_recommendation} when present and not null, and each name in its {@code ratings}
 *       summary that no attribute has (the summary only repeats the attributes, so such a name is a
 *       problem); {@code attributes} present but not an array, the {@code ratings} summary present
 *       but not an object, an entry of it that is neither an array nor null, and a name in it that
 *       is not a string are each one element, a problem;
 *   <li>Lever: each entry of {@code fields} that is not an object, whose {@code type} is {@code
 *       score}, {@code score-system} or {@code scorecard}, or whose id or text the mapping maps to
 *       a competency, ignores or names as its {@link ImportMapping#recommendationField()} (an entry
 *       of another type that the mapping names as evidence is free text, not a rated element; a
 *       score named as evidence is a problem); an entry whose id and text the mapping gives
 *       different uses is a problem ({@link InteropProblemCodes#MAPPING_CONFLICT}); {@code fields}
 *       present but not an array is one element, a problem;
 *   <li>Ashby: each {@code submittedValues} entry whose key is the recommendation field, that the
 *       mapping maps to a competency or ignores, whose form definition gives the type {@code
 *       Score}, or that has no form definition and holds a number, a string of digits (amid spaces,
 *       control or format characters), an object, or what looks like a recommendation (any value at
 *       {@code overall_recommendation} when the mapping names another recommendation field, or a
 *       value of the recommendation table) (an entry the mapping names as evidence is free text,
 *       unless its form definition gives the type {@code Score}: then it is a problem); {@code
 *       submittedValues} present but not an object is one element, a problem;
 *   <li>Merge: a scorecard's {@code overall_recommendation} when present and not null.
 * </ul>
 *
 * When a scorecard cannot be built (no candidate, interviewer, seat or submission time), each of
 * its rated elements that would have been used is a problem whose {@link ElementOutcome#problem()}
 * is the error that kept the scorecard out. Free text with no place in a scorecard (Greenhouse
 * {@code questions} answers, Lever and Ashby text fields not named as evidence, and a field named
 * as evidence whose value is not text, such as a number or a list) is not rated; its paths are
 * listed in {@link #unusedText()}.
 */
@Value.Immutable
@ValueStyle
public abstract class ImportResult {
  ImportResult() {}

  /** {@return the scorecards built, in payload order} */
  public abstract List<Scorecard> scorecards();

  /**
   * {@return every element that could not be used, and advice, in payload order} Like a JSON
   * document's, the report is capped: the first {@code JsonLimits.maxProblems()} problems, then one
   * {@code PROBLEMS_TRUNCATED} problem with the count of the rest; each outcome keeps its own error
   * ({@link ElementOutcome#problem()}) whether or not the report lists it.
   */
  public abstract List<Problem> problems();

  /** {@return one outcome per rated element of the payload, in the order they were read} */
  public abstract List<ElementOutcome> outcomes();

  /**
   * {@return the paths of free-text answers not carried into any scorecard: Greenhouse question
   * answers, Lever and Ashby text fields the mapping does not name as evidence}
   */
  public abstract List<String> unusedText();

  /** {@return the paths of ratings given as "no decision" or left empty: not assessed} */
  public List<String> notAssessed() {
    return paths(ElementOutcome.Kind.NOT_ASSESSED);
  }

  /** {@return the paths of rated elements the mapping ignores} */
  public List<String> ignored() {
    return paths(ElementOutcome.Kind.IGNORED);
  }

  /**
   * {@return the number of rated elements that came to {@code kind}}
   *
   * @param kind the kind of outcome to count
   */
  public int count(ElementOutcome.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return (int) outcomes().stream().filter(o -> o.kind() == kind).count();
  }

  private ImmutableList<String> paths(ElementOutcome.Kind kind) {
    return outcomes().stream()
        .filter(o -> o.kind() == kind)
        .map(ElementOutcome::path)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return whether any problem is an error} That is so when some element could not be used, and
   * also when every element was used but a field of the payload is faulty (a Greenhouse {@code
   * note} that is not text, a Merge {@code remote_was_deleted} that is not a boolean): the fault is
   * reported rather than passed over. Whether some element was kept out is {@code
   * count(ElementOutcome.Kind.PROBLEM) > 0}.
   */
  public boolean hasErrors() {
    return problems().stream().anyMatch(Problem::isError);
  }

  /** {@return the problems as a report} */
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
