package dev.rubric.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One reason for a decision, machine-readable and readable: a stable {@link ReasonCode}, the
 * competency, area or seat it is about (see the code), its figures by name in a fixed order, and a
 * sentence.
 *
 * <p>Immutable and thread-safe. The reasons an evaluation builds list their figures and render
 * their sentence on first use: most callers read the decision's outcome and codes only. Two reasons
 * are equal when their code, subject, figures and sentence are.
 */
public final class Reason {
  private final ReasonCode code;
  private final @Nullable String subject;

  /** Lists the figures; returns an equal map every time. */
  private final Supplier<? extends Map<String, ? extends Double>> list;

  /** Renders the sentence; returns the same text every time. */
  private final Supplier<String> render;

  /**
   * The figures, or null before the first {@link #figures()}: a benign race, as {@link #sentence}.
   */
  private @Nullable ImmutableMap<String, Double> figures;

  /**
   * The rendered sentence, or null before the first {@link #sentence()}. A benign race: threads
   * that race render equal text, and a {@link String} is safely published through its final fields.
   */
  private @Nullable String sentence;

  private Reason(
      ReasonCode code,
      @Nullable String subject,
      @Nullable ImmutableMap<String, Double> figures,
      Supplier<? extends Map<String, ? extends Double>> list,
      @Nullable String sentence,
      Supplier<String> render) {
    this.code = Objects.requireNonNull(code, "code");
    this.subject = subject;
    this.figures = figures;
    this.list = list;
    this.sentence = sentence;
    this.render = render;
  }

  /** {@return the stable code} */
  public ReasonCode code() {
    return code;
  }

  /** {@return the competency, area or seat the reason is about, as documented on its code} */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** {@return the figures, by name, in the order the sentence uses them} */
  public Map<String, Double> figures() {
    ImmutableMap<String, Double> f = figures;
    if (f == null) {
      f = ImmutableMap.copyOf(Objects.requireNonNull(list.get(), "figures"));
      figures = f;
    }
    return f;
  }

  /** {@return the reason in one sentence} */
  public String sentence() {
    String s = sentence;
    if (s == null) {
      s = Objects.requireNonNull(render.get(), "sentence");
      sentence = s;
    }
    return s;
  }

  /**
   * {@return a reason}
   *
   * @param code the stable code
   * @param subject the competency, area or seat the reason is about, as documented on its code
   * @param figures the figures, by name, in the order the sentence uses them
   * @param sentence the reason in one sentence
   * @throws NullPointerException if an argument, a figure's name or a figure is null
   */
  public static Reason of(
      ReasonCode code,
      Optional<String> subject,
      Map<String, ? extends Double> figures,
      String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    ImmutableMap<String, Double> copy =
        ImmutableMap.copyOf(Objects.requireNonNull(figures, "figures"));
    return new Reason(
        code,
        Objects.requireNonNull(subject, "subject").orElse(null),
        copy,
        () -> copy,
        sentence,
        () -> sentence);
  }

  /**
   * A reason whose figures {@code list} gives and whose sentence {@code render} writes, each on
   * first use, from the numbers and names they captured: an evaluation's reasons cost little until
   * they are read.
   *
   * @param list returns the figures in their order, an equal map on every call, never null
   * @param render returns the sentence, the same text on every call, never null
   */
  static Reason rendered(
      ReasonCode code,
      @Nullable String subject,
      Supplier<? extends Map<String, ? extends Double>> list,
      Supplier<String> render) {
    return new Reason(
        code,
        subject,
        null,
        Objects.requireNonNull(list, "list"),
        null,
        Objects.requireNonNull(render, "render"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Reason r
        && code == r.code
        && Objects.equals(subject, r.subject)
        && figures().equals(r.figures())
        && sentence().equals(r.sentence());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + code.hashCode();
    h += (h << 5) + Objects.hashCode(subject);
    h += (h << 5) + figures().hashCode();
    h += (h << 5) + sentence().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return code + (subject != null ? "(" + subject + ")" : "") + ": " + sentence();
  }
}
