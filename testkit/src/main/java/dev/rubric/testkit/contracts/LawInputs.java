package dev.rubric.testkit.contracts;

/**
 * The inputs of laws that check a value against a changed copy of it, as records with named parts
 * so that a falsified law prints {@code Shuffled[ratings=..., shuffleSeed=...]} rather than a
 * positional {@code Pair[first=..., second=...]}.
 */
final class LawInputs {
  private LawInputs() {}

  /**
   * Ratings and the seed that shuffles their order.
   *
   * @param ratings the ratings as given
   * @param shuffleSeed the seed of the shuffle that reorders them
   */
  record ShuffledRatings(RatedLevels ratings, long shuffleSeed) {}

  /**
   * A scored role and the seed that shuffles its ratings or requirements.
   *
   * @param role the role as given
   * @param shuffleSeed the seed of the shuffle that reorders it
   */
  record ShuffledRole(ScoredRole role, long shuffleSeed) {}

  /**
   * Ratings and which one to raise by how many levels.
   *
   * @param ratings the ratings as given
   * @param pick the rating to raise (modulo their number)
   * @param levels how many levels to raise it by (capped at the top of the scale)
   */
  record RaisedRating(RatedLevels ratings, int pick, int levels) {}

  /**
   * A scored role and which competency score to raise by what fraction of its headroom.
   *
   * @param role the role as given
   * @param pick the scored competency to raise (modulo their number)
   * @param fraction the fraction of its distance to the top of the scale to raise it by
   */
  record RaisedScore(ScoredRole role, int pick, double fraction) {}

  /**
   * A scored role and the factor its weights are multiplied by.
   *
   * @param role the role as given
   * @param factor the factor every weight is multiplied by
   */
  record ScaledWeights(ScoredRole role, double factor) {}

  /**
   * A packet and which valid rating to raise by how many levels.
   *
   * @param packet the packet as given
   * @param pick the rating to raise (modulo the ratings of the valid scorecards)
   * @param levels how many levels to raise it by (capped at the top of the scale)
   */
  record RaisedPacketRating(Packet packet, int pick, int levels) {}
}
