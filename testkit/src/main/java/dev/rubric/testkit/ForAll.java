package dev.rubric.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link Property} method as generated.
 *
 * <p>{@link #value()} names a method without parameters in the test class or a superclass, static
 * or not, that returns the {@link Gen} for this parameter; its type must match the parameter's.
 * Without a name, {@code int}, {@code long} and {@code boolean} parameters (boxed or not) use
 * {@link Gen#integers()}, {@link Gen#longs()} and {@link Gen#booleans()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForAll {
  /**
   * {@return the name of the method that returns this parameter's generator; empty for the default}
   */
  String value() default "";
}
