package dev.rubric.scoring.calibration;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated histories for checking calibration from outside: a plan of {@code seats} seats on a
 * scale of {@code levels} levels (1 to {@code levels}), each seat rating {@code competencies}
 * competencies, and candidates meeting interviewers as a {@link Meeting} decides. A rating is
 * {@code clamp(round(centre + spread (ability + competency + halo + noise) + offset), 1, levels)}
 * with {@code centre = (1 + levels) / 2} and {@code spread = (levels - 1) / 3.75} (0.8 on four
 * levels, as in {@link ColleaguesOfBiasedInterviewersTest}), ability ~ N(strength, 1) per
 * candidate, competency ~ N(0, 0.5^2) per candidate and competency, halo ~ N(0, halo^2) per
 * interviewer and candidate, noise ~ N(0, 0.6^2) per rating; the offset is the interviewer's
 * planted bias in levels.
 */
final class Histories {
  private Histories() {}

  /** Who meets candidate {@code c} (interviewer indices; seat = position modulo the seats). */
  interface Meeting {
    int[] meet(SplittableRandom random, int candidate);
  }

  /** The mean ability of a candidate who met {@code met}. */
  interface Strength {
    double of(int candidate, int[] met);
  }

  /** A generation recipe. */
  record Recipe(
      InterviewPlan plan,
      double[] offsets,
      int candidates,
      Meeting meeting,
      Strength strength,
      double halo,
      String[] ids) {
    Recipe withOffsets(double[] other) {
      return new Recipe(plan, other, candidates, meeting, strength, halo, ids);
    }

    Recipe withIds(String[] other) {
      return new Recipe(plan, offsets, candidates, meeting, strength, halo, other);
    }

    Recipe withHalo(double other) {
      return new Recipe(plan, offsets, candidates, meeting, strength, other, ids);
    }

    boolean fair(int i) {
      return offsets[i] == 0;
    }
  }

  static String[] ids(int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = String.format(Locale.ROOT, "iv-%03d", i);
    }
    return out;
  }

  /** One interviewer of {@code pool} and, with probability {@code pair}, a second one. */
  static Meeting pairs(int pool, double pair) {
    return (random, c) -> {
      int first = random.nextInt(pool);
      if (random.nextDouble() < pair) {
        return new int[] {first, (first + 1 + random.nextInt(pool - 1)) % pool};
      }
      return new int[] {first};
    };
  }

  static List<Scorecard> generate(SplittableRandom random, Recipe recipe) {
    InterviewPlan plan = recipe.plan();
    int levels = plan.scale().max();
    double centre = (1 + levels) / 2.0;
    double spread = (levels - 1) / 3.75;
    List<PanelRole> seats = plan.panelRoles();
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < recipe.candidates(); c++) {
      int[] met = recipe.meeting().meet(random, c);
      double ability = recipe.strength().of(c, met) + gaussian(random);
      double[] competency = new double[plan.competencies().size()];
      for (int k = 0; k < competency.length; k++) {
        competency[k] = 0.5 * gaussian(random);
      }
      for (int m = 0; m < met.length; m++) {
        int i = met[m];
        PanelRole seat = seats.get(m % seats.size());
        double impression = recipe.halo() * gaussian(random);
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId(String.format(Locale.ROOT, "c-%06d", c))
                .interviewerId(recipe.ids()[i])
                .panelRoleId(seat.id())
                .planFingerprint(plan.fingerprint())
                .submittedAt(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(m));
        for (String k : seat.competencies()) {
          double latent =
              centre
                  + spread
                      * (ability
                          + competency[Integer.parseInt(k.substring(1))]
                          + impression
                          + 0.6 * gaussian(random))
                  + recipe.offsets()[i];
          card.rate(k, (int) Math.max(1, Math.min(levels, Math.round(latent))), "evidence");
        }
        history.add(card.build());
      }
    }
    return history;
  }

  /**
   * A plan on a scale of {@code levels} levels with {@code seats} seats; with {@code shared} every
   * seat rates the same {@code competencies} competencies, otherwise each its own.
   */
  static InterviewPlan plan(int levels, int competencies, int seats, boolean shared) {
    RatingScale.Builder scale = RatingScale.builder();
    for (int l = 1; l <= levels; l++) {
      scale.level(l, "level " + l);
    }
    scale.hireLine(levels / 2 + 1);
    RoleProfile.Builder profile = RoleProfile.builder().title("ML engineer").seniority("senior");
    InterviewPlan.Builder plan = InterviewPlan.builder().id("generated").scale(scale.build());
    int total = shared ? competencies : competencies * seats;
    for (int k = 0; k < total; k++) {
      String id = "k" + k;
      profile.addRequirements(CompetencyRequirement.of(id, 1, levels / 2 + 1));
      plan.addCompetencies(Competency.builder().id(id).name(id).area("deployment").build());
    }
    for (int s = 0; s < seats; s++) {
      PanelRole.Builder seat = PanelRole.builder().id("seat-" + s).title("Seat " + s);
      for (int k = 0; k < competencies; k++) {
        seat.addCompetencies("k" + (shared ? k : s * competencies + k));
      }
      plan.addPanelRoles(seat.build());
    }
    return plan.profile(profile.build()).build();
  }

  /** A standard normal deviate (Box-Muller), so that the histories depend on the seed alone. */
  static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
