package dev.rubric.cli.archfixture;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.json.EvaluationJson;

/**
 * Command-line classes that write a JSON report with the library's writers directly, each breaking
 * one clause of "command-line JSON is written through VisibleJson", for {@code
 * ArchitectureRulesFailTest}. Test sources only; nothing here is ever called.
 */
public final class RawJsonReports {
  private RawJsonReports() {}

  static final class WritesTreeRaw {
    String run() {
      return JsonTrees.pretty(JsonNodeFactory.instance.objectNode());
    }
  }

  static final class WritesEvaluationRaw {
    String run(Evaluation evaluation) {
      return EvaluationJson.write(evaluation);
    }
  }
}
