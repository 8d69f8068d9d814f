package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The seed of a failed property is stored under the build directory and replayed first. */
class ReplayTest {
  private static final String NAME = "replay-test property";

  @TempDir Path dir;
  private Path store;

  @BeforeEach
  void storeInTheTemporaryDirectory() {
    store = dir.resolve("seeds.properties");
    System.setProperty(RunSettings.FAILURES, store.toString());
  }

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(RunSettings.FAILURES);
    System.clearProperty(RunSettings.SEEDS);
    System.clearProperty(RunSettings.SEED);
  }

  private Properties stored() throws IOException {
    Properties seeds = new Properties();
    if (Files.exists(store)) {
      try (Reader in = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
        seeds.load(in);
      }
    }
    return seeds;
  }

  @Test
  void aFailingSeedIsStoredAndReplayedFirstOnTheNextRun() throws IOException {
    System.setProperty(RunSettings.SEEDS, "random");
    PropertyCheck<Integer> check = PropertyCheck.forAll(Gen.integers()).named(NAME);

    PropertyResult<Integer> first = check.runThat(x -> x < 1000);
    assertThat(first.falsified()).isTrue();
    assertThat(stored()).containsEntry(NAME, Long.toString(first.seed()));

    PropertyResult<Integer> second = check.runThat(x -> x < 1000);
    assertThat(second.falsified()).isTrue();
    assertThat(second.seed()).isEqualTo(first.seed());
  }

  @Test
  void aReplayedSeedThatPassesGivesWayToTheRunsOwnSeedAndIsForgotten() throws IOException {
    Files.writeString(store, escape(NAME) + "=12345\n");
    AtomicInteger runs = new AtomicInteger();
    PropertyCheck<Integer> check = PropertyCheck.forAll(Gen.integers()).named(NAME).withTries(50);

    check.check(x -> runs.incrementAndGet());
    assertThat(runs).hasValue(100);
    assertThat(stored()).doesNotContainKey(NAME);

    check.check(x -> runs.incrementAndGet());
    assertThat(runs).hasValue(150);
  }

  @Test
  void theFailureReportSaysTheSeedWasReplayed() throws IOException {
    Files.writeString(store, escape(NAME) + "=12345\n");

    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () -> PropertyCheck.forAll(Gen.integers()).named(NAME).checkThat(x -> x < 1000));

    assertThat(error.getMessage())
        .contains("(seed 12345)")
        .contains(".withSeed(12345L)")
        .contains("the seed of the last failure, replayed first from " + store);
  }

  @Test
  void anExplicitSeedIsAlwaysUsedAsGiven() throws IOException {
    Files.writeString(store, escape(NAME) + "=12345\n");

    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers()).named(NAME).withSeed(7).runThat(x -> x < 1000);

    assertThat(result.seed()).isEqualTo(7);
    assertThat(stored()).containsEntry(NAME, "7");
  }

  @Test
  void aConfiguredSeedReplaysNothingStored() throws IOException {
    Files.writeString(store, escape(NAME) + "=12345\n");
    System.setProperty(RunSettings.SEED, "99");

    assertThat(PropertyCheck.forAll(Gen.integers()).named(NAME).runThat(x -> x < 1000).seed())
        .isEqualTo(99);
  }

  @Test
  void aMalformedStoreReplaysNothingAndIsRewrittenOnTheNextFailure() throws IOException {
    Files.writeString(store, escape(NAME) + "=not-a-seed\n\\u12");
    long own = RunSettings.derivedSeed(NAME);

    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers()).named(NAME).runThat(x -> x < 1000);

    assertThat(result.seed()).isEqualTo(own);
    assertThat(stored()).containsEntry(NAME, Long.toString(own));
  }

  @Test
  void aLineThatHoldsNoSeedIsRemovedByTheNextRunAndTheOtherSeedsStay() throws IOException {
    Files.writeString(
        store,
        escape(NAME)
            + "=not-a-seed\nother.kept=42\nother.edited=12x\nother.cut\nother.escape=\\u12\n");

    assertThat(PropertyCheck.forAll(Gen.integers()).named(NAME).runThat(x -> true).falsified())
        .isFalse();

    assertThat(stored()).containsOnly(Map.entry("other.kept", "42"));
    assertThat(Files.readString(store)).doesNotContain("not-a-seed", "12x", "cut", "u12");
  }

  @Test
  void aLineThatHoldsNoSeedIsRemovedByAnotherPropertysRunToo() throws IOException {
    Files.writeString(store, "other.kept=42\nother.escape=\\u12\n");

    PropertyCheck.forAll(Gen.integers()).named(NAME).checkThat(x -> true);

    assertThat(stored()).containsOnly(Map.entry("other.kept", "42"));
  }

  @Test
  void aBrokenLineCostsOnlyItselfWhenAFailureIsStored() throws IOException {
    Files.writeString(store, "other.kept=42\n\\u12\n");

    PropertyResult<Integer> result =
        PropertyCheck.forAll(Gen.integers()).named(NAME).runThat(x -> x < 1000);

    assertThat(stored())
        .containsOnly(Map.entry("other.kept", "42"), Map.entry(NAME, Long.toString(result.seed())));
  }

  @Test
  void aStoreThatCannotBeWrittenIsNamedInTheReportAndChangesNoVerdict() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "");
    System.setProperty(RunSettings.FAILURES, file.resolve("seeds.properties").toString());

    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () -> PropertyCheck.forAll(Gen.integers()).named(NAME).checkThat(x -> x < 1000));

    assertThat(error.getMessage()).contains("could not store the seed in " + file);
    PropertyCheck.forAll(Gen.integers()).named(NAME).checkThat(x -> true);
  }

  @Test
  void theStoreDefaultsToTheBuildDirectory() throws IOException {
    Function<String, Optional<String>> none = key -> Optional.empty();

    assertThat(RunSettings.failures(none, dir).file()).isEmpty();

    Files.createDirectory(dir.resolve("build"));
    assertThat(RunSettings.failures(none, dir).file())
        .contains(dir.resolve("build/rubric-testkit/failing-seeds.properties"));

    Files.createDirectory(dir.resolve("target"));
    assertThat(RunSettings.failures(none, dir).file())
        .contains(dir.resolve("target/rubric-testkit/failing-seeds.properties"));

    assertThat(RunSettings.failures(key -> Optional.of("none"), dir).file()).isEmpty();
    assertThat(RunSettings.failures(key -> Optional.of("seeds.txt"), dir).file())
        .contains(dir.resolve("seeds.txt"));
  }

  @Test
  void propertyMethodsStoreTheirFailingSeedToo() throws IOException {
    System.clearProperty(RunSettings.FAILURES);
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter(PropertyFixtures.ENABLED, "true")
        .configurationParameter(RunSettings.FAILURES, store.toString())
        .selectors(selectClass(PropertyFixtures.SumOfList.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.failed(1));

    assertThat(stored())
        .containsEntry(
            PropertyFixtures.SumOfList.class.getName() + "#sumIsAtMost100",
            Long.toString(
                RunSettings.derivedSeed(
                    PropertyFixtures.SumOfList.class.getName() + "#sumIsAtMost100")));
  }

  private static String escape(String key) {
    return key.replace(" ", "\\ ");
  }
}
