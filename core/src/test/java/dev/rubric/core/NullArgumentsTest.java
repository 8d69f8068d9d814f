package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.json.JsonLimits;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.NullElements;
import dev.rubric.fixtures.Plans;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, constructor and method of the model and its JSON package that is handed
 * null where it takes none throws a {@link NullPointerException} naming the parameter: never one
 * without a message, nor the virtual machine's own, which names a local variable of Rubric's, and
 * never an answer as if null were an id.
 */
class NullArgumentsTest {
  private static final InterviewPlan PLAN =
      Plans.minimal()
          .profile(
              Plans.profile()
                  .breadthDepth(
                      BreadthDepthExpectation.builder()
                          .depth("deployment", 3)
                          .breadthRequired(0)
                          .addSupportedAreas("deployment")
                          .build())
                  .build())
          .build();

  private static List<Object> receivers() {
    Scorecard card = Plans.card(PLAN).build();
    return List.of(
        PLAN,
        PLAN.profile(),
        PLAN.profile().breadthDepth().orElseThrow(),
        PLAN.panelRoles().get(0),
        PLAN.competencies().get(0),
        PLAN.scale(),
        card,
        PLAN.validate(),
        RubricJson.standard(),
        JsonLimits.defaults(),
        ReadResult.of(PLAN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev.rubric.core", "dev.rubric.core.json"})
  void aNullArgumentIsNamed(String packageName) throws IOException {
    assertThat(
            NullElements.unnamedNullArguments(
                packageName, NullElements.modelDefaults(), receivers()))
        .isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // null, on purpose
  void aLookUpByANullIdIsRefusedNotAnsweredEmpty() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> PLAN.competency(null))
        .withMessage("id");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> PLAN.profile().requirement(null))
        .withMessage("competencyId");
  }
}
