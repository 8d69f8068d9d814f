package dev.rubric.scoring.audit;

import dev.rubric.core.VisibleText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which category each candidate belongs to in each dimension (for example {@code sex}, {@code
 * raceEthnicity}, or a site). A candidate absent from {@link #categories()}, or without an entry
 * for a dimension, is of unknown category in that dimension: counted and reported, never put in a
 * ratio.
 *
 * @param dimensions the dimensions, in report order; not empty, distinct, not blank, trimmed
 * @param categories candidate id to (dimension to category); each dimension must be one of {@link
 *     #dimensions()} and each category not blank and trimmed: no white space at either end and no
 *     space but U+0020 inside ({@link VisibleText#indexOfAmbiguousSpace}), so that {@code "F "} is
 *     never a category of its own that prints like {@code "F"}; dimensions and categories are in
 *     Unicode normalization form C, so that {@code "cafe\u0301"} is never a category of its own
 *     that prints like {@code "caf\u00e9"}
 */
public record GroupMembership(
    List<String> dimensions, Map<String, Map<String, String>> categories) {
  /**
   * The most dimensions: every combination of two or more is audited, 2^12 - 13 = 4083
   * intersections at most.
   */
  public static final int MAX_DIMENSIONS = 12;

  /**
   * Checks the components and copies them.
   *
   * @param dimensions the dimensions, in report order; not empty, distinct, not blank, trimmed
   * @param categories candidate id to (dimension to category); each dimension must be one of {@link
   *     #dimensions()} and each category not blank and trimmed (as in the class documentation)
   * @throws IllegalArgumentException when a dimension or category breaks a rule, naming it (and the
   *     candidate)
   */
  public GroupMembership {
    Checks.checkNotNull(dimensions, "dimensions");
    Checks.checkNotNull(categories, "categories");
    for (int i = 0; i < dimensions.size(); i++) {
      Checks.checkNotNull(dimensions.get(i), "dimensions[" + i + "]");
    }
    dimensions = List.copyOf(dimensions);
    Checks.checkArgument(!dimensions.isEmpty(), "dimensions must not be empty");
    Checks.checkArgument(
        dimensions.size() <= MAX_DIMENSIONS,
        "dimensions (%s of them) must be at most %s",
        dimensions.size(),
        MAX_DIMENSIONS);
    Set<String> seen = new HashSet<>();
    for (String d : dimensions) {
      Checks.checkArgument(!d.isBlank(), "dimension (%s) must not be blank", d);
      Checks.checkArgument(
          VisibleText.indexOfAmbiguousSpace(d) < 0,
          "dimension (%s) must not begin or end with white space or hold a space other than"
              + " U+0020: it would print like another dimension",
          d);
      Checks.checkArgument(
          Normalizer.isNormalized(d, Normalizer.Form.NFC),
          "dimension (%s) is not in Unicode normalization form C: it would print like another"
              + " dimension; write it in NFC",
          d);
      Checks.checkArgument(seen.add(d), "dimension (%s) is given twice", d);
    }
    TreeMap<String, Map<String, String>> copy = new TreeMap<>();
    for (Map.Entry<String, Map<String, String>> e : categories.entrySet()) {
      String candidate = Checks.checkNotNull(e.getKey(), "categories key");
      Map<String, String> row = Checks.checkNotNull(e.getValue(), "categories of " + candidate);
      TreeMap<String, String> rowCopy = new TreeMap<>();
      for (Map.Entry<String, String> c : row.entrySet()) {
        String dimension = Checks.checkNotNull(c.getKey(), "dimension of " + candidate);
        String category = Checks.checkNotNull(c.getValue(), "category of " + candidate);
        Checks.checkArgument(
            seen.contains(dimension),
            "candidate %s has a category for unknown dimension (%s)",
            candidate,
            dimension);
        Checks.checkArgument(
            !category.isBlank(),
            "candidate %s has a blank category for dimension %s; leave it out for unknown",
            candidate,
            dimension);
        Checks.checkArgument(
            VisibleText.indexOfAmbiguousSpace(category) < 0,
            "candidate %s has the category (%s) for dimension %s, which begins or ends with white"
                + " space or holds a space other than U+0020: it would be a category of its own"
                + " that prints like another; trim it",
            candidate,
            category,
            dimension);
        Checks.checkArgument(
            Normalizer.isNormalized(category, Normalizer.Form.NFC),
            "candidate %s has the category (%s) for dimension %s, which is not in Unicode"
                + " normalization form C (a letter followed by a combining accent, say): it would"
                + " be a category of its own that prints like another; write it in NFC",
            candidate,
            category,
            dimension);
        rowCopy.put(dimension, category);
      }
      copy.put(candidate, Collections.unmodifiableMap(rowCopy));
    }
    categories = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the candidate's category in a dimension; empty when unknown}
   *
   * @param candidateId the candidate's id
   * @param dimension the dimension's name, for example {@code gender}
   */
  public Optional<String> categoryOf(String candidateId, String dimension) {
    Map<String, String> row = categories.get(candidateId);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(dimension));
  }

  /**
   * The candidate's categories in {@code dims}, in their order; empty when any of them is unknown.
   */
  Optional<List<String>> categoriesOf(String candidateId, List<String> dims) {
    List<String> out = new ArrayList<>(dims.size());
    for (String d : dims) {
      Optional<String> c = categoryOf(candidateId, d);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      out.add(c.get());
    }
    return Optional.of(List.copyOf(out));
  }
}
