package dev.rubric.core.internal;

/**
 * Breaks "no internal package is public", for {@code ArchitectureRulesFailTest}. Test sources only.
 */
public final class PublicInternal {
  private PublicInternal() {}
}
