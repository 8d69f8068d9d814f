package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed example files are exactly what the Java sources write, and the classpath copies are
 * the same bytes. After changing the rubric, the candidates or the generator, regenerate them with
 * {@code mvn -B -ntp -pl examples -am test -Drubric.examples.write=true -Dtest=ExampleFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class ExampleFilesTest {
  private static final boolean WRITE = Boolean.getBoolean("rubric.examples.write");
  private static final RubricJson JSON = RubricJson.standard();

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("plans/ml-engineer.json", JSON.writePlan(MlEngineerRubric.plan())),
        Arguments.of(
            "candidates/" + SampleCandidates.T_SHAPED_ENGINEER_FILE,
            JSON.writeScorecards(SampleCandidates.tShapedEngineer())),
        Arguments.of(
            "candidates/" + SampleCandidates.RESEARCHER_FILE,
            JSON.writeScorecards(SampleCandidates.researcherWhoCannotShip())),
        Arguments.of(
            "candidates/" + SampleCandidates.SPLIT_PANEL_FILE,
            JSON.writeScorecards(SampleCandidates.splitPanel())),
        Arguments.of("data/history.json", JSON.writeScorecards(HistoryGenerator.generate())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void committedFileIsWhatTheJavaSourceWrites(String file, String expected) throws IOException {
    Path path = Paths.get(file);
    if (WRITE) {
      Files.createDirectories(Objects.requireNonNull(path.getParent()));
      Files.writeString(path, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void classpathCopyHasTheSameBytes(String file, String expected) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/dev/rubric/examples/" + file)) {
      assertThat(in).as("classpath resource for %s", file).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }
}
