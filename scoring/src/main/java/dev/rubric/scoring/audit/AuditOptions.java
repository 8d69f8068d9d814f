package dev.rubric.scoring.audit;

/**
 * How an audit reads its data.
 *
 * @param minShare a category holding fewer than this share of the audited candidates is excluded
 *     from the ratios and tests (still reported with its counts, rates and the reason); in [0, 1).
 *     Default 0.02, the share below which 6 RCNY 5-301(d) (NYC Local Law 144 rules) lets an auditor
 *     exclude a category. 0 excludes nothing. Compared exactly with the share as written in
 *     decimal: with 0.07, 7 of 100 candidates are not under it.
 * @param significanceLevel the level at which the Fisher exact test flags a difference as
 *     significant, and one minus the confidence of the intervals; in (0, 1). Default 0.05.
 * @param suppressBelow a category with fewer candidates than this is suppressed from every output
 *     (only the number of suppressed categories is reported, and their candidates are counted as
 *     unknown); 0 suppresses nothing. Table by table only: rows of other groupings (a dimension's
 *     row less the shown cells of an intersection) can give a suppressed category's counts back, so
 *     this is no disclosure control across tables
 * @param smallCount a comparison where the category or the reference has fewer applicants than this
 *     carries the {@link AuditFlag#SMALL_COUNTS} caveat (Uniform Guidelines, 29 CFR 1607.4(D):
 *     differences based on small numbers may not be adverse impact); default 30
 */
public record AuditOptions(
    double minShare, double significanceLevel, int suppressBelow, int smallCount) {

  /**
   * Checks the components.
   *
   * @param minShare a category holding fewer than this share of the audited candidates is excluded
   *     from the ratios and tests (still reported with its counts, rates and the reason); in [0,
   *     1). Default 0.02, the share below which 6 RCNY 5-301(d) (NYC Local Law 144 rules) lets an
   *     auditor exclude a category. 0 excludes nothing.
   * @param significanceLevel the level at which the Fisher exact test flags a difference as
   *     significant, and one minus the confidence of the intervals; in (0, 1). Default 0.05.
   * @param suppressBelow a category with fewer candidates than this is suppressed from every output
   *     (only the number of suppressed categories is reported, and their candidates are counted as
   *     unknown); 0 suppresses nothing. Table by table only: rows of other groupings (a dimension's
   *     row less the shown cells of an intersection) can give a suppressed category's counts back,
   *     so this is no disclosure control across tables
   * @param smallCount a comparison where the category or the reference has fewer applicants than
   *     this carries the {@link AuditFlag#SMALL_COUNTS} caveat (Uniform Guidelines, 29 CFR
   *     1607.4(D): differences based on small numbers may not be adverse impact); default 30
   */
  public AuditOptions {
    Checks.checkArgument(
        minShare >= 0 && minShare < 1, "minShare (%s) must be in [0, 1)", minShare);
    Checks.checkArgument(
        significanceLevel > 0 && significanceLevel < 1,
        "significanceLevel (%s) must be in (0, 1)",
        significanceLevel);
    Checks.checkArgument(suppressBelow >= 0, "suppressBelow (%s) must be >= 0", suppressBelow);
    Checks.checkArgument(smallCount >= 0, "smallCount (%s) must be >= 0", smallCount);
  }

  /** {@return share 0.02, level 0.05, no suppression, small counts under 30} */
  public static AuditOptions defaults() {
    return new AuditOptions(0.02, 0.05, 0, 30);
  }

  /**
   * {@return these options with another minimum share}
   *
   * @param share the minimum share of all candidates a category needs to be compared, between 0 and
   *     1
   */
  public AuditOptions withMinShare(double share) {
    return new AuditOptions(share, significanceLevel, suppressBelow, smallCount);
  }

  /**
   * {@return these options with another significance level}
   *
   * @param level the significance level of the tests, between 0 and 1 (exclusive)
   */
  public AuditOptions withSignificanceLevel(double level) {
    return new AuditOptions(minShare, level, suppressBelow, smallCount);
  }

  /**
   * {@return these options with another suppression threshold}
   *
   * @param k categories with fewer candidates than this are suppressed; 0 suppresses none
   */
  public AuditOptions withSuppressBelow(int k) {
    return new AuditOptions(minShare, significanceLevel, k, smallCount);
  }

  /**
   * {@return these options with another small-count threshold}
   *
   * @param n applicants under which the category or the reference marks a comparison {@link
   *     AuditFlag#SMALL_COUNTS}; 0 never
   */
  public AuditOptions withSmallCount(int n) {
    return new AuditOptions(minShare, significanceLevel, suppressBelow, n);
  }
}
