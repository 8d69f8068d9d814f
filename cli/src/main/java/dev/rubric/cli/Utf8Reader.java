package dev.rubric.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a stream of UTF-8 bytes, a buffer at a time, and stops at the first byte that is not part
 * of well-formed UTF-8: every character before that byte is read first, then the next read throws
 * {@link NotUtf8} with the byte and its offset, so the reader of the characters knows where in its
 * text the fault lies (its line and cell). Memory stays at two 64 KiB buffers whatever the size of
 * the stream.
 *
 * <p>A zero byte is refused too: UTF-8 text has none, while UTF-16 and UTF-32 text without a
 * byte-order mark have one beside every ASCII character. Malformed UTF-8 is what {@link
 * StandardCharsets#UTF_8} refuses: a stray continuation byte, an overlong form, an encoded
 * surrogate (CESU-8), a sequence cut off by the end of the stream. Not thread-safe: one reader per
 * stream.
 */
final class Utf8Reader extends Reader {
  private static final int BUFFER = 64 * 1024;

  /** The first byte of the stream that is not UTF-8 text; the message names it and its offset. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    private final String why;

    NotUtf8(String why) {
      super(why);
      this.why = why;
    }

    /** What is wrong, in words: the byte and its offset. */
    String why() {
      return why;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();

  /** The offset in the stream of {@code bytes}' index 0. */
  private long base;

  /** The offset of the first zero byte read, or -1. */
  private long zero = -1;

  private boolean endOfStream;
  private boolean done;
  private @Nullable NotUtf8 fault;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (fault != null) {
        throw fault;
      }
      if (done) {
        return -1;
      }
      decode();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next characters into {@link #chars}, reading bytes as needed. */
  private void decode() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && fault == null && !done) {
        // Once a zero byte is read no more bytes are: it is in the buffer.
        boolean zeroHere = zero >= 0;
        int limit = bytes.limit();
        if (zeroHere) {
          // Decode up to the zero byte as if the stream ended there: a sequence it cuts off is
          // malformed, and the zero byte is the fault only when all before it is well formed.
          bytes.limit((int) (zero - base));
        }
        CoderResult result = decoder.decode(bytes, chars, endOfStream || zeroHere);
        int stop = bytes.position();
        bytes.limit(limit);
        if (result.isError()) {
          fault = malformed(base + stop, bytes.get(stop) & 0xFF);
        } else if (result.isUnderflow()) {
          if (zeroHere) {
            fault =
                new NotUtf8(
                    String.format(
                        Locale.ROOT,
                        "a zero byte at offset %d, as UTF-16 and UTF-32 text have beside every"
                            + " ASCII character",
                        zero));
          } else if (endOfStream) {
            done = true;
          } else {
            fill();
          }
        }
        // Overflow: the characters are full, hand them out first.
      }
    } finally {
      chars.flip();
    }
  }

  /** Reads more bytes after the undecoded ones (at most 3: a sequence not yet complete). */
  private void fill() throws IOException {
    base += bytes.position();
    bytes.compact();
    int start = bytes.position();
    int n = in.read(bytes.array(), start, bytes.remaining());
    if (n < 0) {
      endOfStream = true;
    } else {
      bytes.position(start + n);
      if (zero < 0) {
        for (int i = start; i < start + n; i++) {
          if (bytes.get(i) == 0) {
            zero = base + i;
            break;
          }
        }
      }
    }
    bytes.flip();
  }

  private static NotUtf8 malformed(long offset, int value) {
    String why =
        offset == 0 && (value == 0xFF || value == 0xFE)
            ? String.format(
                Locale.ROOT,
                "the byte 0x%02x at offset 0 starts a UTF-16 or UTF-32 byte-order mark",
                value)
            : String.format(
                Locale.ROOT,
                "the byte 0x%02x at offset %d does not start or continue a well-formed UTF-8"
                    + " character",
                value,
                offset);
    return new NotUtf8(why);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
