package dev.rubric.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

  @ArchTest
  static final ArchRule generatedImmutablesAreNotPublic =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .and()
          .resideInAnyPackage(LIBRARY)
          .should()
          .notBePublic();

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
          // The compiled scorecard rules are core's API for scoring: ScorecardValidator.compile.
          .and()
          .doNotHaveFullyQualifiedName("dev.rubric.core.ScorecardValidator")
          .should()
          .notBePublic();

  @ArchTest
  static final ArchRule noPublicInternalPackage =
      noClasses()
          .that()
          .resideInAPackage("..internal..")
          .should()
          .bePublic()
          .allowEmptyShould(true);
}
