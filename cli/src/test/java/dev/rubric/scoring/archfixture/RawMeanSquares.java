package dev.rubric.scoring.archfixture;

/**
 * Breaks "figures of a test are Coefficients": the shape {@code IccResult}'s mean squares had
 * before, {@code NaN} when the data were too small to define them, for {@code
 * ArchitectureRulesFailTest}. Test sources only.
 *
 * @param betweenTargetsMeanSquare the mean square between targets
 * @param errorMeanSquare the residual mean square
 */
public record RawMeanSquares(double betweenTargetsMeanSquare, double errorMeanSquare) {}
