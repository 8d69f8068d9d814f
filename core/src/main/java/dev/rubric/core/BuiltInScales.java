package dev.rubric.core;

/** The built-in scales, built once. */
final class BuiltInScales {
  static final RatingScale FOUR_POINT =
      RatingScale.builder()
          .level(1, "Strong no")
          .level(2, "No")
          .level(3, "Yes")
          .level(4, "Strong yes")
          .hireLine(3)
          .build();

  static final RatingScale GREENHOUSE_FIVE_POINT =
      RatingScale.builder()
          .level(1, "Definitely not")
          .level(2, "No")
          .level(3, "Mixed")
          .level(4, "Yes")
          .level(5, "Strong yes")
          .hireLine(4)
          .build();

  private BuiltInScales() {}
}
