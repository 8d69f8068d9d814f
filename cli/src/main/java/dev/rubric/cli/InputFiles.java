package dev.rubric.cli;

import dev.rubric.core.VisibleText;
import dev.rubric.core.json.JsonLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads the commands' input files; every failure is one {@link InputRejected} line naming the file.
 *
 * <p>An input must be a regular file (a symbolic link to one is followed): a directory, a FIFO, a
 * device or a socket is refused before it is opened, so {@code /dev/zero} or a named pipe never
 * blocks or floods the command. The size limit applies before reading (the file's size) and while
 * reading (at most {@code maxBytes + 1} bytes are ever read), so a file that grows while it is read
 * cannot exceed it either. Stateless and thread-safe.
 */
final class InputFiles {
  /** The limit of {@link #read(String)}: the JSON document limit, 16 MiB. */
  static final int MAX_BYTES = JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  private InputFiles() {}

  /** The bytes of {@code name}, at most {@link #MAX_BYTES}, or a one-line rejection naming it. */
  static byte[] read(String name) {
    return read(name, MAX_BYTES);
  }

  /**
   * The bytes of the regular file {@code name}, at most {@code maxBytes} of them, or a one-line
   * rejection naming it.
   *
   * @throws InputRejected when the file is missing, not a regular file, unreadable or too large
   */
  static byte[] read(String name, long maxBytes) {
    Path path = regularFile(name, maxBytes);
    try (InputStream in = Files.newInputStream(path)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer, 0, request(buffer.length, maxBytes - total))) > 0) {
        bytes.write(buffer, 0, n);
        total += n;
        if (total > maxBytes) {
          throw tooLarge(name, maxBytes);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  /**
   * A UTF-8 reader of the regular file {@code name} that refuses, with a one-line rejection, to
   * read more than {@code maxBytes} bytes. At the first byte that is not UTF-8 text it throws
   * {@link Utf8Reader.NotUtf8}, after every character before that byte, so the caller can say where
   * in its text the byte lies. The caller closes it.
   */
  static Reader reader(String name, long maxBytes) {
    Path path = regularFile(name, maxBytes);
    try {
      return new Utf8Reader(new BoundedInput(Files.newInputStream(path), name, maxBytes));
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  /** How many bytes to ask for: {@code length}, but never more than one past the limit. */
  private static int request(int length, long remaining) {
    return remaining >= length ? length : (int) remaining + 1;
  }

  /** {@code name} as a path to an existing regular file no larger than {@code maxBytes}. */
  static Path regularFile(String name, long maxBytes) {
    Path path = path(name, "read");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw failure(name, e);
    }
    if (!attributes.isRegularFile()) {
      throw new InputRejected(
          "cannot read " + shown(name) + ": " + kind(attributes) + ", not a regular file");
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(name, maxBytes);
    }
    return path;
  }

  /** {@code name} as a path, or a one-line rejection saying it cannot be one. */
  static Path path(String name, String verb) {
    if (name.isEmpty()) {
      // Paths.get("") is the working folder: say what the user gave instead of "a directory".
      throw new InputRejected("cannot " + verb + " '': the file name is empty");
    }
    if (verb.equals("write") && undecoded(name)) {
      // Written as given, the name would be another file's: U+FFFD stands for bytes the locale
      // could not decode, and it is encoded back as itself.
      throw notDecoded(name, verb);
    }
    try {
      return Paths.get(name);
    } catch (RuntimeException e) {
      if (undecoded(name) || !encodable(name)) {
        throw notDecoded(name, verb);
      }
      throw new InputRejected("cannot " + verb + " " + shown(name) + ": not a valid path");
    }
  }

  /**
   * Whether {@code name} holds U+FFFD, the replacement character the Java runtime puts for bytes of
   * a command-line argument that the locale's encoding cannot decode (a Latin-1 byte under a UTF-8
   * locale, any non-ASCII byte under {@code LANG=C}).
   */
  static boolean undecoded(String name) {
    return name.indexOf('\uFFFD') >= 0;
  }

  /** Whether {@code name} can be encoded in the encoding file names are written in. */
  private static boolean encodable(String name) {
    try {
      return java.nio.charset.Charset.forName(fileNameEncoding()).newEncoder().canEncode(name);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** The encoding the Java runtime gives file names and arguments, from the locale. */
  static String fileNameEncoding() {
    String jnu = System.getProperty("sun.jnu.encoding");
    return jnu != null ? jnu : java.nio.charset.Charset.defaultCharset().name();
  }

  /**
   * The locale that decides how arguments are decoded, as the environment sets it: {@code LC_ALL},
   * else {@code LC_CTYPE}, else {@code LANG}, else none.
   */
  static String localeSetting() {
    for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isEmpty()) {
        return variable + "=" + value;
      }
    }
    return "no locale set";
  }

  /**
   * The rejection of a file name that could not be decoded in the current locale: it names the
   * locale and its encoding and suggests a UTF-8 locale.
   */
  static InputRejected notDecoded(String name, String verb) {
    return new InputRejected(
        String.format(
            Locale.ROOT,
            "cannot %s %s: the file name could not be decoded in the current locale (%s, encoding"
                + " %s), so U+FFFD stands for its undecodable bytes; run rubric under a UTF-8"
                + " locale (LANG=C.UTF-8, say) and give the name in UTF-8, or rename the file",
            verb,
            shown(name),
            localeSetting(),
            fileNameEncoding()));
  }

  /** The file name as it may be printed: control characters shown as escapes. */
  static String shown(String name) {
    return VisibleText.of(name);
  }

  private static String kind(BasicFileAttributes attributes) {
    // Neither a regular file nor a directory: a FIFO, a device or a socket.
    return attributes.isDirectory() ? "a directory" : "a pipe, device or socket";
  }

  static InputRejected tooLarge(String name, long maxBytes) {
    long mib = 1024 * 1024;
    return new InputRejected(
        String.format(
            Locale.ROOT,
            "cannot read %s: larger than the limit of %d bytes%s",
            shown(name),
            maxBytes,
            maxBytes % mib == 0 ? " (" + maxBytes / mib + " MiB)" : ""));
  }

  static InputRejected failure(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return undecoded(name)
          ? notDecoded(name, "read")
          : new InputRejected("cannot read " + shown(name) + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new InputRejected("cannot read " + shown(name) + ": permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return new InputRejected(shown(name) + ": not UTF-8 text");
    }
    return new InputRejected("cannot read " + shown(name) + ": " + reason(e));
  }

  /**
   * Why a file operation failed, in words and without the exception's class name: the operating
   * system's reason for a file-system failure ({@code File name too long}, {@code Read-only file
   * system}), else the exception's message, else {@code input/output error}.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "the file already exists";
    }
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "input/output error";
    }
    String firstLine = OneLineErrors.oneLine(reason);
    return OneLineErrors.visible(
        firstLine.substring(0, 1).toLowerCase(Locale.ROOT) + firstLine.substring(1));
  }

  /** An input stream that fails with a one-line rejection once more than the limit is read. */
  private static final class BoundedInput extends InputStream {
    private final InputStream in;
    private final String name;
    private final long maxBytes;
    private long total;

    BoundedInput(InputStream in, String name, long maxBytes) {
      this.in = in;
      this.name = name;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int n = in.read(buffer, offset, request(length, maxBytes - total));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      total += n;
      if (total > maxBytes) {
        throw tooLarge(name, maxBytes);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
