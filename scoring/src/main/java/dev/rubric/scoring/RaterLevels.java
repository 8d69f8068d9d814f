package dev.rubric.scoring;

import dev.rubric.core.internal.util.Elements;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The ratings of one competency as a read-only list over an evaluation's flat arrays: each {@link
 * RaterLevel} is made when it is read, so an evaluation whose ratings are only counted and measured
 * never builds them. The arrays are filled and sorted before the first view of them is made and
 * never written again; a view is as immutable as a {@code List.of} list.
 *
 * <p>Immutable and thread-safe: the arrays are published through the final fields of the values
 * that hold the view.
 */
final class RaterLevels extends AbstractList<RaterLevel> implements RandomAccess {
  private final String[] interviewers;
  private final String[] seats;
  private final int[] levels;
  private final int from;
  private final int size;

  /**
   * The {@code size} ratings from {@code from} on: interviewer {@code interviewers[i]} in seat
   * {@code seats[i]} gave {@code levels[i]}; every id not null.
   */
  RaterLevels(String[] interviewers, String[] seats, int[] levels, int from, int size) {
    Objects.checkFromIndexSize(from, size, levels.length);
    this.interviewers = interviewers;
    this.seats = seats;
    this.levels = levels;
    this.from = from;
    this.size = size;
  }

  /**
   * {@return {@code ratings} as an immutable list: itself when it is a view or a JDK immutable
   * list, else a copy}
   *
   * @throws NullPointerException naming the ratings if {@code ratings} or a rating is null
   */
  static List<RaterLevel> copyOf(Iterable<? extends RaterLevel> ratings) {
    return ratings instanceof RaterLevels view ? view : Elements.copyOf(ratings, "ratings");
  }

  @Override
  public RaterLevel get(int index) {
    Objects.checkIndex(index, size);
    int at = from + index;
    return RaterLevel.of(interviewers[at], seats[at], levels[at]);
  }

  /** {@return the level of rating {@code index}, without making its value} */
  int level(int index) {
    return levels[from + Objects.checkIndex(index, size)];
  }

  /**
   * {@return the level of {@code ratings[index]}, read from the arrays when {@code ratings} is a
   * view, so that measuring a competency's ratings makes none of their values}
   */
  static int level(List<RaterLevel> ratings, int index) {
    return ratings instanceof RaterLevels view ? view.level(index) : ratings.get(index).level();
  }

  @Override
  public int size() {
    return size;
  }
}
