package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {
  @Test
  void anAmbiguousSpaceIsDescribedByWhereAndWhatItIs() {
    assertThat(VisibleText.ambiguousSpace(" iv-01", VisibleText.indexOfAmbiguousSpace(" iv-01")))
        .isEqualTo("begins with a space");
    assertThat(VisibleText.ambiguousSpace("iv-01 ", VisibleText.indexOfAmbiguousSpace("iv-01 ")))
        .isEqualTo("ends with a space");
    assertThat(VisibleText.ambiguousSpace("iv\u00a001", 2))
        .isEqualTo(
            "holds the space U+00A0 at character 2; use a plain space inside an id, none at its"
                + " ends");
    assertThat(VisibleText.indexOfAmbiguousSpace("iv 01")).isEqualTo(-1);
  }

  @Test
  void plainTextIsKeptAsItIs() {
    String text = "iv-07 Zoë 日本 😀 C:\\path";
    assertThat(VisibleText.of(text)).isSameAs(text);
    assertThat(VisibleText.hasHidden(text)).isFalse();
  }

  @Test
  void lineBreaksAndEscapeSequencesBecomeVisible() {
    String spoof = "iv-0\n\nDECISION: HIRE\r\t\u001b[2J";
    assertThat(VisibleText.of(spoof)).isEqualTo("iv-0\\n\\nDECISION: HIRE\\r\\t\\u001b[2J");
    assertThat(VisibleText.of(spoof)).doesNotContain("\n", "\r", "\u001b");
    assertThat(VisibleText.hasHidden(spoof)).isTrue();
  }

  @Test
  void deleteC1ControlsAndBidirectionalFormattingAreEscaped() {
    assertThat(VisibleText.of("a\u007fb\u0085c\u009bd")).isEqualTo("a\\u007fb\\u0085c\\u009bd");
    for (char c :
        new char[] {
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
          0x061C, 0x2028, 0x2029
        }) {
      assertThat(VisibleText.of("x" + c + "y"))
          .isEqualTo("x\\u" + String.format("%04x", (int) c) + "y");
    }
  }

  @Test
  void zeroWidthAndOtherInvisibleFormattingCharactersAreEscaped() {
    // Each would let two ids print alike or hide text in a report line.
    for (char c : new char[] {0x200B, 0x200C, 0x200D, 0x2060, 0x2064, 0xFEFF, 0x00AD, 0x180E}) {
      assertThat(VisibleText.of("x" + c + "y"))
          .isEqualTo("x\\u" + String.format("%04x", (int) c) + "y");
      assertThat(VisibleText.indexOfHidden("ab" + c)).isEqualTo(2);
    }
  }

  /**
   * Every Default_Ignorable_Code_Point of Unicode 15.1 (DerivedCoreProperties.txt), whatever its
   * category, and the characters that render as a blank without being white space: each would let
   * {@code "cand-casey"} and {@code "cand-casey\u034f"} print alike.
   */
  @Test
  void defaultIgnorableAndBlankRenderingCharactersAreEscaped() {
    int[][] ranges = {
      {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160},
      {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E},
      {0x2060, 0x206F}, {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
      {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
      {0xE0000, 0xE0FFF}, {0x2800, 0x2800}
    };
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        String ch = new String(Character.toChars(c));
        StringBuilder escaped = new StringBuilder();
        for (int k = 0; k < ch.length(); k++) {
          escaped.append(String.format("\\u%04x", (int) ch.charAt(k)));
        }
        assertThat(VisibleText.of("id" + ch + "z")).as("U+%04X", c).isEqualTo("id" + escaped + "z");
        assertThat(VisibleText.indexOfHidden("id" + ch)).as("U+%04X", c).isEqualTo(2);
      }
    }
    // Visible neighbours are kept: a combining accent, a Hangul syllable, a braille dot pattern.
    assertThat(VisibleText.of("e\u0301 \uAC00 \u2801 \u1161"))
        .isEqualTo("e\u0301 \uAC00 \u2801 \u1161");
  }

  @Test
  void invisibleCharactersOutsideTheBasicPlaneAreEscapedAsTheirSurrogates() {
    // U+E0041 TAG LATIN CAPITAL LETTER A: invisible, used to smuggle text past a reader.
    String tagged = "iv-1" + new String(Character.toChars(0xE0041));
    assertThat(VisibleText.of(tagged)).isEqualTo("iv-1\\udb40\\udc41");
    assertThat(VisibleText.indexOfHidden(tagged)).isEqualTo(4);
    assertThat(VisibleText.of("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
  }

  @Test
  void loneSurrogatesAreEscapedAndPairsKept() {
    assertThat(VisibleText.of("c\ud800")).isEqualTo("c\\ud800");
    assertThat(VisibleText.of("\udc00c")).isEqualTo("\\udc00c");
    assertThat(VisibleText.of("\ud83d\ude00\n")).isEqualTo("\ud83d\ude00\\n");
  }

  @Test
  void everyCharacterOfTheResultIsPrintable() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      all.append(c);
    }
    String shown = VisibleText.of(all);
    assertThat(VisibleText.hasHidden(shown)).isFalse();
    assertThat(shown.chars().filter(Character::isISOControl).count()).isZero();
  }

  @Test
  void problemLinesShowTheirInputVisibly() {
    Problem p =
        Problem.error(
            ProblemCodes.JSON_UNKNOWN_FIELD,
            "/ti\u001b[2Jtel",
            "Unknown field 'ti\u001b[2Jtel'\nX");
    assertThat(p.toString())
        .isEqualTo(
            "ERROR JSON_UNKNOWN_FIELD at /ti\\u001b[2Jtel: Unknown field 'ti\\u001b[2Jtel'\\nX");
    assertThat(p.path()).isEqualTo("/ti\u001b[2Jtel");
  }

  @Test
  void unambiguousTellsATypedEscapeFromTheCharacterItNames() {
    String typed = "Asian\\u200b";
    String real = "Asian\u200b";
    assertThat(typed).hasSize(11);
    assertThat(VisibleText.of(typed)).isEqualTo(VisibleText.of(real)); // why of is not enough
    assertThat(VisibleText.unambiguous(typed)).isEqualTo("Asian\\\\u200b");
    assertThat(VisibleText.unambiguous(real)).isEqualTo("Asian\\u200b");
    assertThat(VisibleText.unambiguous("a\\nb")).isEqualTo("a\\\\nb");
    assertThat(VisibleText.unambiguous("a\nb")).isEqualTo("a\\nb");
    // A backslash before an escaped character or another backslash is doubled too.
    assertThat(VisibleText.unambiguous("a\\\n")).isEqualTo("a\\\\\\n");
    assertThat(VisibleText.unambiguous("a\\\\n")).isEqualTo("a\\\\\\\\n");
    // Elsewhere a backslash reads as itself: paths are unchanged.
    String path = "C:\\Users\\ana\\Documents\\x.json";
    assertThat(VisibleText.unambiguous(path)).isEqualTo(path);
    assertThat(VisibleText.unambiguous("ends with \\")).isEqualTo("ends with \\");
    String plain = "iv-07 Zo\u00eb";
    assertThat(VisibleText.unambiguous(plain)).isSameAs(plain);
  }

  /** Every text over a small alphabet rich in escapes is shown differently from every other. */
  @Test
  void unambiguousIsOneToOne() {
    char[] alphabet = {'\\', 'u', 'n', 't', 'r', '0', '2', 'b', '\n', '\t', '\u200b', 'x'};
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(""));
    for (int length = 1; length <= 4; length++) {
      java.util.List<String> longer = new java.util.ArrayList<>();
      for (String t : texts) {
        if (t.length() == length - 1) {
          for (char c : alphabet) {
            longer.add(t + c);
          }
        }
      }
      texts.addAll(longer);
    }
    texts.add("\\u200b");
    for (String t : texts) {
      String shown = VisibleText.unambiguous(t);
      assertThat(VisibleText.hasHidden(shown)).isFalse();
      String before = seen.put(shown, t);
      assertThat(before).as("%s and %s both show as %s", before, t, shown).isNull();
      assertThat(read(shown)).isEqualTo(t);
    }
  }

  /** Reads a shown text back by the rule {@link VisibleText#unambiguous} documents. */
  private static String read(String shown) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      char next = i + 1 < shown.length() ? shown.charAt(i + 1) : 0;
      if (c != '\\') {
        out.append(c);
      } else if (next == '\\') {
        out.append('\\');
        i++;
      } else if (next == 'n' || next == 'r' || next == 't') {
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : '\t');
        i++;
      } else if (next == 'u') {
        out.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append('\\');
      }
    }
    return out.toString();
  }
}
