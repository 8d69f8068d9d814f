package dev.rubric.testkit;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    // Gen has no public constructor; its own factories make the samples.
    setDistinctValues(Gen.class, Gen.integers(1, 4), Gen.booleans());
  }
}
