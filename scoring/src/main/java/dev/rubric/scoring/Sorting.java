package dev.rubric.scoring;

import org.jspecify.annotations.Nullable;

/** Insertion sort of parallel arrays into canonical order; samples are small (a few raters). */
final class Sorting {
  private Sorting() {}

  /**
   * Sorts entries {@code from..from+n-1} by value (the level when {@code values} is null), then
   * interviewer id, then seat id.
   */
  static void sort(
      int[] levels, double @Nullable [] values, String[] ids, String[] seats, int from, int n) {
    for (int i = from + 1; i < from + n; i++) {
      int level = levels[i];
      double value = values == null ? level : values[i];
      String id = ids[i];
      String seat = seats[i];
      int j = i - 1;
      while (j >= from
          && compare(values == null ? levels[j] : values[j], ids[j], seats[j], value, id, seat)
              > 0) {
        levels[j + 1] = levels[j];
        if (values != null) {
          values[j + 1] = values[j];
        }
        ids[j + 1] = ids[j];
        seats[j + 1] = seats[j];
        j--;
      }
      levels[j + 1] = level;
      if (values != null) {
        values[j + 1] = value;
      }
      ids[j + 1] = id;
      seats[j + 1] = seat;
    }
  }

  private static int compare(
      double v1, String id1, String seat1, double v2, String id2, String seat2) {
    int c = Double.compare(v1, v2);
    if (c != 0) {
      return c;
    }
    c = id1.compareTo(id2);
    return c != 0 ? c : seat1.compareTo(seat2);
  }
}
