package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
  @Test
  void decodesUtf8AcrossBufferBoundaries() throws IOException {
    // 'é' (2 bytes), '€' (3) and an emoji (4) cut at every place by 64 KiB buffers and by a
    // stream that gives one byte at a time.
    String text = "a".repeat(65_535) + "é€\uD83D\uDE00".repeat(30_000) + "z";
    assertThat(readAll(new ByteArrayInputStream(text.getBytes(UTF_8)))).isEqualTo(text);
    assertThat(readAll(oneByteAtATime(text.getBytes(UTF_8)))).isEqualTo(text);
  }

  @Test
  void givesEveryCharacterBeforeTheFirstBadByteThenNamesItsOffset() throws IOException {
    byte[] bytes = bytes("unit,a,b\nu1,", 0xFF, "2\n");
    try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[100];
      assertThat(new String(buffer, 0, reader.read(buffer))).isEqualTo("unit,a,b\nu1,");
      assertThatThrownBy(() -> reader.read(buffer))
          .isInstanceOf(Utf8Reader.NotUtf8.class)
          .hasMessage(
              "the byte 0xff at offset 12 does not start or continue a well-formed UTF-8"
                  + " character");
      // It stays at the fault.
      assertThatThrownBy(() -> reader.read(buffer)).isInstanceOf(Utf8Reader.NotUtf8.class);
    }
  }

  @Test
  void findsABadByteFarIntoALargeStream() {
    byte[] bytes = bytes("x".repeat(200_000), 0x80, "y".repeat(10));
    assertThatThrownBy(() -> readAll(oneByteAtATime(bytes)))
        .hasMessageStartingWith("the byte 0x80 at offset 200000 ");
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes)))
        .hasMessageStartingWith("the byte 0x80 at offset 200000 ");
  }

  @Test
  void refusesEncodedSurrogatesOverlongFormsAndCutOffSequences() {
    // CESU-8: U+D800 encoded as if it were a character.
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("ab", 0xED, 0xA0, 0x80))))
        .hasMessageStartingWith("the byte 0xed at offset 2 ");
    // An overlong '/'.
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("ab", 0xC0, 0xAF))))
        .hasMessageStartingWith("the byte 0xc0 at offset 2 ");
    // A euro sign cut off by the end of the stream.
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("abc", 0xE2, 0x82))))
        .hasMessageStartingWith("the byte 0xe2 at offset 3 ");
  }

  @Test
  void refusesUtf16AndUtf32WithOrWithoutAByteOrderMark() {
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("", 0xFF, 0xFE, 'u', 0))))
        .hasMessage("the byte 0xff at offset 0 starts a UTF-16 or UTF-32 byte-order mark");
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("", 0xFE, 0xFF, 0, 'u'))))
        .hasMessage("the byte 0xfe at offset 0 starts a UTF-16 or UTF-32 byte-order mark");
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream("unit".getBytes(UTF_16LE))))
        .hasMessage(
            "a zero byte at offset 1, as UTF-16 and UTF-32 text have beside every ASCII"
                + " character");
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("", 0, 0, 0xFE, 0xFF))))
        .hasMessageStartingWith("a zero byte at offset 0,");
    // A sequence cut off by a zero byte is the fault, not the zero byte after it.
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes("ab", 0xE2, 0x82, 0, 'c'))))
        .hasMessageStartingWith("the byte 0xe2 at offset 2 ");
  }

  private static String readAll(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader reader = new Utf8Reader(in)) {
      char[] buffer = new char[7_001];
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  private static byte[] bytes(String before, int... then) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    for (int b : then) {
      out.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String before, int bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    out.write(bad);
    out.writeBytes(after.getBytes(UTF_8));
    return out.toByteArray();
  }

  private static InputStream oneByteAtATime(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }
}
