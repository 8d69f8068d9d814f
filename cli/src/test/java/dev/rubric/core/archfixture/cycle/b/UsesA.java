package dev.rubric.core.archfixture.cycle.b;

import dev.rubric.core.archfixture.cycle.a.UsesB;

/** With {@link UsesB}, breaks "no package cycles": this package uses a, which uses this one. */
public final class UsesA {
  private UsesA() {}

  /**
   * Names the other package's class.
   *
   * @return its name
   */
  public static String other() {
    return UsesB.name();
  }
}
