package dev.rubric.scoring.agreement;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib. {@link ValueEqualityTest} covers what it cannot build.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    // Coefficient is sealed: guava-testlib cannot make one by itself.
    setDistinctValues(
        Coefficient.class,
        Coefficient.of(0.5),
        Coefficient.undefined(UndefinedReason.values()[0], "no pairable values"));
    // An IccResult holds exactly one estimate per form and an IccEstimate two Optionals of
    // different records; guava-testlib cannot make valid ones, so ValueEqualityTest checks both
    // with values the engine computed.
    ignoreClasses(c -> c == IccResult.class || c == IccEstimate.class);
  }
}
