package dev.rubric.testkit;

import java.nio.charset.StandardCharsets;
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
 * configuration, then the property's own value.
 */
final class RunSettings {
  /** Configuration key of a seed that overrides every property's seed. */
  static final String SEED = "rubric.testkit.seed";

  /** Configuration key of a number of tries that overrides every property's tries. */
  static final String TRIES = "rubric.testkit.tries";

  /** Configuration key choosing {@code fixed} (default) or {@code random} default seeds. */
  static final String SEEDS = "rubric.testkit.seeds";

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
    }
    Checks.checkArgument(tries > 0, "tries (%s) must be > 0", tries);
    return tries;
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
