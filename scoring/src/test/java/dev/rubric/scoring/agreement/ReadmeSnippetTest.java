package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Measuring agreement" snippets compile, run, and appear verbatim there. */
class ReadmeSnippetTest {

  @Test
  void agreementSnippet() {
    // snippet:agreement start
    int no = Ratings.MISSING; // a rater who gave no rating
    int[][] unitsByRaters = {
      {1, 1, no, 1},
      {2, 2, 3, 2},
      {3, 3, 3, 3},
      {3, 3, 3, 3},
      {2, 2, 2, 2},
      {1, 2, 3, 4},
      {4, 4, 4, 4},
      {1, 1, 2, 1},
      {2, 2, 2, 2},
      {no, 5, 5, 5},
      {no, no, 1, 1},
      {no, no, 3, no}
    };
    AlphaResult result = KrippendorffAlpha.ordinal().compute(unitsByRaters);
    double alpha = result.alpha().orElse(Double.NaN); // 0.815
    // Or stream units in one pass and merge partial results, in parallel if you like:
    AlphaResult same =
        Arrays.stream(unitsByRaters).parallel().collect(KrippendorffAlpha.ordinal().collector());
    // snippet:agreement end
    assertThat(alpha).isCloseTo(0.815387503754881, within(1e-12));
    assertThat(same).isEqualTo(result);
  }

  @Test
  void anUndefinedFSnippet() {
    // snippet:ftest start
    int[][] perfectAgreement = {{1, 1}, {3, 3}, {2, 2}};
    FTest test =
        IntraclassCorrelation.of()
            .compute(perfectAgreement)
            .get(IccForm.ICC_1_1)
            .test()
            .orElseThrow();
    String whyNoF =
        test.f().undefinedReason().map(Enum::name).orElse("defined"); // NO_ERROR_VARIANCE
    double p = test.pValue().value(); // 0.0
    // snippet:ftest end
    assertThat(whyNoF).isEqualTo("NO_ERROR_VARIANCE");
    assertThat(p).isZero();
  }

  @Test
  void readmeHoldsTheSnippetsVerbatim() throws Exception {
    Path source = Path.of("src/test/java/dev/rubric/scoring/agreement/ReadmeSnippetTest.java");
    Path readme = Path.of("..", "README.md");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String stripped = text.lines().map(String::strip).collect(Collectors.joining("\n"));
    for (String name : List.of("agreement", "ftest")) {
      // Split so that the markers occur once in this file.
      int start = indexOf(lines, "// snippet:" + name + " " + "start");
      int end = indexOf(lines, "// snippet:" + name + " " + "end");
      String snippet =
          lines.subList(start + 1, end).stream()
              .map(String::strip)
              .collect(Collectors.joining("\n"));

      assertThat(stripped).as(name).contains(snippet);
    }
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
