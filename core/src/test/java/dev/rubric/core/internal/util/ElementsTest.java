package dev.rubric.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementsTest {
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNullCollectionIsNamedByItsParameter() {
    assertThatThrownBy(() -> Elements.copyOf(null, "reasons"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reasons");
  }

  @Test
  void theFirstNullElementOfACollectionIsNamedWithItsIndex() {
    List<String> items = Arrays.asList("a", "b", null, null);
    assertThatThrownBy(() -> Elements.copyOf(items, "reasons"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reasons[2]");
  }

  @Test
  void theFirstNullElementOfAPlainIterableIsNamedWithItsIndex() {
    List<String> items = Arrays.asList("a", null);
    Iterable<String> plain = Iterables.unmodifiableIterable(items);
    assertThatThrownBy(() -> Elements.copyOf(plain, "seats"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("seats[1]");
  }

  @Test
  void theCopyIsImmutableAndDetachedFromItsSource() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Elements.copyOf(source, "items");
    source.set(0, "z");
    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
    Iterable<String> plain = Iterables.unmodifiableIterable(source);
    assertThat(Elements.copyOf(plain, "items")).containsExactly("z", "b");
  }

  @Test
  void anImmutableListIsKeptAsItIs() {
    List<String> items = List.of("a", "b");
    assertThat(Elements.copyOf(items, "items")).isSameAs(items);
  }
}
