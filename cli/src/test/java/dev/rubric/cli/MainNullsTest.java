package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Main#run} rejects each null argument with a {@code NullPointerException} naming it. {@code
 * Main.main} is left out: it exits the JVM.
 */
class MainNullsTest {
  @Test
  void runRejectsNullArguments() throws NoSuchMethodException {
    new NullPointerTester()
        .testMethod(
            null,
            Main.class.getMethod("run", String[].class, PrintStream.class, PrintStream.class));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamedNotReportedAsAnUnexpectedError() {
    // Found by this test: run(null, out, err) printed "unexpected error" and returned 1.
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Main.run(null, out, out))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("args");
  }
}
