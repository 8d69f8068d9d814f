package dev.rubric.scoring.archfixture;

import dev.rubric.interop.AtsVendor;

/**
 * Breaks "scoring depends on core only", for {@code ArchitectureRulesFailTest}. Test sources only.
 */
public final class ScoringViolations {
  private ScoringViolations() {}

  static String vendor() {
    return AtsVendor.LEVER.jsonName();
  }
}
