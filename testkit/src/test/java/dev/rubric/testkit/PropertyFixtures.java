package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Property classes run by {@link PropertyExtensionTest} through EngineTestKit. Some fail on
 * purpose, so they are skipped unless the configuration parameter {@value #ENABLED} is {@code
 * true}; the file name also keeps them out of Surefire's includes.
 */
final class PropertyFixtures {
  static final String ENABLED = "rubric.testkit.fixtures";

  /** Values seen by the last run of a recording fixture. */
  static final List<Object> SEEN = new ArrayList<>();

  private PropertyFixtures() {}

  /** Runs a fixture class only when {@link #ENABLED} is set. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ExtendWith(OnlyInEngineTestKit.class)
  @interface Fixture {}

  static final class OnlyInEngineTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(ENABLED).filter("true"::equals).isPresent()
          ? ConditionEvaluationResult.enabled("run through EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture of PropertyExtensionTest");
    }
  }

  @Fixture
  static class SumOfList {
    static Gen<List<Integer>> lists() {
      return Gen.lists(Gen.integers(0, 1000), 0, 20);
    }

    @Property
    void sumIsAtMost100(@ForAll("lists") List<Integer> values) {
      assertThat(values.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100);
    }
  }

  @Fixture
  static class TwoParameters {
    Gen<Integer> small() {
      return Gen.integers(0, 1000);
    }

    @Property(tries = 500)
    void firstIsAtMostSecond(@ForAll("small") int a, TestInfo info, @ForAll("small") int b) {
      assertThat(info.getTestMethod()).isPresent();
      assertThat(a).isLessThanOrEqualTo(b);
    }
  }

  @Fixture
  static class Recording {
    @Property(tries = 50, seed = "42")
    void recordWithSeed42(@ForAll("strings") String s, @ForAll long n) {
      SEEN.add(List.of(s, n));
    }

    @Property(tries = 50)
    void recordWithDerivedSeed(@ForAll("strings") String s, @ForAll long n) {
      SEEN.add(List.of(s, n));
    }

    static Gen<String> strings() {
      return Gen.strings("abc", 0, 8);
    }
  }

  @Fixture
  static class ThrowingGenerator {
    static Gen<Integer> quotients() {
      return Gen.integers(0, 1000).map(x -> 1000 / x);
    }

    @Property(seed = "7")
    void anyQuotient(@ForAll("quotients") int q) {}
  }

  @Fixture
  static class Misconfigured {
    @Property
    void noSuchGenerator(@ForAll("missing") String s) {}

    @Property(tries = 5)
    void badSeed(@ForAll int x) {}

    @Property(tries = 0)
    void noTries(@ForAll int x) {}
  }
}
