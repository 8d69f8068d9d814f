package dev.rubric.spark;

/**
 * How an aggregation buffer (a Rubric accumulator) is encoded when Spark ships a partial state.
 * Both are exact; Java serialization goes through the accumulators' serialization proxies, which
 * check every invariant on reading.
 */
enum BufferEncoding {
  /** Java serialization, through the accumulators' checked serialization proxies (the default). */
  JAVA,
  /** Kryo's field serializer, which copies the fields without the proxies' checks. */
  KRYO
}
