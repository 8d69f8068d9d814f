package dev.rubric.core.internal.util;

import java.util.Locale;

/**
 * Whether two ids are spellings of one name that differ only in letter case: one rule for the
 * {@code CASE_VARIANT_ID} advice of an evaluation and of a calibration report. Stateless.
 */
public final class Spellings {
  private Spellings() {}

  /**
   * {@return {@code id} with its case folded: upper then lower case (in the root locale), so that
   * {@code IV-01} and {@code iv-01}, {@code STRASSE} and {@code straße}, {@code ΣΙΑ} and {@code
   * σια} fold alike}
   *
   * @param id the id
   */
  public static String caseless(String id) {
    return id.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether {@code a} and {@code b} are different ids whose {@link #caseless} forms are
   * equal}
   *
   * @param a an id
   * @param b another id
   */
  public static boolean differOnlyInCase(String a, String b) {
    return !a.equals(b) && caseless(a).equals(caseless(b));
  }
}
