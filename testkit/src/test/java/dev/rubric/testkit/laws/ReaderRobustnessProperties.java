package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.Tuple.Triple;
import dev.rubric.testkit.domain.RubricGen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The reader answers every byte mutation of a valid document with a {@link ReadResult}: a value, or
 * problems each with a code and a JSON pointer. It never throws.
 */
class ReaderRobustnessProperties {
  private static final RubricJson JSON = RubricJson.standard();

  /** What kind of document, and its reader. */
  enum Kind {
    PLAN(JSON::readPlan),
    SCORECARD(JSON::readScorecard),
    SCORECARDS(JSON::readScorecards);

    final Function<byte[], ReadResult<?>> reader;

    Kind(Function<byte[], ReadResult<?>> reader) {
      this.reader = reader;
    }
  }

  /** One edit: 0 flips bits of a byte, 1 inserts, 2 deletes, 3 truncates, 4 replaces a byte. */
  record Edit(int kind, int position, int value) {}

  static Gen<Pair<Kind, byte[]>> documents() {
    return RubricGen.plans()
        .flatMap(
            plan ->
                Gen.elements(Kind.values())
                    .flatMap(
                        kind ->
                            switch (kind) {
                              case PLAN -> Gen.constant(JSON.writePlan(plan));
                              case SCORECARD ->
                                  RubricGen.scorecardsFor(plan).map(JSON::writeScorecard);
                              case SCORECARDS ->
                                  RubricGen.historiesFor(plan)
                                      .map(h -> JSON.writeScorecards(h.scorecards()));
                            })
                    .map(text -> text.getBytes(StandardCharsets.UTF_8))
                    .flatMap(bytes -> Gen.elements(Kind.values()).map(k -> new Pair<>(k, bytes))));
  }

  static Gen<Triple<Kind, byte[], List<Edit>>> mutated() {
    Gen<Edit> edit =
        Gen.zip(Gen.integers(0, 3), Gen.integers(0, Integer.MAX_VALUE), Gen.integers(0, 255))
            .map(t -> new Edit(t.first(), t.second(), t.third()));
    Gen<Integer> special =
        Gen.elements(
            (int) '"',
            (int) '{',
            (int) '}',
            (int) '[',
            (int) ',',
            (int) ':',
            (int) '\\',
            0,
            0xC3,
            0xFF);
    Gen<Edit> structural =
        Gen.zip(Gen.elements(1, 4), Gen.integers(0, Integer.MAX_VALUE), special)
            .map(t -> new Edit(t.first(), t.second(), t.third()));
    return Gen.zip(documents(), Gen.lists(Gen.frequency(2, edit, 1, structural), 1, 6))
        .map(
            p ->
                new Triple<>(p.first().first(), apply(p.first().second(), p.second()), p.second()));
  }

  @Property(tries = 150)
  void readersNeverThrowAndLocateEveryProblem(
      @ForAll("mutated") Triple<Kind, byte[], List<Edit>> doc) {
    ReadResult<?> result = doc.first().reader.apply(doc.second());

    assertThat(result.isOk()).isEqualTo(result.value().isPresent());
    if (!result.isOk()) {
      assertThat(result.problems()).isNotEmpty();
    }
    for (Problem problem : result.problems()) {
      assertThat(problem.code()).isNotBlank();
      assertThat(problem.message()).isNotBlank();
      assertThat(problem.path())
          .satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(p).startsWith("/"));
    }
  }

  static byte[] apply(byte[] original, List<Edit> edits) {
    byte[] bytes = original;
    for (Edit e : edits) {
      int n = bytes.length;
      ByteArrayOutputStream out = new ByteArrayOutputStream(n + 1);
      switch (e.kind()) {
        case 0 -> {
          if (n == 0) {
            continue;
          }
          bytes = bytes.clone();
          int at = e.position() % n;
          bytes[at] = (byte) (bytes[at] ^ Math.max(1, e.value()));
          continue;
        }
        case 1 -> {
          int at = e.position() % (n + 1);
          out.write(bytes, 0, at);
          out.write(e.value());
          out.write(bytes, at, n - at);
        }
        case 2 -> {
          if (n == 0) {
            continue;
          }
          int at = e.position() % n;
          out.write(bytes, 0, at);
          out.write(bytes, at + 1, n - at - 1);
        }
        case 4 -> {
          if (n == 0) {
            continue;
          }
          bytes = bytes.clone();
          bytes[e.position() % n] = (byte) e.value();
          continue;
        }
        default -> out.write(bytes, 0, e.position() % (n + 1));
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }
}
