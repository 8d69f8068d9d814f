package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link Property} methods run as one JUnit test each and fail with the shrunk counterexample. */
class PropertyExtensionTest {

  @BeforeEach
  void clearRecording() {
    PropertyFixtures.SEEN.clear();
  }

  @Test
  void falsifiedPropertyIsOneFailedTestWithSeedAndShrunkCase() {
    Events tests = run(Map.of(), selectClass(PropertyFixtures.SumOfList.class));

    tests.assertStatistics(s -> s.started(1).failed(1).succeeded(0));
    String expectedSeed =
        Long.toString(
            RunSettings.derivedSeed(
                PropertyFixtures.SumOfList.class.getName() + "#sumIsAtMost100"));
    assertThat(failureMessage(tests))
        .startsWith(
            "Property dev.rubric.testkit.PropertyFixtures$SumOfList#sumIsAtMost100 falsified after")
        .contains("of 200 tries (seed " + expectedSeed + ")")
        .contains("shrunk counterexample:   values = [101]\n")
        .contains("original counterexample: values = [")
        .contains(" steps in ")
        .contains("@Property(seed = \"" + expectedSeed + "\") or -Drubric.testkit.seed=");
  }

  @Test
  void aGeneratorThatThrowsFailsTheTestWithTheTryAndTheSeedToReplay() {
    Events tests = run(Map.of(), selectClass(PropertyFixtures.ThrowingGenerator.class));

    tests.assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureMessage(tests))
        .startsWith(
            "Property dev.rubric.testkit.PropertyFixtures$ThrowingGenerator#anyQuotient could not"
                + " generate a value at try ")
        .contains("(seed 7): the generator threw java.lang.ArithmeticException: / by zero")
        .contains("replay: @Property(seed = \"7\") or -Drubric.testkit.seed=7");
  }

  @Test
  void unannotatedParametersAreResolvedOnceByJUnit() {
    Events tests = run(Map.of(), selectClass(PropertyFixtures.TwoParameters.class));

    tests.assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureMessage(tests))
        .contains("of 500 tries")
        .contains("shrunk counterexample:   a = 1, b = 0\n")
        .contains("failure:                 java.lang.AssertionError: Expecting actual:");
  }

  @Test
  void passingPropertyIsOneSuccessfulTestRunningEveryTry() {
    Events tests =
        run(
            Map.of(),
            selectMethod(
                PropertyFixtures.Recording.class, "recordWithSeed42", "java.lang.String,long"));

    tests.assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(PropertyFixtures.SEEN).hasSize(50);
  }

  @Test
  void annotationSeedReplaysTheSameValues() {
    List<Object> first = recorded("recordWithSeed42", Map.of());
    List<Object> second = recorded("recordWithSeed42", Map.of());

    assertThat(first).hasSize(50).isEqualTo(second);
    assertThat(recorded("recordWithDerivedSeed", Map.of())).isNotEqualTo(first);
  }

  @Test
  void seedConfigurationReplaysAReportedSeed() {
    List<Object> annotated = recorded("recordWithSeed42", Map.of());

    assertThat(recorded("recordWithDerivedSeed", Map.of("rubric.testkit.seed", "42")))
        .isEqualTo(annotated);
  }

  @Test
  void seedSystemPropertyReplaysAReportedSeed() {
    List<Object> annotated = recorded("recordWithSeed42", Map.of());
    System.setProperty("rubric.testkit.seed", "42");
    try {
      assertThat(recorded("recordWithDerivedSeed", Map.of())).isEqualTo(annotated);
    } finally {
      System.clearProperty("rubric.testkit.seed");
    }
  }

  @Test
  void triesConfigurationOverridesTheAnnotation() {
    assertThat(recorded("recordWithSeed42", Map.of("rubric.testkit.tries", "7"))).hasSize(7);
  }

  @Test
  void misconfiguredPropertiesFailWithAClearMessage() {
    Events tests =
        run(
            Map.of(),
            selectMethod(
                PropertyFixtures.Misconfigured.class, "noSuchGenerator", "java.lang.String"));

    assertThat(failureMessage(tests))
        .isEqualTo(
            "@ForAll(\"missing\") on parameter s of void dev.rubric.testkit.PropertyFixtures$"
                + "Misconfigured.noSuchGenerator(java.lang.String): no method missing() returning"
                + " Gen in dev.rubric.testkit.PropertyFixtures$Misconfigured or its superclasses");
  }

  @Test
  void settingsThatMakeNoTriesNameWhereTheyCameFrom() {
    DiscoverySelector noTries =
        selectMethod(PropertyFixtures.Misconfigured.class, "noTries", "int");
    DiscoverySelector fiveTries =
        selectMethod(PropertyFixtures.Misconfigured.class, "badSeed", "int");

    assertThat(failureMessage(run(Map.of(), noTries)))
        .isEqualTo("@Property(tries = 0) must be > 0");
    assertThat(failureMessage(run(Map.of("rubric.testkit.tries", "0"), fiveTries)))
        .isEqualTo("rubric.testkit.tries (0) must be > 0");
  }

  @Test
  void fixturesAreSkippedOutsideEngineTestKitRuns() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PropertyFixtures.SumOfList.class))
        .execute()
        .containerEvents()
        .assertStatistics(s -> s.skipped(1));
  }

  private static List<Object> recorded(String method, Map<String, String> config) {
    PropertyFixtures.SEEN.clear();
    run(config, selectMethod(PropertyFixtures.Recording.class, method, "java.lang.String,long"))
        .assertStatistics(s -> s.succeeded(1));
    return new ArrayList<>(PropertyFixtures.SEEN);
  }

  private static Events run(Map<String, String> config, DiscoverySelector selector) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(PropertyFixtures.ENABLED, "true")
        .configurationParameters(config)
        .selectors(selector)
        .execute()
        .testEvents();
  }

  private static String failureMessage(Events tests) {
    Throwable failure =
        tests
            .failed()
            .list()
            .get(0)
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();
    return String.valueOf(failure.getMessage());
  }
}
