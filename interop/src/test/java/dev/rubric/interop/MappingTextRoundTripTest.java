package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Recommendation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Law: {@link ImportMapping#toJson()} writes back every string the mapping reader accepts (emoji,
 * characters outside the Basic Multilingual Plane, escapes, and control characters where the reader
 * takes them: in vendor keys and names, never in the ids a mapping maps to), as keys and as values.
 */
class MappingTextRoundTripTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "emoji \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD",
        "astral \uD835\uDD04 \uD840\uDC00",
        "quotes \" backslash \\ slash / tilde ~",
        "日本語"
      })
  void everyTextIsWrittenBack(String text) {
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .planFingerprint("sha256:" + text)
            .competency(text, "model-serving")
            .ignore(text + " ignored")
            .seat(text, text)
            .defaultSeat(text)
            .ratingLevel(text, 3)
            .putRecommendations(text, Recommendation.YES)
            .recommendationField(text + " recommendation")
            .addEvidenceFields(text + " evidence")
            .putCandidates(text, text)
            .putInterviewers(text, text)
            .build();
    byte[] json = mapping.toJson().getBytes(StandardCharsets.UTF_8);
    assertThat(ImportMapping.fromJson(json).orElseThrow()).isEqualTo(mapping);
  }

  @ParameterizedTest
  @ValueSource(strings = {"controls \n\t\u0000\u001b\u2028\u202e", "bidi \u202e\u2066 marks"})
  void controlCharactersInVendorKeysAreWrittenBack(String text) {
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .planFingerprint("sha256:ab")
            .competency(text, "model-serving")
            .ignore(text + " ignored")
            .seat(text, "deployment")
            .ratingLevel(text, 3)
            .putRecommendations(text, Recommendation.YES)
            .recommendationField(text + " recommendation")
            .addEvidenceFields(text + " evidence")
            .build();
    byte[] json = mapping.toJson().getBytes(StandardCharsets.UTF_8);
    assertThat(ImportMapping.fromJson(json).orElseThrow()).isEqualTo(mapping);
  }
}
