package dev.rubric.core.json;

import com.google.common.testing.EqualsTester;
import dev.rubric.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of {@link ReadResult} and {@link JsonLimits}, checked with {@link EqualsTester}. */
class ValueEqualityTest {
  @Test
  void readResult() {
    Problem missing = Problem.error("JSON_MISSING_FIELD", "/id", "id is missing.");
    new EqualsTester()
        .addEqualityGroup(ReadResult.of("plan"), ReadResult.of("plan"))
        .addEqualityGroup(ReadResult.of("other"))
        .addEqualityGroup(ReadResult.failed(List.of(missing)), ReadResult.failed(List.of(missing)))
        .addEqualityGroup(
            ReadResult.failed(
                List.of(missing, Problem.error("JSON_INVALID_VALUE", "/x", "x is wrong."))))
        .testEquals();
  }

  @Test
  void jsonLimits() {
    new EqualsTester()
        .addEqualityGroup(
            JsonLimits.defaults(),
            JsonLimits.defaults(),
            JsonLimits.defaults().withMaxNestingDepth(JsonLimits.DEFAULT_MAX_NESTING_DEPTH))
        .addEqualityGroup(JsonLimits.defaults().withMaxDocumentBytes(1024))
        .addEqualityGroup(JsonLimits.defaults().withMaxNestingDepth(8))
        .addEqualityGroup(JsonLimits.defaults().withMaxStringLength(100))
        .addEqualityGroup(JsonLimits.defaults().withMaxNumberLength(10))
        .addEqualityGroup(JsonLimits.defaults().withMaxNameLength(10))
        .addEqualityGroup(JsonLimits.defaults().withMaxArrayElements(10))
        .testEquals();
  }
}
