package dev.rubric.testkit.domain;

import static dev.rubric.testkit.domain.Sequences.pick;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One mutation that breaks a valid plan in exactly one way. {@code a} and {@code b} are bounded
 * choices that select what to mutate (read modulo the sizes), so every choice gives a broken plan.
 */
enum PlanMutation {
  DUPLICATE_COMPETENCY_ID {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      Competency copy = pick(p.competencies(), a);
      Competency twin = Competency.builder().from(copy).name(copy.name() + " again").build();
      return broken(
          builder(p).addCompetencies(twin).build(),
          ProblemCodes.DUPLICATE_ID,
          "/competencies/" + p.competencies().size() + "/id");
    }
  },
  DUPLICATE_SEAT_ID {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      return broken(
          builder(p).addPanelRoles(pick(p.panelRoles(), a)).build(),
          ProblemCodes.DUPLICATE_ID,
          "/panelRoles/" + p.panelRoles().size() + "/id");
    }
  },
  SEAT_ASSESSES_UNKNOWN_COMPETENCY {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int k = Math.floorMod(a, p.panelRoles().size());
      PanelRole seat = p.panelRoles().get(k);
      PanelRole changed =
          PanelRole.builder().from(seat).addCompetencies("ghost-competency").build();
      return broken(
          withSeat(p, k, changed),
          ProblemCodes.UNKNOWN_COMPETENCY,
          "/panelRoles/" + k + "/competencies/" + seat.competencies().size());
    }
  },
  REQUIREMENT_OF_UNKNOWN_COMPETENCY {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      CompetencyRequirement ghost =
          CompetencyRequirement.of("ghost-competency", 1, p.scale().hireLine());
      return broken(
          withProfile(p, profile(p).addRequirements(ghost).build()),
          ProblemCodes.UNKNOWN_COMPETENCY,
          "/profile/requirements/" + p.profile().requirements().size() + "/competencyId");
    }
  },
  INVALID_WEIGHT {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      double weight =
          pick(
              List.of(
                  Double.NaN, 0.0, -1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0),
              b);
      return changeRequirement(
          p,
          a,
          r -> CompetencyRequirement.builder().from(r).weight(weight).build(),
          ProblemCodes.INVALID_WEIGHT,
          "weight");
    }
  },
  TARGET_OFF_SCALE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int level = offScale(p.scale(), b);
      return changeRequirement(
          p,
          a,
          r -> CompetencyRequirement.builder().from(r).targetLevel(level).build(),
          ProblemCodes.TARGET_OUTSIDE_SCALE,
          "targetLevel");
    }
  },
  MUST_HAVE_BAR_OFF_SCALE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int level = offScale(p.scale(), b);
      return changeRequirement(
          p,
          a,
          r -> CompetencyRequirement.builder().from(r).mustHaveBar(level).build(),
          ProblemCodes.BAR_OUTSIDE_SCALE,
          "mustHaveBar");
    }
  },
  AREA_BAR_OFF_SCALE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      BreadthDepthExpectation bd = expectation(p);
      String area = pick(p.competencies(), a).area();
      BreadthDepthExpectation changed =
          BreadthDepthExpectation.builder()
              .from(bd)
              .depthAreas(bd.depthAreas().stream().filter(d -> !d.area().equals(area)).toList())
              .depth(area, offScale(p.scale(), b))
              .build();
      return broken(
          withProfile(p, profile(p).breadthDepth(changed).build()),
          ProblemCodes.BAR_OUTSIDE_SCALE,
          "/profile/breadthDepth/depthAreas/" + (changed.depthAreas().size() - 1) + "/bar");
    }
  },
  SCALE_WITH_ONE_LEVEL {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      ScaleLevel only = pick(p.scale().levels(), a);
      return broken(
          builder(p).scale(RatingScale.of(List.of(only), only.value())).build(),
          ProblemCodes.SCALE_TOO_SMALL,
          "/scale/levels");
    }
  },
  REPEATED_LEVEL {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      RatingScale s = p.scale();
      ScaleLevel again = pick(s.levels(), a);
      RatingScale changed =
          RatingScale.builder().from(s).addLevels(ScaleLevel.of(again.value(), "Again")).build();
      return broken(
          builder(p).scale(changed).build(),
          ProblemCodes.DUPLICATE_LEVEL,
          "/scale/levels/" + s.size() + "/value");
    }
  },
  UNORDERED_LEVELS {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      List<ScaleLevel> levels = new ArrayList<>(p.scale().levels());
      int i = Math.floorMod(a, levels.size() - 1);
      ScaleLevel low = levels.get(i);
      levels.set(i, levels.get(i + 1));
      levels.set(i + 1, low);
      return broken(
          builder(p).scale(RatingScale.of(levels, p.scale().hireLine())).build(),
          ProblemCodes.UNORDERED_LEVELS,
          "/scale/levels/" + (i + 1) + "/value");
    }
  },
  HIRE_LINE_OFF_SCALE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      RatingScale changed =
          RatingScale.builder().from(p.scale()).hireLine(offScale(p.scale(), b)).build();
      return broken(
          builder(p).scale(changed).build(),
          ProblemCodes.HIRE_LINE_OUTSIDE_SCALE,
          "/scale/hireLine");
    }
  },
  REQUIRED_COMPETENCY_NO_SEAT_ASSESSES {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      Competency model = pick(p.competencies(), a);
      Competency orphan =
          Competency.builder().from(model).id("orphan-competency").name("Orphan").build();
      CompetencyRequirement r = CompetencyRequirement.of(orphan.id(), 1, p.scale().hireLine());
      return broken(
          withProfile(
              builder(p).addCompetencies(orphan).build(), profile(p).addRequirements(r).build()),
          ProblemCodes.UNASSESSED_REQUIREMENT,
          "/profile/requirements/" + p.profile().requirements().size() + "/competencyId");
    }
  },
  SEAT_ASSESSING_NOTHING {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      PanelRole idle = PanelRole.builder().id("idle-seat").title("Idle seat").build();
      InterviewPlan.Builder plan = builder(p).addPanelRoles(idle);
      if (!p.stages().isEmpty()) {
        // The idle seat sits in a stage like every other seat, so that it is only idle.
        List<EvaluationStage> stages = new ArrayList<>(p.stages());
        stages.set(
            0, EvaluationStage.builder().from(stages.get(0)).addPanelRoles(idle.id()).build());
        plan.stages(stages);
      }
      return broken(
          plan.build(),
          ProblemCodes.EMPTY_PANEL_ROLE,
          "/panelRoles/" + p.panelRoles().size() + "/competencies");
    }
  },
  UNKNOWN_DEPTH_AREA {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      BreadthDepthExpectation bd = expectation(p);
      BreadthDepthExpectation changed =
          BreadthDepthExpectation.builder()
              .from(bd)
              .depth("no-such-area", p.scale().hireLine())
              .build();
      return broken(
          withProfile(p, profile(p).breadthDepth(changed).build()),
          ProblemCodes.UNKNOWN_AREA,
          "/profile/breadthDepth/depthAreas/" + bd.depthAreas().size() + "/area");
    }
  },
  UNKNOWN_BREADTH_AREA {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      BreadthDepthExpectation bd = expectation(p);
      BreadthDepthExpectation changed =
          BreadthDepthExpectation.builder()
              .from(bd)
              .breadth("no-such-area", p.scale().hireLine())
              .build();
      return broken(
          withProfile(p, profile(p).breadthDepth(changed).build()),
          ProblemCodes.UNKNOWN_AREA,
          "/profile/breadthDepth/breadthAreas/" + bd.breadthAreas().size() + "/area");
    }
  },
  UNKNOWN_SUPPORTED_AREA {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      BreadthDepthExpectation bd = expectation(p);
      BreadthDepthExpectation changed =
          BreadthDepthExpectation.builder().from(bd).addSupportedAreas("zz-no-such-area").build();
      return broken(
          withProfile(p, profile(p).breadthDepth(changed).build()),
          ProblemCodes.UNKNOWN_AREA,
          "/profile/breadthDepth/supportedAreas/" + bd.supportedAreas().size());
    }
  },
  BREADTH_REQUIRED_OUT_OF_RANGE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      BreadthDepthExpectation bd = expectation(p);
      int required = b % 2 == 0 ? bd.breadthAreas().size() + 1 + (a & 3) : -1 - (a & 3);
      BreadthDepthExpectation changed =
          BreadthDepthExpectation.builder().from(bd).breadthRequired(required).build();
      return broken(
          withProfile(p, profile(p).breadthDepth(changed).build()),
          ProblemCodes.INVALID_BREADTH_REQUIRED,
          "/profile/breadthDepth/breadthRequired");
    }
  },
  SEAT_LISTS_COMPETENCY_TWICE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int k = Math.floorMod(a, p.panelRoles().size());
      PanelRole seat = p.panelRoles().get(k);
      PanelRole changed =
          PanelRole.builder().from(seat).addCompetencies(pick(seat.competencies(), b)).build();
      return broken(
          withSeat(p, k, changed),
          ProblemCodes.DUPLICATE_REFERENCE,
          "/panelRoles/" + k + "/competencies/" + seat.competencies().size());
    }
  },
  COMPETENCY_REQUIRED_TWICE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      CompetencyRequirement again = pick(p.profile().requirements(), a);
      return broken(
          withProfile(p, profile(p).addRequirements(again).build()),
          ProblemCodes.DUPLICATE_REQUIREMENT,
          "/profile/requirements/" + p.profile().requirements().size() + "/competencyId");
    }
  },
  NO_REQUIREMENTS {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      return broken(
          withProfile(p, profile(p).requirements(List.of()).build()),
          ProblemCodes.EMPTY_PLAN,
          "/profile/requirements");
    }
  },
  PLAN_ID_NOT_A_SLUG {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      String id = pick(List.of("Plan One", "plan_1", "-plan", "plan--1", "PLAN"), a);
      return broken(builder(p).id(id).build(), ProblemCodes.INVALID_ID, "/id");
    }
  },
  BLANK_COMPETENCY_NAME {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int i = Math.floorMod(a, p.competencies().size());
      List<Competency> list = new ArrayList<>(p.competencies());
      list.set(
          i, Competency.builder().from(list.get(i)).name(pick(List.of("", " ", "\t"), b)).build());
      return broken(
          builder(p).competencies(list).build(),
          ProblemCodes.BLANK_TEXT,
          "/competencies/" + i + "/name");
    }
  },
  SEATS_PER_COMPETENCY_BELOW_ONE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      return broken(
          builder(p).seatsPerCompetency(-(a & 3)).build(),
          ProblemCodes.INVALID_SEATS_PER_COMPETENCY,
          "/seatsPerCompetency");
    }
  },
  STAGE_NAMES_UNKNOWN_SEAT {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      EvaluationStage.Builder stage =
          EvaluationStage.builder().id("ghost-stage").title("Ghost").addPanelRoles("ghost-seat");
      if (p.stages().isEmpty()) {
        // The plan's first stage: it also holds every real seat, so that only the ghost is wrong.
        p.panelRoles().forEach(seat -> stage.addPanelRoles(seat.id()));
      }
      EvaluationStage ghost = stage.build();
      return broken(
          builder(p).addStages(ghost).build(),
          ProblemCodes.UNKNOWN_PANEL_ROLE,
          "/stages/" + p.stages().size() + "/panelRoles/0");
    }
  },
  ANCHOR_OFF_SCALE {
    @Override
    BrokenPlan apply(InterviewPlan p, int a, int b) {
      int i = Math.floorMod(a, p.competencies().size());
      int level = offScale(p.scale(), b);
      List<Competency> list = new ArrayList<>(p.competencies());
      list.set(
          i, Competency.builder().from(list.get(i)).putAnchors(level, "Off the scale").build());
      return broken(
          builder(p).competencies(list).build(),
          ProblemCodes.ANCHOR_OUTSIDE_SCALE,
          "/competencies/" + i + "/anchors/" + level);
    }
  };

  abstract BrokenPlan apply(InterviewPlan plan, int a, int b);

  BrokenPlan broken(InterviewPlan plan, String code, String path) {
    return new BrokenPlan(plan, code, Optional.of(path), name());
  }

  /** A level just below or just above the scale (1, 2 or 3 away), never one of its levels. */
  static int offScale(RatingScale scale, int choice) {
    int distance = 1 + Math.floorMod(choice >> 1, 3);
    return choice % 2 == 0 ? scale.max() + distance : scale.min() - distance;
  }

  static InterviewPlan.Builder builder(InterviewPlan p) {
    return InterviewPlan.builder().from(p);
  }

  static RoleProfile.Builder profile(InterviewPlan p) {
    return RoleProfile.builder().from(p.profile());
  }

  static InterviewPlan withProfile(InterviewPlan p, RoleProfile profile) {
    return builder(p).profile(profile).build();
  }

  static InterviewPlan withSeat(InterviewPlan p, int k, PanelRole seat) {
    List<PanelRole> seats = new ArrayList<>(p.panelRoles());
    seats.set(k, seat);
    return builder(p).panelRoles(seats).build();
  }

  static BreadthDepthExpectation expectation(InterviewPlan p) {
    return p.profile()
        .breadthDepth()
        .orElseGet(() -> BreadthDepthExpectation.builder().breadthRequired(0).build());
  }

  BrokenPlan changeRequirement(
      InterviewPlan p,
      int a,
      java.util.function.UnaryOperator<CompetencyRequirement> change,
      String code,
      String field) {
    int i = Math.floorMod(a, p.profile().requirements().size());
    List<CompetencyRequirement> list = new ArrayList<>(p.profile().requirements());
    list.set(i, change.apply(list.get(i)));
    return broken(
        withProfile(p, profile(p).requirements(list).build()),
        code,
        "/profile/requirements/" + i + "/" + field);
  }
}
