package dev.rubric.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Architecture rules over every Rubric module on the class path (core, scoring, interop, testkit,
 * examples, cli). A new package under {@code dev.rubric} is covered without changes here.
 */
@AnalyzeClasses(packages = "dev.rubric", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] LIBRARY = {
    "dev.rubric.core..", "dev.rubric.scoring..", "dev.rubric.interop..", "dev.rubric.testkit.."
  };

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("dev.rubric.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.rubric.scoring..",
              "dev.rubric.interop..",
              "dev.rubric.testkit..",
              "dev.rubric.examples..",
              "dev.rubric.cli..");

  @ArchTest
  static final ArchRule scoringDependsOnCoreOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.rubric.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.rubric.interop..",
              "dev.rubric.testkit..",
              "dev.rubric.examples..",
              "dev.rubric.cli..");

  @ArchTest
  static final ArchRule libraryDoesNotPrintOrExit =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class)
          .orShould()
          // Any Throwable's printStackTrace: a call on a subclass (e.printStackTrace() with e an
          // IOException) names the subclass as its owner, which callMethod(Throwable.class, ...)
          // misses.
          .callMethodWhere(
              target(name("printStackTrace")).and(target(owner(assignableTo(Throwable.class)))));

  /**
   * The library never reads the system clock: whatever depends on "now" (an overdue scorecard, a
   * passed decision deadline) is measured against the caller's {@code EvaluationContext}.
   */
  @ArchTest
  static final ArchRule libraryNeverReadsTheClock =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethodWhere(
              target(name("now"))
                  .and(target(owner(assignableTo(java.time.temporal.Temporal.class)))))
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.time.Clock.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.time.InstantSource.class);

  /**
   * The command line writes every JSON report through {@link VisibleJson}, which shows hidden
   * characters in user text (DEL, C1 controls, bidirectional overrides) as JSON escapes, as the
   * text and HTML reports show them; a report written with the library's writer directly would
   * print them raw.
   */
  @ArchTest
  static final ArchRule commandLineJsonIsWrittenThroughVisibleJson =
      noClasses()
          .that()
          .resideInAPackage("dev.rubric.cli..")
          .and()
          .doNotHaveFullyQualifiedName("dev.rubric.cli.VisibleJson")
          .should()
          .callMethod(dev.rubric.core.internal.json.JsonTrees.class, "pretty", JsonNode.class)
          .orShould()
          .callMethod(
              dev.rubric.scoring.json.EvaluationJson.class,
              "write",
              dev.rubric.scoring.Evaluation.class);

  @ArchTest
  static final ArchRule generatedImmutablesAreNotPublic =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .and()
          .resideInAnyPackage(LIBRARY)
          .should()
          .notBePublic();

  /**
   * Generated value classes copy a list attribute with {@code List.copyOf} (the style's {@code
   * jdk9Collections}), which costs nothing when the list is one another value already holds. The
   * JDK's {@code Map.copyOf} and {@code Set.copyOf} keep no order, so a map or set attribute under
   * that style would iterate (and serialize) differently in each JVM: no generated class may call
   * them.
   */
  @ArchTest
  static final ArchRule generatedValuesKeepTheirCollectionsOrder =
      noClasses()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .and()
          .resideInAnyPackage(LIBRARY)
          .should()
          .callMethod(java.util.Map.class, "copyOf", java.util.Map.class)
          .orShould()
          .callMethod(Set.class, "copyOf", java.util.Collection.class);

  @ArchTest
  static final ArchRule enginesAreNotPublic =
      classes()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .haveSimpleNameEndingWith("Engine")
          .or()
          .haveSimpleNameEndingWith("Codec")
          .or()
          .haveSimpleNameEndingWith("Validator")
          .or()
          .haveSimpleName("StrictParser")
          // Internal packages are exported only to Rubric's own modules.
          .and()
          .resideOutsideOfPackage("..internal..")
          // The compiled scorecard rules are core's API for scoring: ScorecardValidator.compile.
          .and()
          .doNotHaveFullyQualifiedName("dev.rubric.core.ScorecardValidator")
          .should()
          .notBePublic();

  /**
   * No package cycles: {@code core} does not reach into {@code core.json} (the plan's canonical
   * form is the model's), and each package builds on the ones below it.
   */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dev.rubric.(**)").should().beFreeOfCycles();

  /**
   * The types whose public methods may return {@code OptionalDouble}: a setting a caller may leave
   * unset, an input a caller supplies, or the bridge from a coefficient. A figure computed from
   * data that the data may fail to define is a {@code Coefficient} (defined, or undefined with a
   * reason and a sentence), never an {@code OptionalDouble} and never a NaN.
   */
  private static final Set<String> OPTIONAL_DOUBLE_ALLOWED =
      Set.of(
          // A setting: the caller may leave the hire threshold unset.
          "dev.rubric.scoring.DecisionThresholds",
          // An input: the caller's score for a candidate, which they may not have.
          "dev.rubric.scoring.audit.CandidateOutcome",
          // The bridge: Coefficient.toOptional() hands a figure to OptionalDouble-based code.
          "dev.rubric.scoring.agreement.Coefficient");

  /**
   * No public method of a library API package returns {@code OptionalDouble} except on the types of
   * {@link #OPTIONAL_DOUBLE_ALLOWED}: one convention for a value that may be undefined.
   */
  @ArchTest
  static final ArchRule undefinedFiguresAreCoefficientsNotOptionalDoubles =
      ArchRuleDefinition.methods()
          .that(apiMember())
          .and(
              new DescribedPredicate<JavaMember>("are declared by a public type") {
                @Override
                public boolean test(JavaMember m) {
                  return m.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                      && !OPTIONAL_DOUBLE_ALLOWED.contains(m.getOwner().getName());
                }
              })
          .should(
              new ArchCondition<JavaMethod>("not return OptionalDouble") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                  if (m.getRawReturnType().isEquivalentTo(java.util.OptionalDouble.class)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            m,
                            m.getFullName()
                                + " returns OptionalDouble: return a Coefficient (a figure the"
                                + " data may not define) or list the type as a setting"));
                  }
                }
              });

  /**
   * The names of the figures of a statistical test: the statistic ({@code f}, {@code z}, {@code
   * statistic}), its standard error and its p-values. The data may fail to define each of them (an
   * F of 0/0 or of a zero error mean square, a z without a standard error, a test not run).
   */
  private static final Set<String> TEST_FIGURES =
      Set.of("f", "z", "p", "statistic", "standardError", "pValue", "adjustedPValue", "fisherP");

  /**
   * No public method of a library API package that returns a figure of a statistical test (named as
   * in {@link #TEST_FIGURES}, or ending in {@code PValue}, {@code Statistic} or {@code MeanSquare})
   * returns a raw {@code double} or {@code float}, boxed or not: that figure is a {@code
   * Coefficient}, so an undefined one carries a reason instead of a {@code NaN} or an infinity. It
   * covers record components, whose accessors are such methods, for example {@code FTest.f()},
   * {@code FTest.pValue()} and {@code IccResult.errorMeanSquare()} (a mean square is undefined when
   * a degree of freedom is 0).
   */
  @ArchTest
  static final ArchRule testFiguresAreCoefficientsNotRawDoubles =
      ArchRuleDefinition.methods()
          .that(apiMember())
          .and(
              new DescribedPredicate<JavaMember>("name a figure of a statistical test") {
                @Override
                public boolean test(JavaMember m) {
                  String name = m.getName();
                  return m.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                      && (TEST_FIGURES.contains(name)
                          || name.endsWith("PValue")
                          || name.endsWith("Statistic")
                          || name.endsWith("MeanSquare"));
                }
              })
          .should(
              new ArchCondition<JavaMethod>("not return a raw double or float") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                  JavaClass type = m.getRawReturnType();
                  if (type.isEquivalentTo(double.class)
                      || type.isEquivalentTo(Double.class)
                      || type.isEquivalentTo(float.class)
                      || type.isEquivalentTo(Float.class)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            m,
                            m.getFullName()
                                + " returns "
                                + type.getName()
                                + ": a figure of a test may be undefined, return a Coefficient"));
                  }
                }
              })
          .allowEmptyShould(false);

  /** Packages whose types an embedder must never meet in a Rubric signature. */
  private static final String[] FOREIGN = {"com.google.common.", "com.fasterxml.jackson."};

  /**
   * Every public or protected method, constructor and field of a library class (generated {@code
   * Immutable*} classes and their builders included) names JDK and Rubric types only: return type,
   * parameter types, type arguments, type-parameter bounds and declared exceptions. Internal
   * packages, exported only to other Rubric modules, are exempt.
   */
  @ArchTest
  static final ArchRule publicSignaturesNameNoGuavaOrJacksonType =
      ArchRuleDefinition.members()
          .that(apiMember())
          .should(nameNoForeignType())
          .allowEmptyShould(false);

  /** A public library class neither extends nor implements a Guava or Jackson type. */
  @ArchTest
  static final ArchRule publicTypesHaveNoGuavaOrJacksonSupertype =
      classes()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .resideOutsideOfPackage("..internal..")
          .and()
          .arePublic()
          .should(
              new ArchCondition<JavaClass>("have no Guava or Jackson supertype") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  Set<String> found = new TreeSet<>();
                  c.getAllRawSuperclasses().forEach(t -> collectForeign(t, found));
                  c.getAllRawInterfaces().forEach(t -> collectForeign(t, found));
                  if (!found.isEmpty()) {
                    events.add(
                        SimpleConditionEvent.violated(
                            c, c.getName() + " has the supertypes " + found));
                  }
                }
              });

  private static DescribedPredicate<JavaMember> apiMember() {
    return new DescribedPredicate<>("are public or protected members of a library package") {
      @Override
      public boolean test(JavaMember m) {
        String pkg = m.getOwner().getPackageName();
        boolean library =
            pkg.startsWith("dev.rubric.core")
                || pkg.startsWith("dev.rubric.scoring")
                || pkg.startsWith("dev.rubric.interop")
                || pkg.startsWith("dev.rubric.testkit");
        // A private nested class (a record inside an importer) is reachable from nowhere.
        return library
            && !pkg.contains(".internal")
            && !m.getOwner().getModifiers().contains(JavaModifier.PRIVATE)
            && (m.getModifiers().contains(JavaModifier.PUBLIC)
                || m.getModifiers().contains(JavaModifier.PROTECTED))
            && !m.getModifiers().contains(JavaModifier.SYNTHETIC)
            && !m.getModifiers().contains(JavaModifier.BRIDGE);
      }
    };
  }

  private static ArchCondition<JavaMember> nameNoForeignType() {
    return new ArchCondition<>("name no Guava or Jackson type in their signature") {
      @Override
      public void check(JavaMember m, ConditionEvents events) {
        Set<String> found = new TreeSet<>();
        List<JavaType> types = new ArrayList<>();
        if (m instanceof JavaField) {
          types.add(((JavaField) m).getType());
        } else if (m instanceof JavaCodeUnit) {
          JavaCodeUnit u = (JavaCodeUnit) m;
          types.add(u.getReturnType());
          types.addAll(u.getParameterTypes());
          types.addAll(u.getTypeParameters());
          u.getThrowsClause().getTypes().forEach(types::add);
        }
        for (JavaType t : types) {
          t.getAllInvolvedRawTypes().forEach(raw -> collectForeign(raw, found));
        }
        if (!found.isEmpty()) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " names " + found));
        }
      }
    };
  }

  private static void collectForeign(JavaClass type, Set<String> found) {
    for (String prefix : FOREIGN) {
      if (type.getName().startsWith(prefix)) {
        found.add(type.getName());
      }
    }
  }
}
