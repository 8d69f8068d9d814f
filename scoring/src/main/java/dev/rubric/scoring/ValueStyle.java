package dev.rubric.scoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: generated classes stay package-private and callers only
 * ever see the abstract value types with their {@code of(...)} and {@code builder()} factories.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // The generated ImmutableX classes are an implementation detail: keep them package-private.
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // Generated code returns the abstract type X, never ImmutableX, so the latter never leaks.
    overshadowImplementation = true,
    // Builders, where a type has one, are reached through the type's own public nested Builder.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Collections are the JDK's immutable lists (List.copyOf), in insertion order (or, with
    // @Value.NaturalOrder, sorted): deterministic iteration order, no Guava type in a generated
    // class (none can leak into a public signature), and no copy at all when a value is handed a
    // list another value already holds. Their contains(null) and indexOf(null) throw, as every
    // List.of list's do. Map.copyOf and Set.copyOf keep no order, so these packages have no map or
    // set attributes (ArchitectureTest.generatedValuesKeepTheirCollectionsOrder).
    jdkOnly = true,
    jdk9Collections = true,
    // No "with" copies: results are built once, at the end of an evaluation.
    defaults = @Value.Immutable(copy = false))
@interface ValueStyle {}
