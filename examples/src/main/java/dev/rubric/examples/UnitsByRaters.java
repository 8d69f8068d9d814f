package dev.rubric.examples;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Ratings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A history of scorecards as the units-by-raters matrix the agreement statistics take: one unit per
 * candidate and competency ({@code candidate/competency}), one rater per interviewer, {@link
 * Ratings#MISSING} where that interviewer did not rate that unit. Units and raters are sorted by
 * id, so the matrix does not depend on the order of the scorecards. When an interviewer rated one
 * unit twice (two scorecards), the later scorecard's rating is used, as the Evaluator does.
 *
 * <p>{@link #firstTwo()} gives the other common layout: one column per rating (first, second) for
 * the units that have at least two, which one-way ICC(1,1) expects when different interviewers rate
 * each unit. Immutable; the arrays returned are fresh copies.
 */
public final class UnitsByRaters {
  private final ImmutableList<String> units;
  private final ImmutableList<String> raters;
  private final int[][] matrix;

  private UnitsByRaters(ImmutableList<String> units, ImmutableList<String> raters, int[][] matrix) {
    this.units = units;
    this.raters = raters;
    this.matrix = matrix;
  }

  /** Builds the matrix from {@code scorecards}, in any order. */
  public static UnitsByRaters of(Iterable<Scorecard> scorecards) {
    Map<String, Map<String, Rated>> byUnit = new TreeMap<>();
    TreeSet<String> raters = new TreeSet<>();
    for (Scorecard card : scorecards) {
      raters.add(card.interviewerId());
      for (Rating r : card.ratings()) {
        String unit = card.candidateId() + "/" + r.competencyId();
        byUnit
            .computeIfAbsent(unit, u -> new LinkedHashMap<>())
            .merge(
                card.interviewerId(),
                new Rated(r.level(), card.submittedAt().toEpochMilli()),
                (a, b) -> b.at >= a.at ? b : a);
      }
    }
    List<String> raterList = new ArrayList<>(raters);
    int[][] matrix = new int[byUnit.size()][raterList.size()];
    int u = 0;
    for (Map<String, Rated> row : byUnit.values()) {
      for (int j = 0; j < raterList.size(); j++) {
        Rated rated = row.get(raterList.get(j));
        matrix[u][j] = rated == null ? Ratings.MISSING : rated.level;
      }
      u++;
    }
    return new UnitsByRaters(
        ImmutableList.copyOf(byUnit.keySet()), ImmutableList.copyOf(raterList), matrix);
  }

  /** The unit ids, {@code candidate/competency}, sorted. */
  public ImmutableList<String> units() {
    return units;
  }

  /** The interviewer ids, sorted. */
  public ImmutableList<String> raters() {
    return raters;
  }

  /** A fresh copy of the matrix: {@code [unit][rater]}, {@link Ratings#MISSING} where none. */
  public int[][] matrix() {
    int[][] copy = new int[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /**
   * The units with at least two ratings, two columns each: the ratings of the first two raters in
   * id order. The layout of one-way ICC(1,1), where each unit has its own interviewers.
   */
  public int[][] firstTwo() {
    List<int[]> rows = new ArrayList<>();
    for (int[] row : matrix) {
      int[] two = new int[2];
      int n = 0;
      for (int level : row) {
        if (level != Ratings.MISSING && n < 2) {
          two[n++] = level;
        }
      }
      if (n == 2) {
        rows.add(two);
      }
    }
    return rows.toArray(int[][]::new);
  }

  private record Rated(int level, long at) {}
}
