package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of the public shrinking benchmark "shrinking-challenge" (jlink/shrinking-challenge on
 * GitHub, after the SmartCheck benchmarks of the Hypothesis ECOOP 2020 artifact), each with the
 * smallest counterexample its description names, reached from five seeds. Generators follow the
 * descriptions; where a case allows several minima the assertion says which.
 */
class ShrinkingChallengeTest {

  private static <T> T shrunk(Gen<T> gen, Predicate<T> holds, long seed) {
    PropertyRunner.Run run = new PropertyRunner.Run("challenge", seed, 1000, 10_000, "");
    PropertyRunner.Falsification<T> f =
        PropertyRunner.search(gen, v -> holds.test(v) ? null : new AssertionError("falsified"), run)
            .falsification()
            .orElseThrow(() -> new AssertionError("no counterexample in 1000 tries, seed " + seed));
    assertThat(f.budgetExhausted()).as("shrink budget exhausted, seed %d", seed).isFalse();
    return f.shrunk();
  }

  /** Reverse: reversing a list gives the same list. Smallest: {@code [0, 1]}. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void reverse(long seed) {
    Gen<List<Integer>> lists = Gen.lists(Gen.integers(), 0, 100);

    List<Integer> smallest =
        shrunk(
            lists,
            l -> {
              List<Integer> reversed = new ArrayList<>(l);
              Collections.reverse(reversed);
              return reversed.equals(l);
            },
            seed);

    assertThat(smallest).containsExactly(0, 1);
  }

  /**
   * Large union list: at most four distinct integers across lists. Smallest: one list of five, the
   * benchmark's {@code [[0, 1, -1, 2, -2]]}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void largeUnionList(long seed) {
    Gen<List<List<Integer>>> lists = Gen.lists(Gen.lists(Gen.integers(), 0, 20), 0, 20);

    List<List<Integer>> smallest =
        shrunk(lists, ls -> ls.stream().flatMap(List::stream).distinct().count() <= 4, seed);

    assertThat(smallest).containsExactly(List.of(0, 1, -1, 2, -2));
  }

  /**
   * Bound 5: five lists of 16-bit integers, each summing (in 16-bit arithmetic) below 256, sum to
   * below 5 * 256. Overflow breaks it; smallest: two one-element lists, such as {@code ([-32768],
   * [-1], [], [], [])}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void bound5(long seed) {
    Gen<List<Short>> list = Gen.lists(Gen.shorts(), 0, 10);
    Gen<Bound5> tuples = Gen.combine(list, list, list, list, list, Bound5::new);

    Bound5 smallest =
        shrunk(
            tuples,
            t -> {
              List<List<Short>> parts = t.parts();
              if (!parts.stream().allMatch(p -> shortSum(p) < 256)) {
                return true;
              }
              return shortSum(parts.stream().flatMap(List::stream).toList()) < 5 * 256;
            },
            seed);

    assertThat(smallest.parts().stream().mapToInt(List::size).sum()).isEqualTo(2);
  }

  /**
   * Bound 5 as the benchmark states it (lists of up to 50, each kept only if its 16-bit sum is
   * below 256), over a hundred seeds: the shrinker reaches two one-element lists within its attempt
   * budget on every seed but at most one. Draining one large choice into another halves the amount
   * moved each time; moving again on the same pair while it works keeps that within one pass
   * instead of one halving per round, which used to spend the whole budget of 5,000 attempts on a
   * few seeds.
   */
  @org.junit.jupiter.api.Test
  void bound5ReachesItsOptimumWithinTheBudgetOverAHundredSeeds() {
    Gen<List<Short>> list = Gen.lists(Gen.shorts(), 0, 50).filter(p -> shortSum(p) < 256);
    Gen<Bound5> tuples = Gen.combine(list, list, list, list, list, Bound5::new);
    List<Long> missed = new ArrayList<>();
    for (long s = 1; s <= 100; s++) {
      long seed = s * 7919;
      PropertyRunner.Run run = new PropertyRunner.Run("bound5", seed, 1000, 5000, "");
      PropertyRunner.Falsification<Bound5> f =
          PropertyRunner.search(
                  tuples,
                  t ->
                      shortSum(t.parts().stream().flatMap(List::stream).toList()) < 5 * 256
                          ? null
                          : new AssertionError("falsified"),
                  run)
              .falsification()
              .orElseThrow(() -> new AssertionError("no counterexample, seed " + seed));
      if (f.budgetExhausted() || f.shrunk().parts().stream().mapToInt(List::size).sum() != 2) {
        missed.add(seed);
      }
    }
    assertThat(missed).as("seeds not reaching the optimum within the budget").hasSizeLessThan(2);
  }

