package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.examples.MlEngineerRubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void theMlEngineerPlanIsValidWithNoProblem() {
    CommandRun run = CommandRun.of("validate", "../examples/plans/ml-engineer.json");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(
            "../examples/plans/ml-engineer.json: plan 'ml-engineer-senior' is valid: 0 errors, 0 advice;"
                + " fingerprint "
                + MlEngineerRubric.plan().fingerprint()
                + "; scoring fingerprint "
                + MlEngineerRubric.plan().scoringFingerprint()
                + "\n");
  }

  @Test
  void adviceIsPrintedButThePlanIsAccepted() throws IOException {
    String json =
        Files.readString(Path.of("../examples/plans/ml-engineer.json"), StandardCharsets.UTF_8)
            .replaceFirst("\"observability\" : \"[^\"]*\"", "\"observability\" : \" \"");
    Path plan = write("advice.json", json);

    CommandRun run = CommandRun.of("validate", plan.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out.lines())
        .hasSize(2)
        .first()
        .isEqualTo(
            "ADVICE ENVIRONMENT_UNANSWERED at /profile/environment/observability: Candidates will"
                + " ask \"What observability tools are in place?\"; answer it before the search"
                + " starts.");
    assertThat(run.out.lines().skip(1).findFirst().orElseThrow())
        .startsWith(plan + ": plan 'ml-engineer-senior' is valid: 0 errors, 1 advice;");
  }

  @Test
  void everyValidationErrorIsPrintedWithItsPathAndThePlanIsRejected() throws IOException {
    String json =
        Files.readString(Path.of("../examples/plans/ml-engineer.json"), StandardCharsets.UTF_8)
            .replace("\"competencyId\" : \"modeling-depth\"", "\"competencyId\" : \"modelling\"")
            .replace("\"hireLine\" : 3", "\"hireLine\" : 7");
    Path plan = write("invalid.json", json);

    CommandRun run = CommandRun.of("validate", plan.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out.lines())
        .containsExactly(
            "ERROR HIRE_LINE_OUTSIDE_SCALE at /scale/hireLine: The hire line 7 is not a level of"
                + " the scale; use one of [1, 2, 3, 4].",
            "ERROR UNKNOWN_COMPETENCY at /profile/requirements/13/competencyId: The requirement"
                + " names unknown competency 'modelling'.",
            "ADVICE UNWEIGHTED_COMPETENCY at /competencies/13: Competency 'modeling-depth' has no"
                + " requirement, so it is reported but does not count toward the overall score.",
            plan + ": 2 errors, 1 advice; the plan is rejected");
    // Each error is also one rubric: line on standard error (advice is not an error).
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: "
                + plan
                + ": ERROR HIRE_LINE_OUTSIDE_SCALE at /scale/hireLine: The hire line 7 is not a"
                + " level of the scale; use one of [1, 2, 3, 4].",
            "rubric: "
                + plan
                + ": ERROR UNKNOWN_COMPETENCY at /profile/requirements/13/competencyId: The"
                + " requirement names unknown competency 'modelling'.",
            "rubric: " + plan + ": the plan is rejected with 2 errors");
  }

  @Test
  void missingFileIsRejectedInOneLine() {
    CommandRun run = CommandRun.of("validate", "no-such-plan.json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("rubric: cannot read no-such-plan.json: no such file\n");
  }

  @Test
  void directoryIsRejectedInOneLine() {
    CommandRun run = CommandRun.of("validate", dir.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo("rubric: cannot read " + dir + ": a directory, not a regular file\n");
  }

  @Test
  void malformedJsonIsLocatedAndRejected() throws IOException {
    Path plan = write("truncated.json", "{\"schemaVersion\": 1,\n  \"id\": ");

    CommandRun run = CommandRun.of("validate", plan.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out.lines())
        .containsExactly(
            "ERROR JSON_SYNTAX at /id: Malformed JSON: Unexpected end-of-input within/between"
                + " Object entries (line 2, column 9).",
            plan
                + ": 1 error, 0 advice; it could not be read, so its rules were not checked; the"
                + " plan is rejected");
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: "
                + plan
                + ": ERROR JSON_SYNTAX at /id: Malformed JSON: Unexpected end-of-input"
                + " within/between Object entries (line 2, column 9).",
            "rubric: " + plan + ": the plan is rejected with 1 error");
  }

  @Test
  void wellFormedJsonOfTheWrongShapeListsEveryProblem() throws IOException {
    Path plan = write("shape.json", "{\"schemaVersion\": 1, \"id\": 5, \"colour\": \"red\"}");

    CommandRun run = CommandRun.of("validate", plan.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out.lines())
        .contains(
            "ERROR JSON_UNKNOWN_FIELD at /colour: Unknown field 'colour'; remove it or check its"
                + " spelling.",
            "ERROR JSON_WRONG_TYPE at /id: Expected a string at /id, found the number 5.",
            "ERROR JSON_MISSING_FIELD at /profile: The required field 'profile' is missing.")
        .last()
        .isEqualTo(
            plan
                + ": 6 errors, 0 advice; it could not be read, so its rules were not checked; the"
                + " plan is rejected");
  }

  @Test
  void aPlanThatCannotBeReadSaysItsRulesWereNotChecked() throws IOException {
    // Found by a review: a plan with a control character in its id and a hire line off its scale
    // reported "1 error" and nothing else, as if validation had found only that.
    String bundled =
        Files.readString(Path.of("../examples/plans/ml-engineer.json"), StandardCharsets.UTF_8);
    Path unreadable =
        write(
            "unreadable.json",
            bundled
                .replaceFirst("\"id\" : \"ml-engineer-senior\"", "\"id\" : \"plan\\\\u001b\"")
                .replaceFirst("\"hireLine\" : 3", "\"hireLine\" : 7"));
    Path readable =
        write("readable.json", bundled.replaceFirst("\"hireLine\" : 3", "\"hireLine\" : 7"));

    CommandRun unread = CommandRun.of("validate", unreadable.toString());
    CommandRun read = CommandRun.of("validate", readable.toString());

    assertThat(unread.exitCode).isEqualTo(1);
    assertThat(unread.out).contains("CONTROL_CHARACTER at /id");
    assertThat(unread.out.lines().reduce((a, b) -> b))
        .hasValue(
            unreadable
                + ": 1 error, 0 advice; it could not be read, so its rules were not checked; the"
                + " plan is rejected");
    assertThat(read.out.lines().reduce((a, b) -> b))
        .hasValue(readable + ": 1 error, 0 advice; the plan is rejected");
    assertThat(read.out).contains("HIRE_LINE_OUTSIDE_SCALE at /scale/hireLine");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("validate", "--strict", "../examples/plans/ml-engineer.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("rubric: Unknown option: '--strict' (see 'rubric validate --help')\n");
  }

  /**
   * An unknown option given alone is reported as the unknown option, as it is beside another
   * argument, not as the missing PLAN.json it displaced; in every command.
   */
  @Test
  void anUnknownOptionGivenAloneIsNamed() {
    CommandRun run = CommandRun.of("validate", "-x.json");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("rubric: Unknown option: '-x.json' (see 'rubric validate --help')\n");
    for (String command :
        new String[] {"evaluate", "compare", "calibrate", "audit", "agreement", "diff"}) {
      CommandRun other = CommandRun.of(command, "-x.json");
      assertThat(other.exitCode).as(command).isEqualTo(2);
      assertThat(other.err)
          .as(command)
          .startsWith("rubric: Unknown option: '-x.json' (see 'rubric " + command);
    }
    assertThat(CommandRun.of("export-ratings", "-x.json", "-y").err)
        .startsWith("rubric: Unknown options: '-x.json', '-y' (see 'rubric export-ratings");
  }

  @Test
  void missingArgumentIsAUsageError() {
    CommandRun run = CommandRun.of("validate");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Missing required parameter: 'PLAN.json' (see 'rubric validate --help')\n");
  }

  @Test
  void helpDescribesTheCommand() {
    CommandRun run = CommandRun.of("validate", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("Usage: rubric validate [-hV] PLAN.json")
        .contains("Validate an interview plan: print every problem, located by its JSON path.");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
