package dev.rubric.testkit;

import static dev.rubric.testkit.Checks.checkArgument;
import static dev.rubric.testkit.Checks.format;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator of values of type {@code T}, built from a recorded sequence of random choices so that
 * every generator, however composed, shrinks a failing value toward a simple one.
 *
 * <p>Start from a static factory ({@code Gen.integers(1, 4)}, {@code Gen.lists(gen, 0, 10)}) and
 * compose with {@link #map}, {@link #flatMap}, {@link #filter}, {@link #zip(Gen, Gen)} and {@link
 * #oneOf(List)}. Each generator shrinks toward its simplest value: integers toward their shrink
 * target (by default the value closest to 0), booleans toward {@code false}, choices toward the
 * first option, collections toward fewer elements, optionals toward empty.
 *
 * <p>A {@code Gen} is an immutable value, safe to share between threads and to reuse. It never
 * produces {@code null}; collections it produces are unmodifiable, and sets and maps iterate in the
 * order their elements were drawn. Functions given to {@code map}, {@code flatMap} and {@code
 * filter} must be deterministic and must not return {@code null}.
 *
 * @param <T> the type of the generated values
 */
public final class Gen<T> {
  /** How many consecutive values {@link #filter} rejects before it gives up. */
  public static final int MAX_FILTER_REJECTIONS = 100;

  private final Generator<T> generator;
  private final String description;

  private Gen(String description, Generator<T> generator) {
    this.description = description;
    this.generator = generator;
  }

  static <T> Gen<T> of(String description, Generator<T> generator) {
    return new Gen<>(description, generator);
  }

  /** Makes one value from {@code choices}. */
  T generate(Choices choices) {
    choices.enter();
    try {
      return requireNonNull(generator.generate(choices), () -> description + " generated null");
    } finally {
      choices.exit();
    }
  }

  /** {@return any {@code int}, shrinking toward 0} */
  public static Gen<Integer> integers() {
    return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * {@return an {@code int} in {@code [min, max]}, shrinking toward the value closest to 0}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Integer> integers(int min, int max) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    return integers(min, max, (int) NumericEncoding.closestToZero(min, max));
  }

  /**
   * {@return an {@code int} in {@code [min, max]}, shrinking toward {@code shrinkTarget}}
   *
   * <p>Shrinking orders values by their distance from the target and, at one distance, puts the
   * value above before the one below ({@code t, t + 1, t - 1, t + 2, ...}); fresh values fall on
   * each side of a target inside the range about half of the time. {@link #integers(int, int)}, the
   * shorts, bytes and longs shrink the same way.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @param shrinkTarget the value that shrinking moves toward; within {@code [min, max]}
   * @throws IllegalArgumentException if {@code min > max} or the target is outside the range
   */
  public static Gen<Integer> integers(int min, int max, int shrinkTarget) {
    checkRange(min, max, shrinkTarget);
    return of(
        describeRange("integers", min, max, shrinkTarget),
        c -> (int) NumericEncoding.between(c, min, max, shrinkTarget));
  }

  /** {@return any {@code short}, shrinking toward 0} */
  public static Gen<Short> shorts() {
    return shorts(Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /**
   * {@return a {@code short} in {@code [min, max]}, shrinking toward the value closest to 0}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Short> shorts(short min, short max) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    long target = NumericEncoding.closestToZero(min, max);
    return of(
        describeRange("shorts", min, max, target),
        c -> (short) NumericEncoding.between(c, min, max, target));
  }

  /** {@return any {@code byte}, shrinking toward 0} */
  public static Gen<Byte> bytes() {
    return bytes(Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /**
   * {@return a {@code byte} in {@code [min, max]}, shrinking toward the value closest to 0}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Byte> bytes(byte min, byte max) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    long target = NumericEncoding.closestToZero(min, max);
    return of(
        describeRange("bytes", min, max, target),
        c -> (byte) NumericEncoding.between(c, min, max, target));
  }

  /**
   * {@return a {@code char} in {@code [min, max]} (UTF-16 code units, surrogates included if in the
   * range), shrinking toward {@code min}}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Character> chars(char min, char max) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", (int) min, (int) max);
    return of(
        format("chars('\\u%04x', '\\u%04x')", (int) min, (int) max),
        c -> (char) NumericEncoding.between(c, min, max, min));
  }

  /** {@return any {@code long}, shrinking toward 0} */
  public static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * {@return a {@code long} in {@code [min, max]}, shrinking toward the value closest to 0}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Long> longs(long min, long max) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    return longs(min, max, NumericEncoding.closestToZero(min, max));
  }

  /**
   * {@return a {@code long} in {@code [min, max]}, shrinking toward {@code shrinkTarget}}
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @param shrinkTarget the value that shrinking moves toward; within {@code [min, max]}
   * @throws IllegalArgumentException if {@code min > max} or the target is outside the range
   */
  public static Gen<Long> longs(long min, long max, long shrinkTarget) {
    checkRange(min, max, shrinkTarget);
    return of(
        describeRange("longs", min, max, shrinkTarget),
        c -> NumericEncoding.between(c, min, max, shrinkTarget));
  }

  /**
   * {@return a finite {@code double} in {@code [min, max]}, shrinking toward the value closest to 0
   * and reaching whole numbers first} About 2% of values are exactly that target, and about 2%
   * exactly the far end of the side drawn: {@code max} for {@code doubles(0, 1)}, whose target is
   * {@code min}, but {@code min} and {@code max} about 1% each when the target is inside the range,
   * as for {@code doubles(-10, 10)}; the rest are the target plus or minus a whole number of at
   * most 2<sup>62</sup> and a fraction in steps of 2<sup>-52</sup>, so that apart from the ends no
   * value further than 2<sup>62</sup> + 1 from the target is generated, a range much narrower than
   * its ends' magnitude (such as {@code doubles(1e300, 1.0000001e300)}) gives little but its ends,
   * and a value within 2<sup>-52</sup> of the target other than the target itself (such as below
   * 1e-16 in {@code doubles(0, 1)}) is never generated.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
   */
  public static Gen<Double> doubles(double min, double max) {
    checkArgument(Double.isFinite(min), "min (%s) must be finite", min);
    checkArgument(Double.isFinite(max), "max (%s) must be finite", max);
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    return of(format("doubles(%s, %s)", min, max), c -> NumericEncoding.between(c, min, max));
  }

  /**
   * {@return any {@code double}, the special values included, shrinking toward 0.0 and plain
   * values} For testing a strategy's guards: about 4% each of fresh values are a zero ({@code 0.0}
   * or {@code -0.0}), {@code NaN}, an infinity, {@code Double.MIN_VALUE}, another subnormal, {@code
   * Double.MIN_NORMAL} and {@code Double.MAX_VALUE}, each but {@code NaN} negative half of the time
   * (so {@code -0.0}, {@code -Infinity} and {@code -Double.MAX_VALUE} about 2% each); the other 72%
   * are plain finite values of either sign, a whole number below 2<sup>53</sup> plus a fraction,
   * scaled by a power of two of up to 1,100 either way, so that small numbers, whole numbers and
   * magnitudes from subnormal to near {@code Double.MAX_VALUE} all come up. A special value shrinks
   * on through plain values when the property fails for those too (an infinity through {@code
   * Double.MAX_VALUE} down through the plain values, the others through 0.0), and otherwise stays
   * the special value it is, with the sign positive where it still fails ({@code NaN}, {@code
   * Infinity}); a plain value shrinks toward 0.0 and to whole numbers first, as {@link
   * #doubles(double, double)} does.
   */
  public static Gen<Double> anyDoubles() {
    return of("anyDoubles()", NumericEncoding::anyDouble);
  }

  /** {@return {@code true} or {@code false}, shrinking toward {@code false}} */
  public static Gen<Boolean> booleans() {
    return of("booleans()", c -> c.drawBoolean(0.5));
  }

  /**
   * {@return always {@code value}; draws no choice}
   *
   * @param <T> the type of the generated values
   * @param value the value
   */
  public static <T> Gen<T> constant(T value) {
    requireNonNull(value, "value");
    return of(format("constant(%s)", ValueFormat.brief(value)), c -> value);
  }

  /**
   * {@return one of {@code values}, uniformly, shrinking toward the first}
   *
   * @param <T> the type of the generated values
   * @param values the values to choose from; not empty
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of only reads the array: no heap pollution
  public static <T> Gen<T> elements(T... values) {
    return elements(List.of(values));
  }

  /**
   * {@return one of {@code values} (copied, in iteration order), uniformly, shrinking toward the
   * first}
   *
   * @param <T> the type of the generated values
   * @param values the values to choose from; not empty
   * @throws IllegalArgumentException if there are no values
   */
  public static <T> Gen<T> elements(Collection<? extends T> values) {
    requireNonNull(values, "values");
    List<T> copy = List.copyOf(values);
    checkArgument(!copy.isEmpty(), "values must not be empty");
    return of(
        format("elements(%s)", ValueFormat.brief(copy)),
        c -> copy.get((int) c.draw(copy.size() - 1)));
  }

  /**
   * {@return a value from one of {@code gens}, chosen uniformly, shrinking toward the first
   * generator}
   *
   * @param <T> the type of the generated values
   * @param gens the generators to choose from; not empty
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of only reads the array: no heap pollution
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return oneOf(List.of(gens));
  }

  /**
   * {@return a value from one of {@code gens}, chosen uniformly, shrinking toward the first
   * generator} Put the simplest alternative first: it is the base case of a recursive generator.
   *
   * @param <T> the type of the generated values
   * @param gens the generators to choose from; not empty
   * @throws IllegalArgumentException if there are no generators
   */
  public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    requireNonNull(gens, "gens");
    List<Gen<? extends T>> copy = List.copyOf(gens);
    checkArgument(!copy.isEmpty(), "gens must not be empty");
    return of(
        format("oneOf(%s)", copy), c -> copy.get((int) c.drawBranch(copy.size() - 1)).generate(c));
  }

  /**
   * {@return a value from {@code first} or {@code second}, chosen in proportion to the weights}
   *
   * @param <T> the type of the generated values
   * @param firstWeight the weight of {@code first}; not negative
   * @param first the first value
   * @param secondWeight the weight of {@code second}; not negative
   * @param second the second value
   */
  public static <T> Gen<T> frequency(
      int firstWeight, Gen<? extends T> first, int secondWeight, Gen<? extends T> second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return frequency(
        List.of(new Tuple.Pair<>(firstWeight, first), new Tuple.Pair<>(secondWeight, second)));
  }

  /**
   * {@return a value from one of the weighted generators, as {@link #frequency(List)}: {@code
   * Gen.frequency(Gen.weighted(3, leaf), Gen.weighted(1, node), Gen.weighted(1, other))}}
   *
   * @param <T> the type of the generated values
   * @param weighted pairs of a weight ({@code >= 0}) and a generator
   * @throws IllegalArgumentException if there are no pairs, a weight is negative, or all are 0
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of only reads the array: no heap pollution
  public static <T> Gen<T> frequency(Tuple.Pair<Integer, ? extends Gen<? extends T>>... weighted) {
    return frequency(List.of(weighted));
  }

  /**
   * {@return a weight and a generator, for {@link #frequency(Tuple.Pair...)}}
   *
   * @param <T> the type of the generated values
   * @param weight the weight; not negative
   * @param gen the generator
   */
  public static <T> Tuple.Pair<Integer, Gen<T>> weighted(int weight, Gen<T> gen) {
    requireNonNull(gen, "gen");
    return new Tuple.Pair<>(weight, gen);
  }

  /**
   * {@return a value from one of the generators, each chosen with probability weight / total
   * weight, shrinking toward the first generator}
   *
   * @param <T> the type of the generated values
   * @param weighted pairs of a weight ({@code >= 0}) and a generator
   * @throws IllegalArgumentException if there are no pairs, a weight is negative, or all are 0
   */
  public static <T> Gen<T> frequency(
      List<? extends Tuple.Pair<Integer, ? extends Gen<? extends T>>> weighted) {
    requireNonNull(weighted, "weighted");
    List<Tuple.Pair<Integer, ? extends Gen<? extends T>>> copy = List.copyOf(weighted);
    long total = 0;
    for (Tuple.Pair<Integer, ? extends Gen<? extends T>> pair : copy) {
      checkArgument(pair.first() >= 0, "weight (%s) must be >= 0", pair.first());
      total += pair.first();
    }
    checkArgument(total > 0, "total weight (%s) must be > 0", total);
    long bound = total - 1;
    return of(
        format("frequency(%s)", copy),
        c -> {
          long pick = c.drawBranch(bound);
          for (Tuple.Pair<Integer, ? extends Gen<? extends T>> pair : copy) {
            if (pick < pair.first()) {
              return pair.second().generate(c);
            }
            pick -= pair.first();
          }
          throw new AssertionError("unreachable: pick beyond total weight");
        });
  }

  /**
   * {@return empty or a value of {@code gen}, half and half, shrinking toward empty}
   *
   * @param <T> the type of the generated values
   * @param gen the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    requireNonNull(gen, "gen");
    return of(
        format("optionals(%s)", gen),
        c -> c.drawMore(0.5) ? Optional.of(gen.generate(c)) : Optional.empty());
  }

  /**
   * {@return a list of {@code [minSize, maxSize]} elements; longer lists become likelier as the run
   * goes on} Shrinks toward fewer and simpler elements. The mean number of elements above {@code
   * minSize} is {@code 1 + size / 4} for the run's size (0 to 100) but at most a third of {@code
   * maxSize - minSize}, so small lists come up most and, late in a run, {@code maxSize} 5% to 10%
   * of the time for a room of 5 or more; sets, maps and strings draw their sizes the same way.
   *
   * @param <T> the type of the generated values
   * @param element generates the elements
   * @param minSize the smallest size, inclusive
   * @param maxSize the largest size, inclusive
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code minSize > maxSize}
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    return of(
        format("lists(%s, %d, %d)", element, minSize, maxSize),
        c -> CollectionEncoding.list(c, element, minSize, maxSize));
  }

  /**
   * {@return a set of {@code [minSize, maxSize]} distinct elements, iterating in the order drawn}
   * Gives up with {@link IllegalStateException} after 100 consecutive duplicates.
   *
   * @param <T> the type of the generated values
   * @param element generates the elements
   * @param minSize the smallest size, inclusive
   * @param maxSize the largest size, inclusive
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code minSize > maxSize}
   */
  public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
    requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    return of(
        format("sets(%s, %d, %d)", element, minSize, maxSize),
        c -> CollectionEncoding.set(c, element, minSize, maxSize));
  }

  /**
   * {@return a map of {@code [minSize, maxSize]} entries with distinct keys, iterating in the order
   * drawn} Gives up with {@link IllegalStateException} after 100 consecutive duplicate keys.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @param keys generates the keys
   * @param values generates the values
   * @param minSize the smallest size, inclusive
   * @param maxSize the largest size, inclusive
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code minSize > maxSize}
   */
  public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
    requireNonNull(keys, "keys");
    checkSizes(minSize, maxSize);
    requireNonNull(values, "values");
    return of(
        format("maps(%s, %s, %d, %d)", keys, values, minSize, maxSize),
        c -> CollectionEncoding.map(c, keys, values, minSize, maxSize));
  }

  /**
   * {@return a string of {@code [minLength, maxLength]} code points from {@code alphabet},
   * shrinking toward shorter strings of the alphabet's first code point}
   *
   * @param alphabet the characters the strings are made of
   * @param minLength the shortest length, inclusive
   * @param maxLength the longest length, inclusive
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are invalid
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    requireNonNull(alphabet, "alphabet");
    checkArgument(!alphabet.isEmpty(), "alphabet must not be empty");
    checkSizes(minLength, maxLength);
    Gen<Integer> codePoints = elements(alphabet.codePoints().boxed().toList());
    return of(
        format("strings(%s, %d, %d)", ValueFormat.brief(alphabet), minLength, maxLength),
        c -> {
          StringBuilder text = new StringBuilder();
          CollectionEncoding.list(c, codePoints, minLength, maxLength)
              .forEach(text::appendCodePoint);
          return text.toString();
        });
  }

  /**
   * {@return a pair of values from {@code a} and {@code b}, drawn in that order}
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param a the generator of the first value
   * @param b the generator of the second value
   */
  public static <A, B> Gen<Tuple.Pair<A, B>> zip(Gen<A> a, Gen<B> b) {
    return combine(a, b, Tuple.Pair::new).describedAs(format("zip(%s, %s)", a, b));
  }

  /**
   * {@return a triple of values from {@code a}, {@code b} and {@code c}, drawn in that order}
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   */
  public static <A, B, C> Gen<Tuple.Triple<A, B, C>> zip(Gen<A> a, Gen<B> b, Gen<C> c) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    return of(
        format("zip(%s, %s, %s)", a, b, c),
        ch -> new Tuple.Triple<>(a.generate(ch), b.generate(ch), c.generate(ch)));
  }

  /**
   * {@return a quadruple of values from the four generators, drawn in order}
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   */
  public static <A, B, C, D> Gen<Tuple.Quad<A, B, C, D>> zip(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    return of(
        format("zip(%s, %s, %s, %s)", a, b, c, d),
        ch -> new Tuple.Quad<>(a.generate(ch), b.generate(ch), c.generate(ch), d.generate(ch)));
  }

  /**
   * {@return {@code combiner} applied to values from {@code a} and {@code b}, drawn in that order}
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <R> the type of the combined value
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   */
  public static <A, B, R> Gen<R> combine(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(combiner, "combiner");
    return of(format("combine(%s, %s)", a, b), c -> combiner.apply(a.generate(c), b.generate(c)));
  }

  /**
   * {@code combiner} applied to values from the 3 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Combiners.Of3<? super A, ? super B, ? super C, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s)", a, b, c),
        ch -> combiner.apply(a.generate(ch), b.generate(ch), c.generate(ch)));
  }

  /**
   * {@code combiner} applied to values from the 4 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, D, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Combiners.Of4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s, %s)", a, b, c, d),
        ch -> combiner.apply(a.generate(ch), b.generate(ch), c.generate(ch), d.generate(ch)));
  }

  /**
   * {@code combiner} applied to values from the 5 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   * @param e the generator of the fifth value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <E> the type of the fifth value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, D, E, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Gen<E> e,
      Combiners.Of5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s, %s, %s)", a, b, c, d, e),
        ch ->
            combiner.apply(
                a.generate(ch), b.generate(ch), c.generate(ch), d.generate(ch), e.generate(ch)));
  }

  /**
   * {@code combiner} applied to values from the 6 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   * @param e the generator of the fifth value
   * @param f the generator of the sixth value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <E> the type of the fifth value
   * @param <F> the type of the sixth value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, D, E, F, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Gen<E> e,
      Gen<F> f,
      Combiners.Of6<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? extends R>
          combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s, %s, %s, %s)", a, b, c, d, e, f),
        ch ->
            combiner.apply(
                a.generate(ch),
                b.generate(ch),
                c.generate(ch),
                d.generate(ch),
                e.generate(ch),
                f.generate(ch)));
  }

  /**
   * {@code combiner} applied to values from the 7 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   * @param e the generator of the fifth value
   * @param f the generator of the sixth value
   * @param g the generator of the seventh value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <E> the type of the fifth value
   * @param <F> the type of the sixth value
   * @param <G> the type of the seventh value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, D, E, F, G, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Gen<E> e,
      Gen<F> f,
      Gen<G> g,
      Combiners.Of7<
              ? super A,
              ? super B,
              ? super C,
              ? super D,
              ? super E,
              ? super F,
              ? super G,
              ? extends R>
          combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(g, "g");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s, %s, %s, %s, %s)", a, b, c, d, e, f, g),
        ch ->
            combiner.apply(
                a.generate(ch),
                b.generate(ch),
                c.generate(ch),
                d.generate(ch),
                e.generate(ch),
                f.generate(ch),
                g.generate(ch)));
  }

  /**
   * {@code combiner} applied to values from the 8 generators, drawn in order; each part shrinks as
   * its generator does. Pass a record's constructor to generate named values: counterexamples then
   * print as {@code Applicant[name="", age=0, ...]} instead of positional tuples.
   *
   * @param a the generator of the first value
   * @param b the generator of the second value
   * @param c the generator of the third value
   * @param d the generator of the fourth value
   * @param e the generator of the fifth value
   * @param f the generator of the sixth value
   * @param g the generator of the seventh value
   * @param h the generator of the eighth value
   * @param combiner makes the value from the drawn parts; must not return {@code null}
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   * @param <E> the type of the fifth value
   * @param <F> the type of the sixth value
   * @param <G> the type of the seventh value
   * @param <H> the type of the eighth value
   * @param <R> the type of the combined value
   * @return the combining generator
   */
  public static <A, B, C, D, E, F, G, H, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Gen<E> e,
      Gen<F> f,
      Gen<G> g,
      Gen<H> h,
      Combiners.Of8<
              ? super A,
              ? super B,
              ? super C,
              ? super D,
              ? super E,
              ? super F,
              ? super G,
              ? super H,
              ? extends R>
          combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(g, "g");
    requireNonNull(h, "h");
    requireNonNull(combiner, "combiner");
    return of(
        format("combine(%s, %s, %s, %s, %s, %s, %s, %s)", a, b, c, d, e, f, g, h),
        ch ->
            combiner.apply(
                a.generate(ch),
                b.generate(ch),
                c.generate(ch),
                d.generate(ch),
                e.generate(ch),
                f.generate(ch),
                g.generate(ch),
                h.generate(ch)));
  }

  /**
   * {@return the generator {@code supplier} returns, asked for on every use; lets a generator refer
   * to itself} Make the first alternative of a recursive {@link #oneOf(List)} or {@link
   * #frequency(List)} the base case: each {@code lazy} level counts as one level of recursion, and
   * once a value nests deeper than the size allows (3 levels early in a run, 23 at most) or grows
   * past its share of choices, every {@code oneOf}, {@code frequency}, collection and optional
   * takes its simplest choice, the first alternative, so the value ends in base cases. A generator
   * whose first alternative recurses again fails the run with a message saying it has no base case.
   * {@link #recursive} builds the usual shape without that pitfall.
   *
   * @param <T> the type of the generated values
   * @param supplier supplies the generator when it is first used, so that a generator can refer to
   *     itself
   */
  public static <T> Gen<T> lazy(Supplier<Gen<T>> supplier) {
    requireNonNull(supplier, "supplier");
    return of(
        "lazy(...)",
        c -> {
          c.enterRecursion();
          try {
            return requireNonNull(supplier.get(), "the supplier of lazy(...) returned null")
                .generate(c);
          } finally {
            c.exitRecursion();
          }
        });
  }

  /**
   * {@return a recursive generator: at each level either a value of {@code base} or a value of the
   * generator {@code extend} makes from the recursive generator itself, half and half, shrinking
   * toward {@code base}} Depth is bounded by the size as for {@link #lazy}, so values stay small
   * early in a run and never run away:
   *
   * <pre>{@code
   * Gen<Expr> exprs = Gen.recursive(
   *     Gen.integers(0, 9).map(Expr.Num::new),
   *     self -> Gen.combine(self, self, Expr.Add::new));
   * }</pre>
   *
   * @param <T> the type of the generated values
   * @param base the non-recursive values (leaves)
   * @param extend builds the recursive case from the generator being defined; called once
   */
  public static <T> Gen<T> recursive(
      Gen<T> base, Function<? super Gen<T>, ? extends Gen<? extends T>> extend) {
    requireNonNull(base, "base");
    requireNonNull(extend, "extend");
    AtomicReference<Gen<T>> self = new AtomicReference<>();
    Gen<T> recursion =
        lazy(() -> requireNonNull(self.get(), "recursive generator used while being built"));
    Gen<? extends T> extended =
        requireNonNull(extend.apply(recursion), "extend returned null for the recursive case");
    self.set(
        of(
            format("recursive(%s, ...)", base),
            c -> c.drawBranch(1) == 0 ? base.generate(c) : extended.generate(c)));
    return recursion.describedAs(format("recursive(%s, ...)", base));
  }

  /**
   * {@return values of this generator transformed by {@code mapper}; shrinks as this generator
   * does}
   *
   * @param <R> the type of the combined value
   * @param mapper maps each generated value
   */
  public <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    return of(description + ".map(...)", c -> mapper.apply(generate(c)));
  }

  /**
   * {@return values of the generator that {@code binder} makes from a value of this one; both parts
   * shrink}
   *
   * @param <R> the type of the combined value
   * @param binder makes the next generator from each generated value
   */
  public <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> binder) {
    requireNonNull(binder, "binder");
    String flatMapped = description + ".flatMap(...)";
    return of(
        flatMapped,
        c -> {
          T value = generate(c);
          Gen<? extends R> next = binder.apply(value);
          if (next == null) {
            throw new NullPointerException(
                format(
                    "the binder of %s returned null instead of a generator for %s",
                    flatMapped, ValueFormat.format(value)));
          }
          return next.generate(c);
        });
  }

  /**
   * {@return values of this generator that satisfy {@code predicate}} Gives up with {@link
   * IllegalStateException} naming this generator after {@value #MAX_FILTER_REJECTIONS} consecutive
   * rejections.
   *
   * @param predicate keeps the values for which it is true
   */
  public Gen<T> filter(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    return of(
        description + ".filter(...)",
        c -> {
          for (int i = 0; i < MAX_FILTER_REJECTIONS; i++) {
            T value = generate(c);
            if (predicate.test(value)) {
              return value;
            }
          }
          throw new GenerationFailed(
              format(
                  "filter gave up: it rejected %d consecutive values of %s; generate valid values"
                      + " directly (for example with map or a narrower range) instead",
                  MAX_FILTER_REJECTIONS, description));
        });
  }

  /**
   * {@return this generator with another description, used in messages and {@link #toString()}}
   *
   * @param description the new description
   */
  public Gen<T> describedAs(String description) {
    requireNonNull(description, "description");
    return new Gen<>(description, generator);
  }

  /**
   * {@return the first {@code count} values a property run with {@code seed} would test, sizes
   * growing as in a run; the same seed always gives the same values} As in a run, a value the
   * generator cannot make (it outgrew the choice budget, or a filter gave up) is skipped.
   *
   * @param seed the seed of the run; {@code withSeed(seed)} replays it
   * @param count how many values; not negative
   * @throws IllegalArgumentException if {@code count < 0}
   * @throws IllegalStateException if the generator has no base case, or more than {@link
   *     PropertyRunner#maxDiscards(int) max(100, 5 * count)} values are skipped
   */
  public List<T> sample(long seed, int count) {
    checkArgument(count >= 0, "count (%s) must be >= 0", count);
    SplittableRandom master = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    int discards = 0;
    for (int i = 0; values.size() < count; i++) {
      try {
        values.add(generate(Choices.forTry(master, i)));
      } catch (GenerationFailed e) {
        if (e.fatal() || ++discards > PropertyRunner.maxDiscards(count)) {
          throw e;
        }
      }
    }
    return List.copyOf(values);
  }

  /** The description of this generator, such as {@code lists(integers(0, 9), 0, 5)}. */
  @Override
  public String toString() {
    return description;
  }

  private static void checkRange(long min, long max, long target) {
    checkArgument(min <= max, "min (%s) must be <= max (%s)", min, max);
    checkArgument(
        min <= target && target <= max,
        "shrinkTarget (%s) must be in [min, max] = [%s, %s]",
        target,
        min,
        max);
  }

  private static String describeRange(String name, long min, long max, long target) {
    return target == NumericEncoding.closestToZero(min, max)
        ? format("%s(%d, %d)", name, min, max)
        : format("%s(%d, %d, %d)", name, min, max, target);
  }

  private static void checkSizes(int min, int max) {
    checkArgument(min >= 0, "minSize (%s) must be >= 0", min);
    checkArgument(min <= max, "minSize (%s) must be <= maxSize (%s)", min, max);
  }
}