  /** Five lists, named rather than positional. */
  record Bound5(List<Short> a, List<Short> b, List<Short> c, List<Short> d, List<Short> e) {
    List<List<Short>> parts() {
      return List.of(a, b, c, d, e);
    }
  }

  private static short shortSum(List<Short> values) {
    short sum = 0;
    for (short v : values) {
      sum = (short) (sum + v);
    }
    return sum;
  }

  /** An expression of the calculator challenge. */
  sealed interface Expr permits Lit, Add, Div {}

  record Lit(int value) implements Expr {}

  record Add(Expr left, Expr right) implements Expr {}

  record Div(Expr left, Expr right) implements Expr {}

  static int eval(Expr e) {
    if (e instanceof Add a) {
      return eval(a.left()) + eval(a.right());
    }
    if (e instanceof Div d) {
      return eval(d.left()) / eval(d.right());
    }
    return ((Lit) e).value();
  }

  static boolean dividesByLiteralZero(Expr e) {
    if (e instanceof Add a) {
      return dividesByLiteralZero(a.left()) || dividesByLiteralZero(a.right());
    }
    if (e instanceof Div d) {
      return d.right().equals(new Lit(0))
          || dividesByLiteralZero(d.left())
          || dividesByLiteralZero(d.right());
    }
    return false;
  }

  /**
   * Calculator: an expression with no literal division by zero evaluates. Smallest: {@code Div(0,
   * Add(0, 0))}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void calculator(long seed) {
    Gen<Expr> exprs =
        Gen.recursive(
            Gen.integers(-10, 10).map(Lit::new),
            self ->
                Gen.oneOf(Gen.combine(self, self, Add::new), Gen.combine(self, self, Div::new)));

    Expr smallest =
        shrunk(
            exprs,
            e -> {
              if (dividesByLiteralZero(e)) {
                return true;
              }
              try {
                eval(e);
                return true;
              } catch (ArithmeticException divisionByZero) {
                return false;
              }
            },
            seed);

    assertThat(smallest).isEqualTo(new Div(new Lit(0), new Add(new Lit(0), new Lit(0))));
  }

  /**
   * Coupling: a list of indexes into itself has no two-cycle ({@code l[l[i]] == i} for {@code l[i]
   * != i}). Smallest: {@code [1, 0]}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void coupling(long seed) {
    Gen<List<Integer>> lists =
        Gen.integers(0, 10)
            .flatMap(n -> Gen.lists(Gen.integers(0, Math.max(0, n - 1)), n, n))
            .filter(l -> l.stream().allMatch(i -> i < l.size()));

    List<Integer> smallest =
        shrunk(
            lists,
            l -> {
              for (int i = 0; i < l.size(); i++) {
                int j = l.get(i);
                if (j != i && l.get(j) == i) {
                  return false;
                }
              }
              return true;
            },
            seed);

    assertThat(smallest).containsExactly(1, 0);
  }

  /**
   * Deletion: after removing (the first occurrence of) an element of a list, it is no longer in the
   * list. Smallest: {@code ([0, 0], 0)}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void deletion(long seed) {
    Gen<Deletion> cases =
        Gen.lists(Gen.integers(-100, 100), 1, 20)
            .flatMap(l -> Gen.integers(0, l.size() - 1).map(i -> new Deletion(l, i)));

    Deletion smallest =
        shrunk(
            cases,
            d -> {
              List<Integer> rest = new ArrayList<>(d.list());
              Integer x = rest.get(d.index());
              rest.remove(x);
              return !rest.contains(x);
            },
            seed);

    assertThat(smallest).isEqualTo(new Deletion(List.of(0, 0), 0));
  }

  record Deletion(List<Integer> list, int index) {}

  /** Difference must not be zero: {@code x < 10 || x != y}. Smallest: {@code [10, 10]}. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void differenceMustNotBeZero(long seed) {
    assertThat(shrunk(positivePairs(), p -> p.first() < 10 || !p.first().equals(p.second()), seed))
        .isEqualTo(new Tuple.Pair<>(10, 10));
  }

  /**
   * Difference must not be small: {@code x < 10 || |x - y| < 1 || |x - y| > 4}. Smallest: {@code
   * [10, 6]}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void differenceMustNotBeSmall(long seed) {
    assertThat(
            shrunk(
                positivePairs(),
                p -> {
                  int diff = Math.abs(p.first() - p.second());
                  return p.first() < 10 || diff < 1 || diff > 4;
                },
                seed))
        .isEqualTo(new Tuple.Pair<>(10, 6));
  }

  /** Difference must not be one: {@code x < 10 || |x - y| != 1}. Smallest: {@code [10, 9]}. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void differenceMustNotBeOne(long seed) {
    assertThat(
            shrunk(
                positivePairs(),
                p -> p.first() < 10 || Math.abs(p.first() - p.second()) != 1,
                seed))
        .isEqualTo(new Tuple.Pair<>(10, 9));
  }

  private static Gen<Tuple.Pair<Integer, Integer>> positivePairs() {
    Gen<Integer> positive = Gen.integers(1, Integer.MAX_VALUE);
    return Gen.zip(positive, positive);
  }

  /** Distinct: a list has fewer than three distinct elements. Smallest: {@code [0, 1, -1]}. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void distinct(long seed) {
    List<Integer> smallest =
        shrunk(Gen.lists(Gen.integers(), 0, 50), l -> new HashSet<>(l).size() < 3, seed);

    assertThat(smallest).hasSize(3).doesNotHaveDuplicates();
    assertThat(Set.copyOf(smallest)).isIn(Set.of(0, 1, -1), Set.of(0, 1, 2));
  }

  /**
   * Length list: a list of 1-100 elements in {@code [0, 1000]} (its length drawn first, with
   * flatMap) has no element of 900 or more. Smallest: {@code [900]}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void lengthList(long seed) {
    Gen<List<Integer>> lists =
        Gen.integers(1, 100).flatMap(n -> Gen.lists(Gen.integers(0, 1000), n, n));

    assertThat(shrunk(lists, l -> Collections.max(l) < 900, seed)).containsExactly(900);
  }

  /**
   * Nested lists: the lengths of the inner lists sum to at most 10. Smallest: one list of eleven
   * zeros.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void nestedLists(long seed) {
    Gen<List<List<Integer>>> lists = Gen.lists(Gen.lists(Gen.integers(), 0, 20), 0, 20);

    List<List<Integer>> smallest =
        shrunk(lists, ls -> ls.stream().mapToInt(List::size).sum() <= 10, seed);

    assertThat(smallest).containsExactly(Collections.nCopies(11, 0));
  }

  /** A binary heap, empty or a node whose children's keys are at least its own. */
  sealed interface Heap permits Empty, Node {}

