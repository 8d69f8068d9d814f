package dev.rubric.core.archfixture.cycle.a;

import dev.rubric.core.archfixture.cycle.b.UsesA;

/** With {@link UsesA}, breaks "no package cycles": this package uses b, which uses this one. */
public final class UsesB {
  private UsesB() {}

  /**
   * This class's name.
   *
   * @return the name
   */
  public static String name() {
    return "UsesB";
  }

  static String other() {
    return UsesA.other();
  }
}
