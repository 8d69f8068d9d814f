package dev.rubric.cli;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The unit ids seen so far in a ratings file, held as 64-bit SipHash-2-4 values under a key drawn
 * afresh for each file (so no file can be written to make its ids collide): 8 bytes a unit in an
 * open-addressing table kept at most half full, instead of the id strings. {@link #add} answers
 * "maybe seen" for an id whose hash was seen; the caller confirms by comparing the ids themselves.
 * Not thread-safe.
 */
final class SeenUnits {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HashFunction hash = Hashing.sipHash24(RANDOM.nextLong(), RANDOM.nextLong());
  private long[] table = new long[1024];
  private int size;

  /** Records {@code unit}; false when its hash was already recorded (the unit may be a repeat). */
  boolean add(String unit) {
    long h = hash.hashString(unit, StandardCharsets.UTF_8).asLong();
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    if (!insert(table, h)) {
      return false;
    }
    if (++size * 2 > table.length) {
      long[] bigger = new long[table.length * 2];
      for (long old : table) {
        if (old != 0) {
          insert(bigger, old);
        }
      }
      table = bigger;
    }
    return true;
  }

  private static boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    return true;
  }
}
