package dev.rubric.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads the commands' input files; every failure is one {@link InputRejected} line. */
final class InputFiles {
  private InputFiles() {}

  /** The bytes of {@code name}, or a one-line rejection naming it. */
  static byte[] read(String name) {
    Path path;
    try {
      path = Paths.get(name);
    } catch (RuntimeException e) {
      throw new InputRejected("cannot read " + name + ": not a valid path");
    }
    if (Files.isDirectory(path)) {
      throw new InputRejected("cannot read " + name + ": is a directory");
    }
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputRejected("cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputRejected("cannot read " + name + ": permission denied");
    } catch (IOException | OutOfMemoryError e) {
      throw new InputRejected("cannot read " + name + ": " + OneLineErrors.describe(e));
    }
  }

  /** The text of {@code name} decoded as UTF-8, or a one-line rejection naming it. */
  static String readUtf8(String name) {
    byte[] bytes = read(name);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputRejected(name + ": not UTF-8 text");
    }
  }
}
