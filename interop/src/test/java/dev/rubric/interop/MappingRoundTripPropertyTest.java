package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Recommendation;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Law: an import mapping's writer and reader agree. {@link ImportMapping#toJson()} of any mapping
 * that can be built, with hostile texts in every field (vendor keys holding controls, line breaks,
 * bidirectional overrides, quotes, backslashes, characters outside the Basic Multilingual Plane;
 * ids holding commas, quotes, slashes and formula leaders), is read back equal by {@link
 * ImportMapping#fromJson(String)}. A mapping the reader could not take back is refused where it is
 * made, with a message naming the value: an id holding a control or invisible formatting character
 * by the builder, a vendor key longer than a JSON field name may be by {@code toJson}.
 */
class MappingRoundTripPropertyTest {
  /** Characters a vendor key may hold: the reader takes any text as a key. */
  private static final List<String> KEY_CHARS =
      codePoints(
          "aZ1 ,\"\\/'=\n\r\t\u0000\u001b\u007f\u0085\u2028\u202e\u2066\u200b\ufeff\u00a0é"
              + "\uD83D\uDE00\uD835\uDD04日");

  /** Characters an id may hold: printable, no white space but a plain inner space. */
  private static final List<String> ID_CHARS = codePoints("az0-_.,\"'=+@/é\uD83D\uDE00日");

  /** What makes an id unreadable: control, invisible formatting, ambiguous space, not NFC. */
  private static final List<String> BAD_ID_CHARS =
      Stream.concat(
              codePoints("\n\u0000\u001b\u202e\u200b\ufeff\u2028\u00a0\u3000").stream(),
              Stream.of("e\u0301")) // not in normalization form C: prints like "\u00e9"
          .collect(Collectors.toList());

  private static List<String> codePoints(String text) {
    return text.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
  }

  static Gen<String> keys() {
    return Gen.lists(Gen.elements(KEY_CHARS), 0, 10).map(cs -> String.join("", cs));
  }

  static Gen<String> ids() {
    return Gen.lists(Gen.elements(ID_CHARS), 1, 8).map(cs -> String.join("", cs));
  }

  static Gen<ImportMapping> mappings() {
    Gen<Map<String, String>> keyToId = Gen.maps(keys(), ids(), 0, 4);
    Gen<Map<String, Integer>> levels = Gen.maps(keys(), Gen.integers(), 0, 4);
    Gen<Map<String, Recommendation>> recs =
        Gen.maps(keys(), Gen.elements(Recommendation.values()), 0, 3);
    Gen<ImportMapping.Builder> base =
        Gen.combine(
            Gen.elements(AtsVendor.values()),
            ids(),
            keyToId,
            // '#' is not a key character: the keys of each use stay apart (MAPPING_CONFLICT).
            Gen.sets(keys().map(k -> k + "#ignored"), 0, 3),
            keyToId,
            Gen.optionals(ids()),
            levels,
            (vendor, fingerprint, competencies, ignored, seats, defaultSeat, ratingLevels) -> {
              ImportMapping.Builder b = ImportMapping.builder();
              b.vendor(vendor);
              b.planFingerprint("sha256:" + fingerprint);
              b.putAllCompetencies(competencies);
              b.addAllIgnored(ignored);
              b.putAllSeats(seats);
              b.defaultSeat(defaultSeat);
              b.putAllRatingLevels(ratingLevels);
              return b;
            });
    return Gen.combine(
        base,
        recs,
        Gen.optionals(keys().map(k -> k + "#recommendation")),
        Gen.lists(keys().map(k -> k + "#evidence"), 0, 3),
        keyToId,
        keyToId,
        Gen.booleans(),
        (b, recommendations, recommendationField, evidence, candidates, interviewers, require) -> {
          b.putAllRecommendations(recommendations);
          b.recommendationField(recommendationField);
          b.addAllEvidenceFields(evidence);
          b.putAllCandidates(candidates);
          b.putAllInterviewers(interviewers);
          b.requireMappedIds(require);
          return b.build();
        });
  }

  @Property(tries = 600)
  void everyMappingThatCanBeBuiltIsReadBackEqual(@ForAll("mappings") ImportMapping mapping) {
    String json = mapping.toJson();
    assertThat(ImportMapping.fromJson(json).problems()).as(json).isEmpty();
    assertThat(ImportMapping.fromJson(json).orElseThrow()).isEqualTo(mapping);
  }

  static Gen<String> badIds() {
    return Gen.zip(ids(), Gen.elements(BAD_ID_CHARS), ids())
        .map(t -> t.first() + t.second() + t.third());
  }

  @Property(tries = 200)
  void anIdTheReaderWouldRefuseIsRefusedByTheBuilderNamingIt(@ForAll("badIds") String id) {
    for (String field : List.of("competencies", "seats", "candidates", "interviewers")) {
      ImportMapping.Builder b =
          ImportMapping.builder().vendor(AtsVendor.LEVER).planFingerprint("sha256:ab");
      switch (field) {
        case "competencies" -> b.competency("key", id);
        case "seats" -> b.seat("key", id);
        case "candidates" -> b.putCandidates("key", id);
        default -> b.putInterviewers("key", id);
      }
      assertThatThrownBy(b::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(field + "['key']");
    }
    assertThatThrownBy(
            () ->
                ImportMapping.builder()
                    .vendor(AtsVendor.LEVER)
                    .planFingerprint("sha256:ab")
                    .defaultSeat(id)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("defaultSeat");
  }

  @Property(tries = 50)
  void aVendorKeyLongerThanAFieldNameMayBeIsRefusedByToJsonNamingIt(@ForAll("keys") String key) {
    String longKey = key + "k".repeat(300);
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.GREENHOUSE)
            .planFingerprint("sha256:ab")
            .competency(longKey, "model-serving")
            .build();
    assertThatThrownBy(mapping::toJson)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the mapping")
        .hasMessageContaining("maxNameLength");
  }
}
