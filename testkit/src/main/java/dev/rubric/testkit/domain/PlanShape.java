package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The shape of the plans that {@link RubricGen#plans(PlanShape)} makes: ranges for the scale's
 * levels, the competencies, their areas and the panel's seats, and whether must-have bars and a
 * breadth/depth expectation may appear. Immutable; every {@code with...} method returns a new
 * shape.
 *
 * <pre>{@code
 * Gen<InterviewPlan> small = RubricGen.plans(PlanShape.standard().withCompetencies(1, 3).withSeats(1, 2));
 * }</pre>
 */
public final class PlanShape {
  private static final PlanShape STANDARD =
      new PlanShape(2, 7, 1, 20, 1, 8, 1, 8, true, true, false, false);

  private final int minLevels;
  private final int maxLevels;
  private final int minCompetencies;
  private final int maxCompetencies;
  private final int minAreas;
  private final int maxAreas;
  private final int minSeats;
  private final int maxSeats;
  private final boolean mustHaveBars;
  private final boolean breadthDepth;
  private final boolean process;
  private final boolean hostileText;

  private PlanShape(
      int minLevels,
      int maxLevels,
      int minCompetencies,
      int maxCompetencies,
      int minAreas,
      int maxAreas,
      int minSeats,
      int maxSeats,
      boolean mustHaveBars,
      boolean breadthDepth,
      boolean process,
      boolean hostileText) {
    this.process = process;
    this.hostileText = hostileText;
    this.minLevels = minLevels;
    this.maxLevels = maxLevels;
    this.minCompetencies = minCompetencies;
    this.maxCompetencies = maxCompetencies;
    this.minAreas = minAreas;
    this.maxAreas = maxAreas;
    this.minSeats = minSeats;
    this.maxSeats = maxSeats;
    this.mustHaveBars = mustHaveBars;
    this.breadthDepth = breadthDepth;
  }

  /**
   * {@return scales of 2-7 levels, 1-20 competencies over 1-8 areas, 1-8 seats, must-have bars and
   * breadth/depth expectations sometimes present}
   */
  public static PlanShape standard() {
    return STANDARD;
  }

  /**
   * {@return scales of {@code [min, max]} levels}
   *
   * @param min the smallest number, inclusive
   * @param max the largest number, inclusive
   * @throws IllegalArgumentException unless {@code 2 <= min <= max <= 7}
   */
  public PlanShape withLevels(int min, int max) {
    range("levels", min, max, 2, 7);
    return with(
        d -> {
          d.minLevels = min;
          d.maxLevels = max;
        });
  }

  /**
   * {@return plans of {@code [min, max]} competencies}
   *
   * @param min the smallest number, inclusive
   * @param max the largest number, inclusive
   * @throws IllegalArgumentException unless {@code 1 <= min <= max <= 20}
   */
  public PlanShape withCompetencies(int min, int max) {
    range("competencies", min, max, 1, 20);
    return with(
        d -> {
          d.minCompetencies = min;
          d.maxCompetencies = max;
        });
  }

  /**
   * {@return competencies spread over {@code [min, max]} areas: a plan uses every area it draws, or
   * one area per competency when it has fewer competencies than that}
   *
   * @param min the smallest number, inclusive
   * @param max the largest number, inclusive
   * @throws IllegalArgumentException unless {@code 1 <= min <= max <= 8}
   */
  public PlanShape withAreas(int min, int max) {
    range("areas", min, max, 1, 8);
    return with(
        d -> {
          d.minAreas = min;
          d.maxAreas = max;
        });
  }

  /**
   * {@return panels of {@code [min, max]} seats}
   *
   * @param min the smallest number, inclusive
   * @param max the largest number, inclusive
   * @throws IllegalArgumentException unless {@code 1 <= min <= max <= 8}
   */
  public PlanShape withSeats(int min, int max) {
    range("seats", min, max, 1, 8);
    return with(
        d -> {
          d.minSeats = min;
          d.maxSeats = max;
        });
  }

  /**
   * {@return whether requirements may carry a must-have bar (by default they may)}
   *
   * @param allowed whether allowed
   */
  public PlanShape withMustHaveBars(boolean allowed) {
    return with(
        d -> {
          d.mustHaveBars = allowed;
        });
  }

  /**
   * {@return whether the profile may carry a breadth/depth expectation (by default it may)}
   *
   * @param allowed whether allowed
   */
  public PlanShape withBreadthDepth(boolean allowed) {
    return with(
        d -> {
          d.breadthDepth = allowed;
        });
  }

  /**
   * {@return whether plans carry the process around the panel (by default they do not)}: seat kinds
   * (technical, cross-functional or none, as in plans written before seat kinds), 0-2 shadow seats
   * beside the counted ones (each sits in with a counted seat, assessing what it assesses, in its
   * stage), 0-3 approvals with their {@code approvedAt} (now and then two at the same instant),
   * feedback deadlines on the stages and a decision deadline, from one second up to the longest a
   * deadline may be. Off by default because it draws more choices, which would change the plans
   * every existing seed gives; shrinking takes each of them away again, toward the plain plan.
   *
   * @param allowed whether the process is drawn
   */
  public PlanShape withProcess(boolean allowed) {
    return with(
        d -> {
          d.process = allowed;
        });
  }

  /**
   * {@return whether ids and text are hostile (by default they are not)}: the plan's,
   * competencies', seats' and stages' ids at the edges of the slug grammar a plan accepts (one
   * character, digits only, a hyphen between every character, every letter and digit, and the
   * longest a JSON document may hold, {@link
   * dev.rubric.core.json.JsonLimits#DEFAULT_MAX_STRING_LENGTH} characters), and names, titles,
   * descriptions, anchors, scenario prompts and approvals that hold look-alike letters (Cyrillic
   * and Greek, fullwidth), invisible characters (zero-width space and joiners, the byte-order mark,
   * a soft hyphen), bidirectional controls, a no-break space, line and paragraph separators,
   * combining accents and emoji, all of which the model accepts in text (lone surrogates excepted,
   * which no JSON document can carry). Off by default because it changes the plans every existing
   * seed gives; each id and text shrinks toward its plain form.
   *
   * @param allowed whether ids and text are hostile
   */
  public PlanShape withHostileText(boolean allowed) {
    return with(
        d -> {
          d.hostileText = allowed;
        });
  }

  /** A shape's settings, copied to be changed by one {@code with...} method and frozen again. */
  private static final class Draft {
    int minLevels;
    int maxLevels;
    int minCompetencies;
    int maxCompetencies;
    int minAreas;
    int maxAreas;
    int minSeats;
    int maxSeats;
    boolean mustHaveBars;
    boolean breadthDepth;
    boolean process;
    boolean hostileText;

    Draft(PlanShape s) {
      minLevels = s.minLevels;
      maxLevels = s.maxLevels;
      minCompetencies = s.minCompetencies;
      maxCompetencies = s.maxCompetencies;
      minAreas = s.minAreas;
      maxAreas = s.maxAreas;
      minSeats = s.minSeats;
      maxSeats = s.maxSeats;
      mustHaveBars = s.mustHaveBars;
      breadthDepth = s.breadthDepth;
      process = s.process;
      hostileText = s.hostileText;
    }

    PlanShape freeze() {
      return new PlanShape(
          minLevels,
          maxLevels,
          minCompetencies,
          maxCompetencies,
          minAreas,
          maxAreas,
          minSeats,
          maxSeats,
          mustHaveBars,
          breadthDepth,
          process,
          hostileText);
    }
  }

  /** {@return this shape with {@code change} made to a copy of its settings} */
  private PlanShape with(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.freeze();
  }

  boolean process() {
    return process;
  }

  boolean hostileText() {
    return hostileText;
  }

  int minLevels() {
    return minLevels;
  }

  int maxLevels() {
    return maxLevels;
  }

  int minCompetencies() {
    return minCompetencies;
  }

  int maxCompetencies() {
    return maxCompetencies;
  }

  int minAreas() {
    return minAreas;
  }

  int maxAreas() {
    return maxAreas;
  }

  int minSeats() {
    return minSeats;
  }

  int maxSeats() {
    return maxSeats;
  }

  boolean mustHaveBars() {
    return mustHaveBars;
  }

  boolean breadthDepth() {
    return breadthDepth;
  }

  private static void range(String what, int min, int max, int lowest, int highest) {
    requireNonNull(what, "what");
    if (min < lowest || max > highest || min > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s range [%d, %d] must satisfy %d <= min <= max <= %d",
              what,
              min,
              max,
              lowest,
              highest));
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PlanShape{levels=[%d, %d], competencies=[%d, %d], areas=[%d, %d], seats=[%d, %d],"
            + " mustHaveBars=%s, breadthDepth=%s, process=%s, hostileText=%s}",
        minLevels,
        maxLevels,
        minCompetencies,
        maxCompetencies,
        minAreas,
        maxAreas,
        minSeats,
        maxSeats,
        mustHaveBars,
        breadthDepth,
        process,
        hostileText);
  }
}
