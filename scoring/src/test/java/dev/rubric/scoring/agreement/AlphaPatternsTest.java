package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Units counted as patterns and folded later give the same alpha as the same units counted one by
 * one: across a span that grows mid-stream, units too large for a pattern table, and merges.
 */
class AlphaPatternsTest {
  @Test
  void foldedPatternsEqualDirectCountsWhateverTheOrder() {
    SplittableRandom random = new SplittableRandom(3);
    List<int[]> units = new ArrayList<>();
    for (int u = 0; u < 3_000; u++) {
      int raters = u % 50 == 0 ? 12 : 2 + random.nextInt(5); // some units exceed the table
      int[] row = new int[raters];
      int hi = u < 1_500 ? 3 : 6; // the span grows half way
      for (int r = 0; r < raters; r++) {
        row[r] = random.nextInt(10) == 0 ? Ratings.MISSING : 1 + random.nextInt(hi);
      }
      units.add(row);
    }
    for (AlphaLevel level : AlphaLevel.values()) {
      AlphaAccumulator forward = KrippendorffAlpha.at(level).accumulator();
      units.forEach(forward::addUnit);
      AlphaAccumulator backward = KrippendorffAlpha.at(level).accumulator();
      for (int u = units.size() - 1; u >= 0; u--) {
        backward.addUnit(units.get(u)); // the widest span first: no fold on growth
      }
      AlphaAccumulator first = KrippendorffAlpha.at(level).accumulator();
      AlphaAccumulator second = KrippendorffAlpha.at(level).accumulator();
      for (int u = 0; u < units.size(); u++) {
        (u % 3 == 0 ? first : second).addUnit(units.get(u));
      }
      AlphaResult merged = first.merge(second).result();
      AlphaResult expected = forward.result();
      assertThat(backward.result()).as("%s backward", level).isEqualTo(expected);
      assertThat(merged).as("%s merged", level).isEqualTo(expected);
      assertThat(forward.result()).as("%s read twice", level).isEqualTo(expected);
    }
  }
}
