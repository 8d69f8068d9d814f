package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rubric.core.InterviewPlan;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report of the split-panel candidate in a real headless Chromium (Debian's {@code
 * chromium} package; {@code .ci/run} installs it) and checks the rendered DOM and a screenshot.
 *
 * <p>Without Chromium the test fails when the environment variable {@code CI} is {@code true} and
 * is skipped otherwise (install it with {@code apt-get install -y chromium}). Run with {@code
 * -Drubric.examples.write=true} to refresh {@code docs/report-screenshot.png}, which the README
 * shows.
 */
class HtmlReportBrowserTest {
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

  private static Path chromium = Path.of("chromium");

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    List<Path> places = new ArrayList<>();
    CANDIDATES.forEach(c -> places.add(Path.of(c)));
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!folder.isEmpty()) {
        places.add(Path.of(folder, "chromium"));
      }
    }
    Optional<Path> found = places.stream().filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      String message =
          "Chromium is not installed at "
              + CANDIDATES
              + " or on the PATH"
              + "; install Debian's package: apt-get install -y chromium";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " (CI=true: the browser test must run in CI)");
      }
      Assumptions.abort(message + " (skipped outside CI)");
    }
    chromium = found.get();
  }

  @Test
  void renderedDomHoldsTheChartAndTheDecision() throws Exception {
    Path report = report();

    String dom = run(List.of("--dump-dom", report.toUri().toString()), dir.resolve("dom.html"));

    assertThat(dom)
        .contains("<svg id=\"competency-chart\"")
        .contains("data-outcome=\"NEEDS_DEBRIEF\"")
        .contains("NEEDS DEBRIEF")
        .contains("<section id=\"agenda\">")
        .contains("data-competency=\"drift-detection\"");
    assertThat(dom.split("<g class=\"competency\"", -1))
        .hasSize(MlEngineerRubric.plan().competencies().size() + 1);
  }

  @Test
  void renderedDomHoldsTheDebriefSections() throws Exception {
    Path report = report();

    String dom = run(List.of("--dump-dom", report.toUri().toString()), dir.resolve("dom.html"));

    assertThat(dom)
        .contains("<section id=\"concerns\">")
        .contains("<section id=\"recommendations\">")
        .contains("<section id=\"ratings\">")
        .contains("class=\"anchor\"")
        .contains("class=\"evidence\"")
        .contains("@media print");
    // The split panel's agenda: drift detection with both sides' evidence and follow-up prompts.
    String agenda = dom.substring(dom.indexOf("<section id=\"agenda\">"));
    String drift = agenda.substring(agenda.indexOf("data-competency=\"drift-detection\""));
    drift =
        drift.substring(
            0, drift.indexOf("</li>\n<li") < 0 ? drift.length() : drift.indexOf("</li>\n<li"));
    assertThat(drift).contains("side lower", "side higher", "class=\"prompts\"");
    assertThat(drift.split("class=\"rating\"", -1).length - 1).isGreaterThanOrEqualTo(2);
  }

  /**
   * Measures the chart in the browser: a copy of the report with a measuring script (the report
   * itself has none) writes each label's box, its full text, the first bar's left edge and the
   * scale's lowest grid line into the DOM.
   */
  @Test
  void chartShowsFullLabelsAndBarsStartAtTheLowestLevel() throws Exception {
    InterviewPlan plan = MlEngineerRubric.plan();
    String html = Files.readString(report());
    String script =
        "<script>const out=[];"
            + "for(const t of document.querySelectorAll('#competency-chart text.name')){"
            + "const b=t.getBBox();"
            + "const words=Array.from(t.querySelectorAll('tspan')).map(s=>s.textContent).join('');"
            + "out.push({x:b.x,w:b.width,text:words});}"
            + "const bar=document.querySelector('#competency-chart rect.score').getBBox().x;"
            + "const grid=Number(document.querySelector('#competency-chart line').getAttribute('x1'));"
            + "document.body.setAttribute('data-measured',JSON.stringify({labels:out,bar:bar,grid:grid}));"
            + "</script>";
    Path measured = dir.resolve("measured.html");
    Files.writeString(measured, html.replace("</body>", script + "</body>"));

    String dom = run(List.of("--dump-dom", measured.toUri().toString()), dir.resolve("m.html"));

    String json = dom.substring(dom.indexOf("data-measured=\"") + 15);
    json = json.substring(0, json.indexOf('"')).replace("&quot;", "\"").replace("&amp;", "&");
    com.fasterxml.jackson.databind.JsonNode m =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    List<String> names = new ArrayList<>();
    // Lines break at spaces or hyphens: compare without white space.
    plan.competencies().forEach(c -> names.add(c.name().replaceAll("\\s", "")));
    List<String> shown = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode label : m.get("labels")) {
      shown.add(label.get("text").asText().replaceAll("\\s", ""));
      assertThat(label.get("x").asDouble())
          .as("label %s starts inside the chart", label)
          .isNotNegative();
    }
    assertThat(shown).containsExactlyElementsOf(names);
    assertThat(m.get("bar").asDouble())
        .isCloseTo(m.get("grid").asDouble(), org.assertj.core.api.Assertions.within(0.5));
  }

  @Test
  void screenshotIsAPicture() throws Exception {
    Path report = report();
    Path png = dir.resolve("report.png");

    run(
        List.of(
            "--screenshot=" + png,
            "--window-size=1200,1600",
            "--hide-scrollbars",
            report.toUri().toString()),
        dir.resolve("screenshot.log"));

    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    if (Boolean.getBoolean("rubric.examples.write")) {
      Path docs = Path.of("..", "docs");
      Files.createDirectories(docs);
      Files.copy(png, docs.resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path report() throws IOException {
    InterviewPlan plan = MlEngineerRubric.plan();
    Path file = dir.resolve("split-panel.html");
    Files.writeString(
        file,
        HtmlReport.render(
            plan, Evaluator.standard().evaluate(plan, SampleCandidates.splitPanel())));
    return file;
  }

  private String run(List<String> args, Path output) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + Files.createDirectories(dir.resolve("profile"))));
    command.addAll(args);
    Path log = dir.resolve(output.getFileName() + ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(log.toFile())
            .directory(dir.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s: " + Files.readString(log));
    }
    assertThat(process.exitValue())
        .as("chromium exit code; stderr: %s", Files.readString(log))
        .isZero();
    return Files.readString(output);
  }
}
