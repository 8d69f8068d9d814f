package dev.rubric.testkit;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The JUnit Jupiter extension behind {@link Property}: resolves {@link ForAll} parameters to
 * placeholders so that JUnit accepts the method, then replaces the single invocation with a
 * property run that invokes the method once per try. Settings come from JUnit configuration
 * parameters, falling back to system properties.
 */
final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(ForAll.class);
  }

  @Override
  public @Nullable Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    Property property = method.getAnnotation(Property.class);
    if (property == null) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    new AnnotatedProperty(
            context.getRequiredTestClass(),
            method,
            invocationContext.getTarget().orElse(null),
            invocationContext.getArguments(),
            property)
        .check(
            key ->
                context
                    .getConfigurationParameter(key)
                    .or(() -> Optional.ofNullable(System.getProperty(key))));
  }
}
