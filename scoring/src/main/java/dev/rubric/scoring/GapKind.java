package dev.rubric.scoring;

/** Whether a gap is in an area that needs depth or in one that counts toward breadth. */
public enum GapKind {
  /** A depth area below its bar. */
  DEPTH,
  /** A breadth area below its bar, while too few breadth areas reach theirs. */
  BREADTH
}
