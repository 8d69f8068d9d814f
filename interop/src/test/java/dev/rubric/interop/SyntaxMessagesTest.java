package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by a review: a Greenhouse payload with {@code "id": +1} was refused with Jackson's advice
 * to enable {@code JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS}. Every importer and the
 * mapping reader speak of the document only.
 */
class SyntaxMessagesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": +1}",
        "{\"id\": 01}",
        "{\"id\": NaN}",
        "{\"id\": -Infinity}",
        "{'id': 1}",
        "{id: 1}",
        "// c\n{\"id\": 1}",
        "{\"id\": [1,]}",
        "{\"id\": 1,}",
        "{\"id\": \"a\tb\"}",
        "{\"id\": \"\\q\"}",
        "{\"id\": 1} {}",
        "{\"id\": \"open",
      })
  void noImporterGivesParserAdvice(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    for (AtsVendor vendor : AtsVendor.values()) {
      ImportMapping forVendor = GreenhouseImportTest.mapping().vendor(vendor).build();
      List<Problem> found = vendor.importer(forVendor).importScorecards(bytes).problems();
      assertThat(found).as("%s", vendor).isNotEmpty();
      problems.addAll(found);
    }
    List<Problem> mappingProblems = ImportMapping.fromJson(bytes).problems();
    assertThat(mappingProblems).isNotEmpty();
    problems.addAll(mappingProblems);
    for (Problem problem : problems) {
      assertThat(problem.message())
          .doesNotContainIgnoringCase("enable")
          .doesNotContain("Feature", "Jackson", "jackson", "com.fasterxml", "`", "ALLOW_");
    }
  }

  /**
   * Found by a probe of the command line: a lone surrogate escape or a control character in a field
   * name of a payload or mapping was reported at the field before it ({@code /candidate_id}, {@code
   * /planFingerprint}), which holds nothing wrong. It is located at the object holding the name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"k\\udc00", "k\\ud800", "k\u0002", "k\\q"})
  void aFaultInAFieldNameIsLocatedAtItsObject(String name) {
    byte[] payload =
        ("[{\"candidate_id\": 1234, \"" + name + "\": 1}]").getBytes(StandardCharsets.UTF_8);
    for (AtsVendor vendor : AtsVendor.values()) {
      ImportMapping forVendor = GreenhouseImportTest.mapping().vendor(vendor).build();
      assertThat(vendor.importer(forVendor).importScorecards(payload).problems())
          .as("%s", vendor)
          .singleElement()
          .satisfies(p -> assertThat(p.path()).isEqualTo("/0"));
    }
    byte[] mapping =
        ("{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:x\", \"" + name + "\": 1}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ImportMapping.fromJson(mapping).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEmpty());
  }
}
