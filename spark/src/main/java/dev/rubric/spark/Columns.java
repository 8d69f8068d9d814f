package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/**
 * Columns by their exact names. {@code col("a.b")} would read {@code a.b} as the field {@code b} of
 * a column {@code a}; every name a caller gives (a group column, a dimension) is resolved here,
 * quoted, so that a name holding a dot, a back-tick or a space means the column of that name.
 */
final class Columns {
  private Columns() {}

  /** The column named exactly {@code name}. */
  static Column named(String name) {
    return col(quoted(name));
  }

  /** The column named exactly {@code name} of the dataset aliased {@code alias}. */
  static Column named(String alias, String name) {
    return col(quoted(alias) + "." + quoted(name));
  }

  /** {@code name} as a quoted identifier: in back-ticks, a back-tick inside doubled. */
  static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