  record Empty() implements Heap {}

  record Node(int head, Heap left, Heap right) implements Heap {}

  /** The challenge's generator: 0-20 keys' worth of size, an empty heap one time in eight. */
  static Gen<Heap> heaps() {
    return Gen.integers(0, 20).flatMap(size -> heaps(0, size));
  }

  private static Gen<Heap> heaps(int minKey, int size) {
    Gen<Heap> empty = Gen.constant(new Empty());
    if (size <= 0) {
      return empty;
    }
    return Gen.integers(1, 8)
        .flatMap(
            branch ->
                branch == 1
                    ? empty
                    : Gen.integers(minKey, minKey + 1000)
                        .flatMap(
                            head ->
                                Gen.combine(
                                    heaps(head, size / 2),
                                    heaps(head, size / 2),
                                    (l, r) -> new Node(head, l, r))));
  }

  static List<Integer> toList(Heap heap) {
    List<Integer> out = new ArrayList<>();
    Deque<Heap> stack = new ArrayDeque<>();
    stack.push(heap);
    while (!stack.isEmpty()) {
      if (stack.pop() instanceof Node n) {
        out.add(n.head());
        stack.push(n.left());
        stack.push(n.right());
      }
    }
    return out;
  }

  static Heap merge(Heap a, Heap b) {
    if (!(a instanceof Node x)) {
      return b;
    }
    if (!(b instanceof Node y)) {
      return a;
    }
    return x.head() <= y.head()
        ? new Node(x.head(), merge(x.right(), b), x.left())
        : new Node(y.head(), merge(y.right(), a), y.left());
  }

  /** The challenge's wrong conversion: the head, then the merged rest in heap order, unsorted. */
  static List<Integer> wrongToSortedList(Heap heap) {
    if (!(heap instanceof Node n)) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    out.add(n.head());
    out.addAll(toList(merge(n.left(), n.right())));
    return out;
  }

  /**
   * Wrong binary heap: converting a heap to a sorted list gives a sorted list of its keys. The
   * smallest counterexample has four keys, {@code (0, None, (0, (0, None, None), (1, None,
   * None)))}; most libraries stop at a few more, so this asserts four or five keys and the
   * failure's cause: the keys out of order.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void binheap(long seed) {
    Heap smallest =
        shrunk(
            heaps(),
            h -> {
              List<Integer> sorted = wrongToSortedList(h);
              List<Integer> expected = new ArrayList<>(toList(h));
              Collections.sort(expected);
              return sorted.equals(expected);
            },
            seed);

    assertThat(smallest)
        .isEqualTo(
            new Node(
                0,
                new Empty(),
                new Node(
                    0,
                    new Node(0, new Empty(), new Empty()),
                    new Node(1, new Empty(), new Empty()))));
  }
}
