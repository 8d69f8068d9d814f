package dev.rubric.scoring.agreement;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A units-by-raters matrix of ratings, built from Rubric's own scorecards across many candidates or
 * from plain data, ready for every statistic of this package ({@code
 * KrippendorffAlpha.ordinal().compute(matrix.rows())}).
 *
 * <p>From scorecards, a unit is one candidate and one competency ({@code "cand-7/drift-detection"})
 * and a rater is an interviewer. Units are ordered by candidate id, then competency id; raters by
 * interviewer id; so the matrix does not depend on the order of the scorecards. When one
 * interviewer rated the same unit more than once, the rating of their latest scorecard (by
 * submission time; on a tie, the higher level) is kept. Scorecards are taken as given: validate
 * them against their plan first, and use the scorecards of one plan at a time.
 *
 * <p>Immutable and thread-safe; {@link #rows()} returns a fresh copy.
 */
public final class RatingMatrix {
  private final ImmutableList<String> unitIds;
  private final ImmutableList<String> raterIds;
  private final int[][] rows;

  private RatingMatrix(
      ImmutableList<String> unitIds, ImmutableList<String> raterIds, int[][] rows) {
    this.unitIds = unitIds;
    this.raterIds = raterIds;
    this.rows = rows;
  }

  /**
   * {@return a matrix of plain data: one row per unit, one cell per rater, {@link Ratings#MISSING}
   * where a rater gave no rating}
   *
   * @param unitIds the units' ids, in row order; distinct
   * @param raterIds the raters' ids, in column order; distinct
   * @param rows the ratings, one row per unit with one cell per rater, {@link Ratings#MISSING}
   *     where none was given; copied
   * @throws IllegalArgumentException when the ids repeat or the rows do not match them
   * @throws NullPointerException naming the list and index, or the row, of a null id or row
   */
  public static RatingMatrix of(List<String> unitIds, List<String> raterIds, int[][] rows) {
    ImmutableList<String> units = ids(unitIds, "unitIds");
    ImmutableList<String> raters = ids(raterIds, "raterIds");
    Objects.requireNonNull(rows, "rows");
    Preconditions.checkArgument(
        new TreeSet<>(units).size() == units.size(), "unitIds (%s) must be distinct", units);
    Preconditions.checkArgument(
        new TreeSet<>(raters).size() == raters.size(), "raterIds (%s) must be distinct", raters);
    Preconditions.checkArgument(
        rows.length == units.size(),
        "rows (%s) must have one row per unit (%s)",
        rows.length,
        units.size());
    int[][] copy = new int[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      Objects.requireNonNull(rows[u], "rows[" + u + "]");
      Preconditions.checkArgument(
          rows[u].length == raters.size(),
          "row %s (%s cells) must have one cell per rater (%s)",
          u,
          rows[u].length,
          raters.size());
      copy[u] = rows[u].clone();
    }
    return new RatingMatrix(units, raters, copy);
  }

  /** {@return {@code ids} as a list, with a message naming the index of a null id} */
  private static ImmutableList<String> ids(List<String> ids, String name) {
    Objects.requireNonNull(ids, name);
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(ids.size());
    int i = 0;
    for (String id : ids) {
      if (id == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      out.add(id);
      i++;
    }
    return out.build();
  }

  /**
   * {@return the matrix of every rating in {@code scorecards}; see the class comment for its shape}
   *
   * @param scorecards the scorecards, of one plan, validated against it
   */
  public static RatingMatrix fromScorecards(Iterable<Scorecard> scorecards) {
    Objects.requireNonNull(scorecards, "scorecards");
    TreeSet<String> raters = new TreeSet<>();
    // unit -> rater -> the kept scorecard's rating; units ordered by candidate id, then competency
    // id (not by the joined id: "c-7/x" sorts before "c/x", as '-' comes before '/')
    TreeMap<Unit, Map<String, Kept>> units = new TreeMap<>(Unit.ORDER);
    for (Scorecard card : scorecards) {
      Objects.requireNonNull(card, "scorecard");
      raters.add(card.interviewerId());
      for (Rating r : card.ratings()) {
        Unit unit = new Unit(card.candidateId(), r.competencyId());
        Kept candidate = new Kept(card, r.level());
        units
            .computeIfAbsent(unit, u -> new HashMap<>())
            .merge(card.interviewerId(), candidate, Kept::later);
      }
    }
    ImmutableList<String> raterIds = ImmutableList.copyOf(raters);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < raterIds.size(); i++) {
      column.put(raterIds.get(i), i);
    }
    int[][] rows = new int[units.size()][];
    int u = 0;
    for (Map<String, Kept> unit : units.values()) {
      int[] row = new int[raterIds.size()];
      Arrays.fill(row, Ratings.MISSING);
      for (Map.Entry<String, Kept> e : unit.entrySet()) {
        Integer c = column.get(e.getKey());
        if (c != null) {
          row[c] = e.getValue().level;
        }
      }
      rows[u++] = row;
    }
    ImmutableList.Builder<String> unitIds = ImmutableList.builderWithExpectedSize(units.size());
    for (Unit unit : units.keySet()) {
      unitIds.add(unit.candidateId() + "/" + unit.competencyId());
    }
    return new RatingMatrix(unitIds.build(), raterIds, rows);
  }

  /** A unit of scorecards: one candidate and one competency. */
  private record Unit(String candidateId, String competencyId) {
    static final Comparator<Unit> ORDER =
        Comparator.comparing(Unit::candidateId).thenComparing(Unit::competencyId);
  }

  /** {@return the units' ids, in row order} */
  public List<String> unitIds() {
    return unitIds;
  }

  /** {@return the raters' ids, in column order} */
  public List<String> raterIds() {
    return raterIds;
  }

  /** {@return the number of units (rows)} */
  public int units() {
    return rows.length;
  }

  /** {@return the number of raters (columns)} */
  public int raters() {
    return raterIds.size();
  }

  /**
   * {@return a copy of the ratings, one row per unit, {@link Ratings#MISSING} where none was given}
   */
  public int[][] rows() {
    int[][] copy = new int[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      copy[u] = rows[u].clone();
    }
    return copy;
  }

  /**
   * {@return the units with at least {@code k} ratings, {@code k} columns each: the first {@code k}
   * present ratings in rater order} The layout of one-way ICC(1,k), where each unit has its own
   * raters (different interviewers for different candidates), so columns are not people.
   *
   * @param k the number of ratings per unit, at least 1
   * @throws IllegalArgumentException when {@code k < 1}
   */
  public int[][] firstRatings(int k) {
    Preconditions.checkArgument(k >= 1, "k (%s) must be >= 1", k);
    return Arrays.stream(rows)
        .map(row -> Arrays.stream(row).filter(v -> v != Ratings.MISSING).limit(k).toArray())
        .filter(first -> first.length == k)
        .toArray(int[][]::new);
  }

  /** {@return the number of ratings present} */
  public long ratings() {
    long n = 0;
    for (int[] row : rows) {
      for (int v : row) {
        if (v != Ratings.MISSING) {
          n++;
        }
      }
    }
    return n;
  }

  /** Equal when units, raters and every rating are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RatingMatrix
        && ((RatingMatrix) o).unitIds.equals(unitIds)
        && ((RatingMatrix) o).raterIds.equals(raterIds)
        && Arrays.deepEquals(((RatingMatrix) o).rows, rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitIds, raterIds, Arrays.deepHashCode(rows));
  }

  @Override
  public String toString() {
    return "RatingMatrix{" + rows.length + " units x " + raterIds.size() + " raters}";
  }

  /** The rating one interviewer's scorecard gave a unit. */
  private static final class Kept {
    private final Scorecard card;
    private final int level;

    Kept(Scorecard card, int level) {
      this.card = card;
      this.level = level;
    }

    static Kept later(Kept a, Kept b) {
      int byTime = a.card.submittedAt().compareTo(b.card.submittedAt());
      if (byTime != 0) {
        return byTime > 0 ? a : b;
      }
      return a.level >= b.level ? a : b;
    }
  }
}
