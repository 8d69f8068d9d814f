package dev.rubric.scoring.json;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * Null checks of every public class in this package, found and exercised by guava-testlib: each
 * static method refuses a null argument with a {@code NullPointerException}.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  /** Checks the public API only. */
  public PackageSanityTests() {
    publicApiOnly();
  }
}
