package dev.rubric.spark;

import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The tests' Spark: one local session with two worker threads for the whole test JVM (starting one
 * costs seconds), small shuffles, no UI.
 */
final class LocalSpark {
  private static @Nullable SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("rubric-spark-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "5")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
