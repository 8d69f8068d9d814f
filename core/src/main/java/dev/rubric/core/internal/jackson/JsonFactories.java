package dev.rubric.core.internal.jackson;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The Jackson settings every factory and mapper of Rubric is built with, none taken from Jackson's
 * process-wide defaults: an application that changes those ({@code
 * StreamReadConstraints.overrideDefaultStreamReadConstraints}, {@code
 * StreamWriteConstraints.overrideDefaultStreamWriteConstraints}, {@code
 * ErrorReportConfiguration.overrideDefaultErrorReportConfiguration}) changes nothing Rubric reads,
 * writes or reports. Stateless and thread-safe.
 */
public final class JsonFactories {
  /**
   * How much of a faulty document a parse error quotes: Jackson's own defaults, written out here so
   * that messages do not change with the application's.
   */
  private static final ErrorReportConfiguration ERRORS =
      ErrorReportConfiguration.builder().maxErrorTokenLength(256).maxRawContentLength(500).build();

  /**
   * Writing never stops at a nesting depth: every tree Rubric writes is one it built or read under
   * its own nesting limit.
   */
  private static final StreamWriteConstraints WRITES =
      StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build();

  /**
   * No limit at all: for reading back what Rubric itself wrote (a plan's canonical JSON), which no
   * limit of a reader of outside documents may refuse. The token count is not set: the builder
   * starts from Jackson's own constants (no token limit), not from the process-wide defaults, and
   * {@code maxTokenCount} exists only from Jackson 2.18, while 2.16 is supported.
   */
  private static final StreamReadConstraints NO_LIMITS =
      StreamReadConstraints.builder()
          .maxDocumentLength(-1)
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .build();

  private static final JsonMapper UNLIMITED =
      JsonMapper.builder(builder(NO_LIMITS).build()).build();

  private JsonFactories() {}

  /**
   * A factory builder reading under {@code reads}, writing without a nesting limit and quoting
   * faulty input as Jackson does by default, whatever the process-wide defaults.
   *
   * @param reads the read constraints
   * @return the builder
   */
  public static JsonFactoryBuilder builder(StreamReadConstraints reads) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(reads)
        .streamWriteConstraints(WRITES)
        .errorReportConfiguration(ERRORS);
  }

  /**
   * A factory with no read or write limit, for writing Rubric's own JSON and reading it back.
   *
   * @return a new factory
   */
  public static JsonFactory unlimitedFactory() {
    return builder(NO_LIMITS).build();
  }

  /**
   * A mapper with no read or write limit, for writing Rubric's own JSON and reading it back: no
   * value Rubric can write is refused when read back, whatever the process-wide defaults.
   *
   * @return the shared mapper (a mapper is thread-safe once configured)
   */
  public static JsonMapper unlimited() {
    return UNLIMITED;
  }

  /**
   * Writes a tree as compact JSON, as {@link JsonNode#toString()} does, but through Rubric's own
   * writer: {@code toString()} writes with Jackson's process-wide defaults, which the application
   * may have changed (a write nesting limit lower than the tree's depth would make it throw).
   *
   * @param node the tree
   * @return the JSON text, on one line
   * @throws UncheckedIOException if Jackson cannot write the tree (it always can)
   */
  public static String compact(JsonNode node) {
    Objects.requireNonNull(node, "node");
    try {
      return UNLIMITED.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
