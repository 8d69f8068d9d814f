package dev.rubric.core.archfixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.rubric.scoring.Evaluator;

/**
 * Classes that break the architecture rules on purpose, for {@code ArchitectureRulesFailTest}: each
 * nested class breaks exactly one rule or one clause of a rule. Test sources only; never part of a
 * library.
 */
public final class CoreViolations {
  private CoreViolations() {}

  /** Breaks "core depends on no other module". */
  static final class UsesScoring {
    Object evaluator() {
      return Evaluator.standard();
    }
  }

  /** Breaks "generated Immutables classes are not public". */
  public static final class ImmutableLeak {}

  /** Breaks "generated values keep their collections' order" (an unordered map copy). */
  static final class ImmutableUnorderedMap {
    final java.util.Map<String, Integer> counts;

    ImmutableUnorderedMap(java.util.Map<String, Integer> counts) {
      this.counts = java.util.Map.copyOf(counts);
    }
  }

  /** Breaks "generated values keep their collections' order" (an unordered set copy). */
  static final class ImmutableUnorderedSet {
    final java.util.Set<String> ids;

    ImmutableUnorderedSet(java.util.Set<String> ids) {
      this.ids = java.util.Set.copyOf(ids);
    }
  }

  /** Breaks "engines are not public" (name ending in Engine). */
  public static final class LeakyEngine {}

  /** Breaks "engines are not public" (name ending in Codec). */
  public static final class LeakyCodec {}

  /** Breaks "engines are not public" (name ending in Validator). */
  public static final class LeakyValidator {}

  /** Breaks "engines are not public" (the strict parser). */
  public static final class StrictParser {}

  /** Breaks "public signatures name no Guava or Jackson type" (a Guava return type). */
  public static final class ReturnsGuava {
    private ReturnsGuava() {}

    /**
     * A Guava list in a public signature.
     *
     * @return nothing useful
     */
    public ImmutableList<String> ids() {
      return ImmutableList.of();
    }
  }

  /** Breaks "public signatures name no Guava or Jackson type" (a Jackson type argument). */
  public static final class TakesJackson {
    private TakesJackson() {}

    /**
     * A Jackson tree inside a type argument of a public signature.
     *
     * @param trees ignored
     * @return the count
     */
    public int count(java.util.List<JsonNode> trees) {
      return trees.size();
    }
  }

  /** Breaks "the library never reads the clock" (the system's milliseconds). */
  static final class ReadsMillis {
    long now() {
      return System.currentTimeMillis();
    }
  }

  /** Breaks "the library never reads the clock" ({@code Instant.now()}). */
  static final class ReadsInstantNow {
    java.time.Instant now() {
      return java.time.Instant.now();
    }
  }

  /** Breaks "the library never reads the clock" (the system's nanoseconds). */
  static final class ReadsNanos {
    long now() {
      return System.nanoTime();
    }
  }

  /** Breaks "the library never reads the clock" (takes an {@code InstantSource}). */
  static final class TakesAnInstantSource {
    java.time.Instant now(java.time.InstantSource source) {
      return source.instant();
    }
  }

  /** Breaks "the library never reads the clock" (holds a {@code Clock}). */
  static final class HoldsAClock {
    final java.time.Clock clock = java.time.Clock.systemUTC();
  }

  /** Breaks "undefined figures are Coefficients, not OptionalDoubles". */
  public static final class ReturnsOptionalDouble {
    private ReturnsOptionalDouble() {}

    /**
     * A figure the data may not define, as an {@code OptionalDouble}.
     *
     * @return nothing
     */
    public java.util.OptionalDouble mean() {
      return java.util.OptionalDouble.empty();
    }
  }

  /** Breaks "public types have no Guava or Jackson supertype". */
  public abstract static class ForwardsAGuavaList
      extends com.google.common.collect.ForwardingList<String> {
    private ForwardsAGuavaList() {}
  }
}
