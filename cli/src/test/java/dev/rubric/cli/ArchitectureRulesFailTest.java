package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureTest} can fail: evaluated on a fixture class from the test
 * sources that breaks it (one per rule and per clause), it reports that class. {@link
 * ArchitectureTest} itself shows that the library's classes follow every rule.
 */
class ArchitectureRulesFailTest {
  private static final String CORE = "dev.rubric.core.archfixture.CoreViolations$";
  private static final String CONSOLE = "dev.rubric.interop.archfixture.ConsoleViolations$";

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "coreDependsOnNoOtherModule",
            ArchitectureTest.coreDependsOnNoOtherModule,
            CORE + "UsesScoring"),
        Arguments.of(
            "scoringDependsOnCoreOnly",
            ArchitectureTest.scoringDependsOnCoreOnly,
            "dev.rubric.scoring.archfixture.ScoringViolations"),
        Arguments.of(
            "testFiguresAreCoefficientsNotRawDoubles",
            ArchitectureTest.testFiguresAreCoefficientsNotRawDoubles,
            "dev.rubric.scoring.archfixture.RawFTest"),
        Arguments.of(
            "testFiguresAreCoefficientsNotRawDoubles",
            ArchitectureTest.testFiguresAreCoefficientsNotRawDoubles,
            "dev.rubric.scoring.archfixture.BoxedZ"),
        Arguments.of(
            "testFiguresAreCoefficientsNotRawDoubles",
            ArchitectureTest.testFiguresAreCoefficientsNotRawDoubles,
            "dev.rubric.scoring.archfixture.RawMeanSquares"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "PrintsToOut"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "PrintsToErr"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "Exits"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "ExitsThroughRuntime"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "Halts"),
        Arguments.of(
            "libraryDoesNotPrintOrExit",
            ArchitectureTest.libraryDoesNotPrintOrExit,
            CONSOLE + "PrintsStackTrace"),
        Arguments.of(
            "commandLineJsonIsWrittenThroughVisibleJson",
            ArchitectureTest.commandLineJsonIsWrittenThroughVisibleJson,
            "dev.rubric.cli.archfixture.RawJsonReports$WritesTreeRaw"),
        Arguments.of(
            "commandLineJsonIsWrittenThroughVisibleJson",
            ArchitectureTest.commandLineJsonIsWrittenThroughVisibleJson,
            "dev.rubric.cli.archfixture.RawJsonReports$WritesEvaluationRaw"),
        Arguments.of(
            "generatedImmutablesAreNotPublic",
            ArchitectureTest.generatedImmutablesAreNotPublic,
            CORE + "ImmutableLeak"),
        Arguments.of(
            "generatedValuesKeepTheirCollectionsOrder",
            ArchitectureTest.generatedValuesKeepTheirCollectionsOrder,
            CORE + "ImmutableUnorderedMap"),
        Arguments.of(
            "generatedValuesKeepTheirCollectionsOrder",
            ArchitectureTest.generatedValuesKeepTheirCollectionsOrder,
            CORE + "ImmutableUnorderedSet"),
        Arguments.of(
            "enginesAreNotPublic", ArchitectureTest.enginesAreNotPublic, CORE + "LeakyEngine"),
        Arguments.of(
            "enginesAreNotPublic", ArchitectureTest.enginesAreNotPublic, CORE + "LeakyCodec"),
        Arguments.of(
            "enginesAreNotPublic", ArchitectureTest.enginesAreNotPublic, CORE + "LeakyValidator"),
        Arguments.of(
            "enginesAreNotPublic", ArchitectureTest.enginesAreNotPublic, CORE + "StrictParser"),
        Arguments.of(
            "publicSignaturesNameNoGuavaOrJacksonType",
            ArchitectureTest.publicSignaturesNameNoGuavaOrJacksonType,
            CORE + "ReturnsGuava"),
        Arguments.of(
            "publicSignaturesNameNoGuavaOrJacksonType",
            ArchitectureTest.publicSignaturesNameNoGuavaOrJacksonType,
            CORE + "TakesJackson"),
        Arguments.of(
            "libraryNeverReadsTheClock",
            ArchitectureTest.libraryNeverReadsTheClock,
            CORE + "ReadsMillis"),
        Arguments.of(
            "libraryNeverReadsTheClock",
            ArchitectureTest.libraryNeverReadsTheClock,
            CORE + "ReadsInstantNow"),
        Arguments.of(
            "libraryNeverReadsTheClock",
            ArchitectureTest.libraryNeverReadsTheClock,
            CORE + "ReadsNanos"),
        Arguments.of(
            "libraryNeverReadsTheClock",
            ArchitectureTest.libraryNeverReadsTheClock,
            CORE + "TakesAnInstantSource"),
        Arguments.of(
            "libraryNeverReadsTheClock",
            ArchitectureTest.libraryNeverReadsTheClock,
            CORE + "HoldsAClock"),
        Arguments.of(
            "undefinedFiguresAreCoefficientsNotOptionalDoubles",
            ArchitectureTest.undefinedFiguresAreCoefficientsNotOptionalDoubles,
            CORE + "ReturnsOptionalDouble"),
        Arguments.of(
            "publicTypesHaveNoGuavaOrJacksonSupertype",
            ArchitectureTest.publicTypesHaveNoGuavaOrJacksonSupertype,
            CORE + "ForwardsAGuavaList"));
  }

  /** The package-cycle rule fails on two packages that use each other, and names both. */
  @Test
  void noPackageCyclesFailsOnTwoPackagesThatUseEachOther() {
    JavaClasses both =
        new ClassFileImporter()
            .importClasses(
                dev.rubric.core.archfixture.cycle.a.UsesB.class,
                dev.rubric.core.archfixture.cycle.b.UsesA.class);
    EvaluationResult result = ArchitectureTest.noPackageCycles.evaluate(both);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("dev.rubric.core.archfixture.cycle.a.UsesB")
        .contains("dev.rubric.core.archfixture.cycle.b.UsesA");
  }

  @ParameterizedTest(name = "{0} fails on {2}")
  @MethodSource("violations")
  void ruleReportsTheViolatingClass(String name, ArchRule rule, String violator) throws Exception {
    EvaluationResult result = rule.evaluate(classes(violator));

    assertThat(result.hasViolation()).as(name).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(violator));
  }

  private static JavaClasses classes(String name) throws ClassNotFoundException {
    return new ClassFileImporter().importClasses(Class.forName(name));
  }
}
