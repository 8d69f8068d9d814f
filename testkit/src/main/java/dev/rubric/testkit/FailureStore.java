package dev.rubric.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The seeds of the properties that failed on their last run, kept in a properties file (property
 * name = seed) so that the next run replays the failing seed first.
 *
 * <p>The file is read on every run and written only when a property fails or when a property whose
 * seed is stored passes again (its entry is removed). Writes go through a temporary file and an
 * atomic move, under a lock held in this JVM and a file lock beside the store for other JVMs (such
 * as parallel Surefire forks). An entry that is not a {@code long} is ignored. A store that cannot
 * be read or written never changes a property's verdict: {@link #record} returns the problem so
 * that the failure report can say the seed was not stored.
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
      String value = read(file).getProperty(property);
      if (value == null) {
        return OptionalLong.empty();
      }
      try {
        return OptionalLong.of(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
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

  /** Removes the seed stored for {@code property}, if any (it passed again). */
  void forget(String property) {
    if (seedOf(property).isPresent()) {
      update(property, null);
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
          Properties seeds = read(file);
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

  private static Properties read(Path file) {
    Properties seeds = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        seeds.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // An unreadable or malformed store replays nothing; the next failure rewrites it.
        return new Properties();
      }
    }
    return seeds;
  }
}
