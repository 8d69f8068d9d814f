package dev.rubric.scoring.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact counts per category: applicants, selected, scored, and scored above a fixed line (the
 * median). A mutable, single-thread accumulator like {@link StringBuilder}: add candidates, {@link
 * #merge} partial tallies from any split of the data in any order, and read the same counts.
 * Categories are lists of strings (one per dimension of an intersection), ordered element by
 * element.
 */
public final class SelectionTally {
  /** applicants, selected, scored, scoredAbove. */
  private final HashMap<List<String>, long[]> counts = new HashMap<>();

  private long unknown;

  /** An empty tally. */
  public SelectionTally() {}

  /**
   * Counts one candidate.
   *
   * @param category the candidate's category
   * @param selected whether selected
   * @param scored whether the candidate has a score
   * @param above whether that score is above the line (ignored when not scored)
   * @return this tally
   */
  public SelectionTally add(
      List<String> category, boolean selected, boolean scored, boolean above) {
    long[] c = counts.get(category);
    if (c == null) {
      c = new long[4];
      counts.put(List.copyOf(category), c);
    }
    c[0]++;
    c[1] += selected ? 1 : 0;
    c[2] += scored ? 1 : 0;
    c[3] += scored && above ? 1 : 0;
    return this;
  }

  /**
   * Counts many candidates of one category at once, from counts made elsewhere (a database query, a
   * distributed aggregation); the same as calling {@link #add(List, boolean, boolean, boolean)}
   * once per candidate.
   *
   * @param category the candidates' category
   * @param applicants candidates of the category; at least 1
   * @param selected of them, the selected ones; 0 to {@code applicants}
   * @param scored of them, the ones with a score; 0 to {@code applicants}
   * @param scoredAbove of the scored ones, those above the line; 0 to {@code scored}
   * @return this tally
   * @throws IllegalArgumentException when a count is out of its range, or the category's applicants
   *     would sum past {@link Long#MAX_VALUE} (the message names the category and the count)
   */
  public SelectionTally addCounts(
      List<String> category, long applicants, long selected, long scored, long scoredAbove) {
    Checks.checkNotNull(category, "category");
    Checks.checkArgument(
        applicants >= 1, "category %s: applicants (%s) must be at least 1", category, applicants);
    Checks.checkArgument(
        selected >= 0 && selected <= applicants,
        "category %s: selected (%s) must be 0 to applicants (%s)",
        category,
        selected,
        applicants);
    Checks.checkArgument(
        scored >= 0 && scored <= applicants,
        "category %s: scored (%s) must be 0 to applicants (%s)",
        category,
        scored,
        applicants);
    Checks.checkArgument(
        scoredAbove >= 0 && scoredAbove <= scored,
        "category %s: scoredAbove (%s) must be 0 to scored (%s)",
        category,
        scoredAbove,
        scored);
    long[] c = counts.get(category);
    if (c == null) {
      c = new long[4];
      counts.put(List.copyOf(category), c);
    }
    c[0] = Checks.countSum(c[0], applicants, "category " + category + ": applicants");
    c[1] += selected;
    c[2] += scored;
    c[3] += scoredAbove;
    return this;
  }

  /**
   * Counts candidates of unknown category at once.
   *
   * @param candidates how many; at least 0
   * @return this tally
   * @throws IllegalArgumentException when {@code candidates} is negative, or the unknown candidates
   *     would sum past {@link Long#MAX_VALUE}
   */
  public SelectionTally addUnknown(long candidates) {
    Checks.checkArgument(candidates >= 0, "unknown candidates (%s) must be at least 0", candidates);
    unknown = Checks.countSum(unknown, candidates, "unknown candidates");
    return this;
  }

  /**
   * Counts one candidate of unknown category.
   *
   * @return this tally
   */
  public SelectionTally addUnknown() {
    unknown = Checks.countSum(unknown, 1, "unknown candidates");
    return this;
  }

  /**
   * Adds the other tally's counts to this one.
   *
   * @param other the other tally, whose counts are added to this one; left unchanged
   * @return this tally
   * @throws IllegalArgumentException when a sum would pass {@link Long#MAX_VALUE} (the message
   *     names the category and the count); this tally is then left unchanged
   */
  public SelectionTally merge(SelectionTally other) {
    // Every sum is checked before any is kept: a merge that would overflow changes nothing.
    Map<List<String>, long[]> sums = new HashMap<>();
    other.counts.forEach(
        (k, v) -> {
          long[] c = counts.getOrDefault(k, new long[4]);
          long[] sum = new long[4];
          for (int i = 0; i < 4; i++) {
            sum[i] = Checks.countSum(c[i], v[i], "category " + k + ": " + COUNTS.get(i));
          }
          sums.put(k, sum);
        });
    long unknownSum = Checks.countSum(unknown, other.unknown, "unknown candidates");
    counts.putAll(sums);
    unknown = unknownSum;
    return this;
  }

  /** The names of the four counts of a category, in order. */
  private static final List<String> COUNTS =
      List.of("applicants", "selected", "scored", "scoredAbove");

  /** {@return candidates of unknown category} */
  public long unknown() {
    return unknown;
  }

  /** {@return the categories, in order} */
  public List<List<String>> categories() {
    List<List<String>> keys = new ArrayList<>(counts.keySet());
    keys.sort(SelectionTally::compare);
    return Collections.unmodifiableList(keys);
  }

  /** {@return {applicants, selected, scored, scoredAbove} of every category, in category order} */
  public Map<List<String>, List<Long>> counts() {
    Map<List<String>, List<Long>> out = new TreeMap<>(SelectionTally::compare);
    counts.forEach((k, v) -> out.put(k, List.of(v[0], v[1], v[2], v[3])));
    return Collections.unmodifiableMap(out);
  }

  long[] countsOf(List<String> category) {
    return java.util.Objects.requireNonNull(counts.get(category)).clone();
  }

  static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
