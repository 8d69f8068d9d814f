package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.JSON_ENCODING;

import dev.rubric.core.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rubric's JSON is UTF-8, and only text that UTF-8 can carry reads: the checks that make every
 * string a reader accepts one that every writer writes back unchanged. Stateless and thread-safe.
 */
public final class Utf8Text {
  private static final String SAVE_AS = " Save the document as UTF-8 (without a byte-order mark).";

  private Utf8Text() {}

  /**
   * The {@code JSON_ENCODING} problem of {@code bytes} when they are not UTF-8, else null. A JSON
   * text starts with an ASCII character, so UTF-16 and UTF-32 show a zero byte among the first two
   * even without a byte-order mark. A UTF-8 byte-order mark is allowed. Malformed UTF-8 (a stray
   * continuation byte, an overlong form, an encoded surrogate, a cut-off sequence) is located by
   * its byte offset.
   *
   * @param bytes the document
   * @return the problem, or null when the bytes are UTF-8
   */
  public static @Nullable Problem problem(byte[] bytes) {
    String utf = bom(bytes);
    if (utf != null) {
      return Problem.error(
          JSON_ENCODING, "", "The document is not UTF-8: it starts with a " + utf + SAVE_AS);
    }
    if ((bytes.length > 0 && bytes[0] == 0) || (bytes.length > 1 && bytes[1] == 0)) {
      return Problem.error(
          JSON_ENCODING,
          "",
          "The document is not UTF-8: it looks like UTF-16 or UTF-32 (a zero byte among its first"
              + " characters)."
              + SAVE_AS);
    }
    int bad = firstMalformed(bytes);
    if (bad >= 0) {
      return Problem.error(
          JSON_ENCODING,
          "",
          String.format(
              Locale.ROOT,
              "The document is not UTF-8: the byte 0x%02x at offset %d does not start or continue"
                  + " a well-formed UTF-8 character.%s",
              bytes[bad] & 0xFF,
              bad,
              SAVE_AS));
    }
    return null;
  }

  private static @Nullable String bom(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return "UTF-32 (big-endian) byte-order mark.";
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32 (little-endian) byte-order mark.";
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return "UTF-16 (big-endian) byte-order mark.";
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return "UTF-16 (little-endian) byte-order mark.";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
  private static int firstMalformed(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && bytes[i] >= 0) {
      i++; // ASCII: the usual document is all of it
    }
    if (i == bytes.length) {
      return -1;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, i, bytes.length - i);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        return r.isError() ? in.position() : -1;
      }
      out.clear(); // overflow: only validity matters, not the characters
    }
  }

  /**
   * The index of the first surrogate in {@code s} that is not half of a pair, or -1.
   *
   * @param s the text
   * @return the index, or -1
   */
  public static int loneSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s} holds any surrogate at all: a cheap first look before {@link #loneSurrogate}.
   */
  static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The UTF-8 bytes of {@code json}, or null when it holds a lone surrogate, which {@link
   * String#getBytes} would silently turn into {@code ?}.
   *
   * @param json the text
   * @return its UTF-8 bytes, or null
   */
  public static byte @Nullable [] encode(String json) {
    if (!hasSurrogate(json)) {
      return json.getBytes(StandardCharsets.UTF_8);
    }
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = encoder.encode(CharBuffer.wrap(json));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The problem of a string given to a reader that holds a lone surrogate.
   *
   * @param json the text
   * @return a {@code JSON_ENCODING} error locating the surrogate
   */
  public static Problem unencodable(String json) {
    return Problem.error(
        JSON_ENCODING,
        "",
        String.format(
            Locale.ROOT,
            "The text holds a lone surrogate (\\u%04x) at character %d; it is not Unicode text"
                + " and cannot be read as UTF-8.",
            (int) json.charAt(loneSurrogate(json)),
            loneSurrogate(json)));
  }

  /** The problem of a string or field name holding a lone surrogate, at {@code path}. */
  static Problem loneSurrogateAt(String path, String text, boolean fieldName) {
    int at = loneSurrogate(text);
    return Problem.error(
        JSON_ENCODING,
        path,
        String.format(
            Locale.ROOT,
            "The %s holds a lone surrogate (\\u%04x) at character %d; it is not Unicode text and"
                + " cannot be written back as UTF-8. Escape a character outside the Basic"
                + " Multilingual Plane as a pair (\\ud83d\\ude00), or write it as it is.",
            fieldName ? "field name" : "string",
            (int) text.charAt(at),
            at));
  }
}
