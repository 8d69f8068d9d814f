package dev.rubric.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Resolves a run's seed and tries from explicit settings and configuration.
 *
 * <p>Precedence for the seed: {@value #SEED} from configuration, then the property's own seed, then
 * a fresh random seed if {@value #SEEDS} is {@code random}, else a fixed seed derived from the
 * property's name (64-bit FNV-1a of its UTF-8 bytes). For the tries: {@value #TRIES} from
 * configuration, then the property's own value. The seed of a property that failed on its last run
 * is kept in the file {@value #FAILURES} names and replayed first, unless a seed was given (by
 * {@value #SEED} or the property itself).
 */
final class RunSettings {
  /** Configuration key of a seed that overrides every property's seed. */
  static final String SEED = "rubric.testkit.seed";

  /** Configuration key of a number of tries that overrides every property's tries. */
  static final String TRIES = "rubric.testkit.tries";

  /** Configuration key choosing {@code fixed} (default) or {@code random} default seeds. */
  static final String SEEDS = "rubric.testkit.seeds";

  /**
   * Configuration key of the file that keeps the seeds of failed properties, or {@code none} to
   * keep none.
   */
  static final String FAILURES = "rubric.testkit.failures";

  /** Where the seeds of failed properties are kept, relative to the build directory. */
  static final String FAILURES_FILE = "rubric-testkit/failing-seeds.properties";

  static final int DEFAULT_TRIES = 200;
  static final int DEFAULT_MAX_SHRINK_ATTEMPTS = 5000;

  private RunSettings() {}

  static long seed(
      Function<String, Optional<String>> config, OptionalLong explicit, String propertyName) {
    Optional<String> configured = config.apply(SEED).map(String::strip).filter(s -> !s.isEmpty());
    if (configured.isPresent()) {
      return parseSeed(configured.get(), SEED);
    }
    if (explicit.isPresent()) {
      return explicit.getAsLong();
    }
    String mode = config.apply(SEEDS).map(String::strip).orElse("fixed");
    Checks.checkArgument(
        mode.equals("fixed") || mode.equals("random"),
        "%s (%s) must be fixed or random",
        SEEDS,
        mode);
    return mode.equals("random") ? new SplittableRandom().nextLong() : derivedSeed(propertyName);
  }

  static int tries(Function<String, Optional<String>> config, int explicit) {
    Optional<String> configured = config.apply(TRIES).map(String::strip).filter(s -> !s.isEmpty());
    int tries = explicit;
    if (configured.isPresent()) {
      try {
        tries = Integer.parseInt(configured.get());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            Checks.format("%s (%s) must be an int", TRIES, configured.get()), e);
      }
      Checks.checkArgument(tries > 0, "%s (%s) must be > 0", TRIES, tries);
    }
    Checks.checkArgument(tries > 0, "tries (%s) must be > 0", tries);
    return tries;
  }

  /**
   * Whether the seed comes from configuration ({@value #SEED}), which replays nothing stored: the
   * user asked for that seed.
   */
  static boolean seedConfigured(Function<String, Optional<String>> config) {
    return config.apply(SEED).map(String::strip).filter(s -> !s.isEmpty()).isPresent();
  }

  /**
   * The store of failing seeds: the file {@value #FAILURES} names (none if it is {@code none}), by
   * default {@value #FAILURES_FILE} under the build directory of {@code workingDirectory}: {@code
   * target} (Maven) if it exists, else {@code build} (Gradle) if it exists, else none, so that the
   * testkit never creates a directory of its own choosing outside a build.
   */
  static FailureStore failures(Function<String, Optional<String>> config, Path workingDirectory) {
    Optional<String> configured =
        config.apply(FAILURES).map(String::strip).filter(s -> !s.isEmpty());
    if (configured.isPresent()) {
      return configured.get().equalsIgnoreCase("none")
          ? FailureStore.disabled()
          : FailureStore.at(workingDirectory.resolve(configured.get()));
    }
    for (String buildDirectory : new String[] {"target", "build"}) {
      Path dir = workingDirectory.resolve(buildDirectory);
      if (Files.isDirectory(dir)) {
        return FailureStore.at(dir.resolve(FAILURES_FILE));
      }
    }
    return FailureStore.disabled();
  }

  /** {@link #failures(Function, Path)} in the working directory of this JVM. */
  static FailureStore failures(Function<String, Optional<String>> config) {
    return failures(config, Path.of("").toAbsolutePath());
  }

  static long parseSeed(String text, String what) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Checks.format("%s (%s) must be a long", what, text), e);
    }
  }

  /** 64-bit FNV-1a of the name's UTF-8 bytes: stable across JVMs and runs. */
  static long derivedSeed(String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
