package dev.rubric.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** A {@link Property} method bound to its test instance, with generators for its parameters. */
final class AnnotatedProperty {
  private final Class<?> testClass;
  private final Method method;
  private final @Nullable Object target;
  private final List<@Nullable Object> resolved;
  private final Property property;
  private final List<Integer> generated = new ArrayList<>();

  AnnotatedProperty(
      Class<?> testClass,
      Method method,
      @Nullable Object target,
      List<@Nullable Object> resolved,
      Property property) {
    this.testClass = testClass;
    this.method = method;
    this.target = target;
    this.resolved = resolved;
    this.property = property;
  }

  /**
   * Runs the property, reading overrides from {@code config}. JUnit Jupiter only runs test methods
   * that return {@code void}, so the method fails only by throwing.
   */
  void check(Function<String, Optional<String>> config) {
    Parameter[] parameters = method.getParameters();
    List<Gen<?>> gens = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      ForAll forAll = parameters[i].getAnnotation(ForAll.class);
      if (forAll != null) {
        generated.add(i);
        gens.add(generatorFor(parameters[i], forAll));
      }
    }
    Gen<List<Object>> arguments =
        Gen.of(
            gens.toString(),
            c -> {
              List<Object> values = new ArrayList<>(gens.size());
              gens.forEach(g -> values.add(g.generate(c)));
              return values;
            });
    String name = testClass.getName() + "#" + method.getName();
    OptionalLong explicitSeed =
        property.seed().isBlank()
            ? OptionalLong.empty()
            : OptionalLong.of(RunSettings.parseSeed(property.seed(), "@Property(seed)"));
    long seed = RunSettings.seed(config, explicitSeed, name);
    Checks.checkArgument(
        property.tries() > 0, "@Property(tries = %s) must be > 0", property.tries());
    Checks.checkArgument(
        property.maxShrinkAttempts() >= 0,
        "@Property(maxShrinkAttempts = %s) must be >= 0",
        property.maxShrinkAttempts());
    LongFunction<String> hint =
        s -> Checks.format("@Property(seed = \"%d\") or -D%s=%d", s, RunSettings.SEED, s);
    PropertyRunner.Run run =
        new PropertyRunner.Run(
            name,
            seed,
            RunSettings.tries(config, property.tries()),
            property.maxShrinkAttempts(),
            hint.apply(seed));
    method.setAccessible(true);
    PropertyRunner.Decided<List<Object>> decided =
        PropertyRunner.searchReplayingFailures(
            arguments,
            this::invoke,
            run,
            hint,
            RunSettings.failures(config),
            explicitSeed.isEmpty() && !RunSettings.seedConfigured(config));
    PropertyRunner.throwIfFalsified(decided.run(), decided.outcome(), this::describe);
  }

  private @Nullable Throwable invoke(List<Object> values) {
    Object[] args = resolved.toArray();
    for (int k = 0; k < generated.size(); k++) {
      args[generated.get(k)] = values.get(k);
    }
    try {
      method.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      return PropertyCheck.rethrowIfFatal(cause != null ? cause : e);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalStateException(
          Checks.format(
              "cannot invoke %s with generated values %s: does each @ForAll generator's type match"
                  + " its parameter?",
              method, describe(values)),
          e);
    }
  }

  private String describe(List<Object> values) {
    List<String> labels = labels(method.getParameters(), generated);
    return IntStream.range(0, values.size())
        .mapToObj(k -> labels.get(k) + " = " + ValueFormat.format(values.get(k)))
        .collect(Collectors.joining(", "));
  }

  /**
   * The labels of the generated parameters (their positions in {@code generated}) in reports, each
   * as {@link #label} names it; where two would read the same (two {@code @ForAll("ratings")}
   * without {@code javac -parameters}), each of those gets its position: {@code ratings #1}.
   */
  static List<String> labels(Parameter[] parameters, List<Integer> generated) {
    List<String> plain = generated.stream().map(i -> label(parameters[i], i)).toList();
    return IntStream.range(0, plain.size())
        .mapToObj(
            k ->
                Collections.frequency(plain, plain.get(k)) > 1
                    ? plain.get(k) + " #" + (generated.get(k) + 1)
                    : plain.get(k))
        .toList();
  }

  /**
   * How a parameter is named in reports: its name when compiled with {@code -parameters}, else the
   * generator method its {@code @ForAll} names, else its position ({@code #1} for the first); see
   * {@link #labels} for two parameters that would read the same.
   */
  static String label(Parameter parameter, int index) {
    if (parameter.isNamePresent()) {
      return parameter.getName();
    }
    ForAll forAll = parameter.getAnnotation(ForAll.class);
    return forAll != null && !forAll.value().isEmpty() ? forAll.value() : "#" + (index + 1);
  }

  private Gen<?> generatorFor(Parameter parameter, ForAll forAll) {
    if (forAll.value().isEmpty()) {
      Class<?> type = parameter.getType();
      if (type == int.class || type == Integer.class) {
        return Gen.integers();
      }
      if (type == long.class || type == Long.class) {
        return Gen.longs();
      }
      if (type == boolean.class || type == Boolean.class) {
        return Gen.booleans();
      }
      String suggestion =
          parameter.isNamePresent()
              ? parameter.getName() + "s"
              : Character.toLowerCase(type.getSimpleName().charAt(0))
                  + type.getSimpleName().substring(1)
                  + "s";
      throw new IllegalStateException(
          Checks.format(
              "parameter %s of %s: @ForAll needs the name of a method returning Gen<%s>, as in"
                  + " @ForAll(\"%s\")%s",
              parameter.isNamePresent()
                  ? parameter.getName()
                  : label(parameter, List.of(method.getParameters()).indexOf(parameter)),
              method,
              type.getSimpleName(),
              suggestion,
              parameter.isNamePresent()
                  ? ""
                  : " (compile the tests with javac -parameters to see parameter names here)"));
    }
    Method factory = findFactory(forAll.value(), parameter);
    boolean isStatic = Modifier.isStatic(factory.getModifiers());
    if (!isStatic && target == null) {
      throw new IllegalStateException(
          Checks.format(
              "@ForAll(\"%s\") names an instance method but there is no test instance",
              forAll.value()));
    }
    try {
      factory.setAccessible(true);
      Object gen = factory.invoke(isStatic ? null : target);
      if (gen instanceof Gen<?> g) {
        return g;
      }
      throw new IllegalStateException(
          Checks.format("%s returned %s instead of a Gen", factory, gen));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + factory, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(factory + " threw " + e.getCause(), e.getCause());
    }
  }

  private Method findFactory(String name, Parameter parameter) {
    for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)
            && m.getParameterCount() == 0
            && Gen.class.isAssignableFrom(m.getReturnType())) {
          return m;
        }
      }
    }
    throw new IllegalStateException(
        Checks.format(
            "@ForAll(\"%s\") on parameter %s of %s: no method %s() returning Gen in %s or its"
                + " superclasses",
            name, parameter.getName(), method, name, testClass.getName()));
  }
}
