package dev.rubric.testkit.contracts;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
  }
}
