package dev.rubric.core.internal.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreesTest {
  @Test
  void aDocumentRefusedWhileItsTreeIsBuiltGivesNoTree() {
    // Parses into a tree, but the string holds a lone surrogate: refused at its path.
    List<Problem> sink = new ArrayList<>();

    assertThat(JsonTrees.parse("{\"planId\": \"x\\ud800\"}".getBytes(UTF_8), sink)).isNull();
    assertThat(sink)
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_ENCODING, "/planId"));
  }

  @Test
  void aWellFormedDocumentGivesItsTreeAndNoProblem() {
    List<Problem> sink = new ArrayList<>();

    assertThat(JsonTrees.parse("{\"a\": [1, 2]}".getBytes(UTF_8), sink)).isNotNull();
    assertThat(sink).isEmpty();
  }

  @Test
  void problemsAlreadyInTheSinkDoNotRefuseTheDocument() {
    List<Problem> sink = new ArrayList<>(List.of(Problem.error("X", "", "Earlier.")));

    assertThat(JsonTrees.parse("[]".getBytes(UTF_8), sink)).isNotNull();
  }
}
