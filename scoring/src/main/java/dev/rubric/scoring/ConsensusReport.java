package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the panel agrees: per rated competency ({@link CompetencyConsensus}), overall, and the
 * debrief agenda.
 *
 * <p>Overall figures: {@link #meanSd()} is the mean of the defined per-competency standard
 * deviations, {@link #meanRwg()} the mean of the defined per-competency rwg values (each undefined,
 * {@link dev.rubric.scoring.agreement.UndefinedReason#ONE_RATER}, when no competency has two
 * raters), {@link #splits()} the number of split competencies.
 */
@Value.Immutable
@ValueStyle
public abstract class ConsensusReport {
  ConsensusReport() {}

  /**
   * The panel means when no competency has two raters: undefined, {@link
   * dev.rubric.scoring.agreement.UndefinedReason#ONE_RATER}.
   */
  public static final Coefficient NO_MEAN =
      Coefficient.undefined(
          dev.rubric.scoring.agreement.UndefinedReason.ONE_RATER, "No competency has two raters");

  /** {@return the {@link ConsensusMeasure#name()} that produced this report} */
  @Value.Parameter
  public abstract String measure();

  /** {@return each competency with at least one rating, in plan order} */
  @Value.Parameter
  public abstract List<CompetencyConsensus> competencies();

  /** {@return the mean of the defined per-competency standard deviations} */
  @Value.Parameter
  public abstract Coefficient meanSd();

  /** {@return the mean of the defined per-competency rwg values} */
  @Value.Parameter
  public abstract Coefficient meanRwg();

  /** {@return how many competencies are split across the hire line} */
  @Value.Parameter
  public abstract int splits();

  /** {@return the disputed competencies, most disputed first} */
  @Value.Parameter
  public abstract List<AgendaItem> agenda();

  /**
   * {@return the figures for {@code competencyId}, if it was rated}
   *
   * @param competencyId the competency
   */
  public Optional<CompetencyConsensus> get(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    List<CompetencyConsensus> all = competencies();
    for (int k = 0; k < all.size(); k++) {
      CompetencyConsensus c = all.get(k);
      if (c.competencyId().equals(competencyId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsensusReport}. */
  public static final class Builder extends ImmutableConsensusReport.Builder {
    // Defaults set here rather than with @Value.Default, whose generated initialisation costs
    // every value two volatile writes and an extra object.
    Builder() {
      meanSd(NO_MEAN);
      meanRwg(NO_MEAN);
    }
  }
}
