package dev.rubric.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The seeds of the properties that failed on their last run, kept in a properties file (property
 * name = seed) so that the next run replays the failing seed first.
 *
 * <p>The file is read on every run and written only when a property fails, when a property whose
 * seed is stored passes again (its entry is removed) or when it holds a line that is not a seed.
 * Writes go through a temporary file and an atomic move, under a lock held in this JVM and a file
 * lock beside the store for other JVMs (such as parallel Surefire forks). The file is read line by
 * line: a line that is not {@code name = seed} with a seed that is a {@code long} (a value edited
 * by hand, a cut-off line, a broken Unicode escape) is never replayed and is removed the next time
 * a property runs, while every other line keeps its seed; a property that passes removes its own
 * line whether or not it held a seed. A store that cannot be read or written never changes a
 * property's verdict: {@link #record} returns the problem so that the failure report can say the
 * seed was not stored.
 */
final class FailureStore {
  private static final Object LOCK = new Object();

  private final @Nullable Path file;

  private FailureStore(@Nullable Path file) {
    this.file = file;
  }

  /** A store in {@code file}; its directories are created on the first write. */
  static FailureStore at(Path file) {
    return new FailureStore(file.toAbsolutePath().normalize());
  }

  /** A store that remembers nothing. */
  static FailureStore disabled() {
    return new FailureStore(null);
  }

  /** The file of this store, if it keeps one. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The seed {@code property} last failed with, if it is stored. */
  OptionalLong seedOf(String property) {
    if (file == null) {
      return OptionalLong.empty();
    }
    synchronized (LOCK) {
      Long seed = read(file).seeds().get(property);
      return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }
  }

  /**
   * Stores {@code seed} as the seed {@code property} last failed with.
   *
   * @return why the seed could not be stored, if it could not
   */
  Optional<String> record(String property, long seed) {
    return update(property, Long.toString(seed));
  }

  /**
   * Removes the line of {@code property}, if any (it passed again), and every line that holds no
   * seed; the file is written only when there is such a line.
   */
  void forget(String property) {
    if (file == null) {
      return;
    }
    synchronized (LOCK) {
      Stored stored = read(file);
      if (stored.keys().contains(property) || stored.corrupt()) {
        update(property, null);
      }
    }
  }

  // "try": the file lock is a resource held for the block and released by it, never read.
  @SuppressWarnings("try")
  private Optional<String> update(String property, @Nullable String seed) {
    if (file == null) {
      return Optional.empty();
    }
    synchronized (LOCK) {
      try {
        Path dir = file.getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = channel.lock()) {
          Properties seeds = new Properties();
          read(file).seeds().forEach((name, value) -> seeds.setProperty(name, value.toString()));
          if (seed == null) {
            seeds.remove(property);
          } else {
            seeds.setProperty(property, seed);
          }
          Path temp = file.resolveSibling(file.getFileName() + ".tmp");
          try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            seeds.store(
                out,
                "Seeds of the Rubric testkit properties that failed on their last run; each is"
                    + " replayed first on the next run. Safe to delete.");
          }
          Files.move(
              temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return Optional.empty();
        }
      } catch (IOException | RuntimeException e) {
        return Optional.of(Checks.format("could not store the seed in %s: %s", file, e));
      }
    }
  }

  /**
   * What the file holds.
   *
   * @param seeds the seed of each property whose line holds one
   * @param keys the name of every line that parsed, seed or not
   * @param corrupt whether some line holds no seed or does not parse
   */
  private record Stored(Map<String, Long> seeds, Set<String> keys, boolean corrupt) {}

  private static Stored read(Path file) {
    if (!Files.isRegularFile(file)) {
      return new Stored(Map.of(), Set.of(), false);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      // Unreadable (not UTF-8, say): it replays nothing, and the next write replaces it.
      return new Stored(Map.of(), Set.of(), true);
    }
    Map<String, Long> seeds = new HashMap<>();
    Set<String> keys = new HashSet<>();
    boolean corrupt = false;
    // One line at a time, so that a broken line costs only itself. The testkit writes every entry
    // on one line; a continued line is not one it wrote.
    for (String line : lines) {
      Properties one = new Properties();
      try {
        one.load(new StringReader(line));
      } catch (IOException | IllegalArgumentException e) {
        corrupt = true;
        continue;
      }
      for (String name : one.stringPropertyNames()) {
        keys.add(name);
        try {
          seeds.put(name, Long.parseLong(one.getProperty(name).strip()));
        } catch (NumberFormatException e) {
          corrupt = true;
        }
      }
    }
    return new Stored(Map.copyOf(seeds), Set.copyOf(keys), corrupt);
  }
}
