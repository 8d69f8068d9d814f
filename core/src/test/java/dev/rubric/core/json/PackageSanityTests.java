package dev.rubric.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;
import dev.rubric.fixtures.Plans;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    setDefault(InterviewPlan.class, Plans.minimal().build());
    setDefault(JsonNode.class, JsonNodeFactory.instance.objectNode());
    setDefault(ObjectNode.class, JsonNodeFactory.instance.objectNode());
  }
}
