package dev.rubric.spark;

import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.IccAccumulator;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag$;

/**
 * Size and time of encoding one aggregation buffer (a partial state Spark ships per group and
 * partition) with Java serialization (the accumulators' checked proxies) and with Kryo, and whether
 * the decoded buffer gives the same result (not a test; run by hand):
 *
 * <pre>
 * java @spark/jvm.options -cp "$TEST_CP" dev.rubric.spark.BufferEncodingHarness
 * </pre>
 */
final class BufferEncodingHarness {
  private BufferEncodingHarness() {}

  public static void main(String[] args) {
    Random random = new Random(1);
    AlphaAccumulator alpha = KrippendorffAlpha.ordinal().accumulator();
    IccAccumulator icc = IntraclassCorrelation.of().accumulator();
    for (int u = 0; u < 200_000; u++) {
      int a = 1 + random.nextInt(4);
      int[] unit = new int[2 + random.nextInt(4)];
      for (int i = 0; i < unit.length; i++) {
        unit[i] = Math.max(1, Math.min(4, a + random.nextInt(3) - 1));
      }
      alpha.addUnit(unit);
      icc.addUnit(unit[0], unit[1]);
    }
    SparkConf conf = new SparkConf();
    SerializerInstance java = new JavaSerializer(conf).newInstance();
    SerializerInstance kryo = new KryoSerializer(conf).newInstance();
    measure("alpha", alpha, java, kryo, x -> x.result().toString());
    measure("icc", icc, java, kryo, x -> x.result().toString());
  }

  private static <T extends Serializable> void measure(
      String name,
      T buffer,
      SerializerInstance java,
      SerializerInstance kryo,
      Function<T, String> result) {
    for (String how : new String[] {"java", "kryo"}) {
      SerializerInstance s = how.equals("java") ? java : kryo;
      int rounds = 20_000;
      long bytes = 0;
      T back = buffer;
      long t0 = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        ByteBuffer b = s.serialize(buffer, ClassTag$.MODULE$.apply(buffer.getClass()));
        bytes = b.remaining();
        back = s.deserialize(b, ClassTag$.MODULE$.apply(buffer.getClass()));
      }
      double us = (System.nanoTime() - t0) / 1e3 / rounds;
      System.out.printf(
          Locale.ROOT,
          "%s buffer | %s | %d bytes | %.1f us per round trip | result equal: %s%n",
          name,
          how,
          bytes,
          us,
          result.apply(back).equals(result.apply(buffer)));
    }
  }
}
