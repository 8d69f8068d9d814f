package dev.rubric.scoring.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference CSVs (header, then unit id and one cell per rater) from the classpath. */
final class ReferenceData {
  private ReferenceData() {}

  /** Returns the units-by-raters matrix of {@code name}, {@link Ratings#MISSING} for blanks. */
  static int[][] read(String name) {
    InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource /reference/" + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      int raters = header.split(",", -1).length - 1;
      List<int[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        int[] row = new int[raters];
        for (int j = 0; j < raters; j++) {
          String cell = j + 1 < cells.length ? cells[j + 1].trim() : "";
          row[j] = cell.isEmpty() ? Ratings.MISSING : Integer.parseInt(cell);
        }
        rows.add(row);
      }
      return rows.toArray(new int[0][]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same matrix with {@code NaN} for missing cells. */
  static double[][] readDoubles(String name) {
    int[][] ints = read(name);
    double[][] out = new double[ints.length][];
    for (int i = 0; i < ints.length; i++) {
      out[i] = new double[ints[i].length];
      for (int j = 0; j < ints[i].length; j++) {
        out[i][j] = ints[i][j] == Ratings.MISSING ? Double.NaN : ints[i][j];
      }
    }
    return out;
  }
}
