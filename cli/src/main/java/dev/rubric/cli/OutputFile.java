package dev.rubric.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a command's report to the file named by {@code --out}, so that a reader of that file sees
 * either its old content or the complete new report, never a part of it.
 *
 * <p>Refused, each with one {@link InputRejected} line and before anything is written: a path that
 * names one of the command's input files (compared as files, so another spelling, a link or a hard
 * link to an input is caught), and a path that exists but is not a regular file (a directory, a
 * symbolic link, a FIFO or a device). The report is written to a new temporary file beside the
 * target ({@code .NAME.RANDOM.tmp}, created with the usual permissions; a replaced file's
 * permissions are kept), flushed to the disk, then moved over the target atomically (or, where the
 * file system cannot move atomically, replacing it). When anything fails the old file is left as it
 * was and the temporary file is removed. Stateless and thread-safe.
 */
final class OutputFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes the content to an open stream; it may fail part way. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes {@code bytes} to the file {@code name}, replacing it atomically.
   *
   * @param name the output path, as the user gave it
   * @param inputs the paths of the command's input files, which must not be overwritten
   * @param bytes the complete content
   * @throws InputRejected when the path is an input, is not a regular file, or cannot be written
   */
  static void write(String name, List<String> inputs, byte[] bytes) {
    write(name, inputs, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code name}; see {@link #write(String, List, byte[])}.
   */
  static void write(String name, List<String> inputs, Content content) {
    Path target = InputFiles.path(name, "write");
    BasicFileAttributes existing = existing(target, name);
    refuseInputs(target, name, inputs);
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path fileName = absolute.getFileName();
    if (folder == null || fileName == null) {
      throw new InputRejected("cannot write " + InputFiles.shown(name) + ": not a file path");
    }
    if (!Files.isDirectory(folder)) {
      throw new InputRejected(
          "cannot write " + InputFiles.shown(name) + ": its folder does not exist");
    }
    Path temp = null;
    try {
      temp = createTemp(folder, fileName.toString());
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
        content.writeTo(out);
      }
      if (existing != null) {
        keepPermissions(target, temp);
      }
      move(temp, target);
      temp = null;
    } catch (AccessDeniedException e) {
      throw new InputRejected("cannot write " + InputFiles.shown(name) + ": permission denied");
    } catch (IOException e) {
      throw new InputRejected("cannot write " + InputFiles.shown(name) + ": " + writeReason(e));
    } catch (RuntimeException e) {
      if (e instanceof InputRejected rejected) {
        throw rejected;
      }
      throw new InputRejected(
          "cannot write " + InputFiles.shown(name) + ": " + OneLineErrors.describe(e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The write already failed and says so; a leftover temporary file is all we can leave.
        }
      }
    }
  }

  /** The attributes of the target when it exists (it must be a regular file), else null. */
  private static @org.jspecify.annotations.Nullable BasicFileAttributes existing(
      Path target, String name) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new InputRejected("cannot write " + InputFiles.shown(name) + ": " + writeReason(e));
    }
    if (!attributes.isRegularFile()) {
      String kind =
          attributes.isDirectory()
              ? "a directory"
              : attributes.isSymbolicLink() ? "a symbolic link" : "a pipe, device or socket";
      throw new InputRejected(
          "cannot write " + InputFiles.shown(name) + ": it is " + kind + ", not a regular file");
    }
    return attributes;
  }

  /**
   * Why writing failed, in words: a missing file at this point is the temporary file beside the
   * target, which its folder refused to create.
   */
  private static String writeReason(IOException e) {
    return e instanceof NoSuchFileException
        ? "its folder does not accept a new file"
        : InputFiles.reason(e);
  }

  private static void refuseInputs(Path target, String name, List<String> inputs) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    for (String input : inputs) {
      try {
        Path in = InputFiles.path(input, "read");
        if (Files.exists(in) && Files.isSameFile(target, in)) {
          throw new InputRejected(
              "cannot write "
                  + InputFiles.shown(name)
                  + ": it is the input "
                  + InputFiles.shown(input)
                  + "; give another file to --out");
        }
      } catch (IOException e) {
        // The input cannot be compared, so it was not read either: nothing to protect.
      }
    }
  }

  private static Path createTemp(Path folder, String fileName) throws IOException {
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path temp = folder.resolve("." + fileName + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        // CREATE_NEW honours the umask, so the report gets the permissions a new file would.
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
