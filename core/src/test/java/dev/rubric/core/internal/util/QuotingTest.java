package dev.rubric.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuotingTest {
  @Test
  void aPlainIdIsPutInSingleQuotes() {
    assertThat(Quoting.quoted("iv-1")).isEqualTo("'iv-1'");
    assertThat(Quoting.quoted("")).isEqualTo("''");
  }

  @Test
  void quotesAndBackslashesInsideAreEscaped() {
    assertThat(Quoting.quoted("o'neil")).isEqualTo("'o\\'neil'");
    assertThat(Quoting.quoted("a\\b")).isEqualTo("'a\\\\b'");
    assertThat(Quoting.quoted("x' (seat) 4, 'y")).isEqualTo("'x\\' (seat) 4, \\'y'");
  }

  @Test
  void differentIdsNeverReadAlike() {
    List<String> ids =
        List.of("a", "a'", "a\\'", "a\\", "'a", "\\'a", "a' 'b", "a\\' \\'b", "a'b", "a\\'b", "");
    Set<String> printed = new HashSet<>();
    for (String id : ids) {
      assertThat(printed.add(Quoting.quoted(id))).as(id).isTrue();
    }
  }
}
