package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.fixtures.NullElements;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, constructor and builder method that takes a collection, a map or an array
 * refuses a null element, key or value with a {@link NullPointerException} naming it, never a bare
 * one.
 */
class NullElementsTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev.rubric.core", "dev.rubric.core.json"})
  void nullElementsAreNamed(String packageName) throws IOException {
    List<String> faults =
        new ArrayList<>(NullElements.bareNullPointers(packageName, NullElements.modelDefaults()));
    assertThat(faults).isEmpty();
  }
}
