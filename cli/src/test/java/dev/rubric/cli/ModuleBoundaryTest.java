package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library modules are real Java modules: their descriptors resolve against their dependencies
 * (read from the same class files the tests use, as exploded modules), and each exports only its
 * API packages; the internal helpers are exported to Rubric's own modules only.
 */
class ModuleBoundaryTest {
  private static final Set<String> LIBRARY =
      Set.of("dev.rubric.core", "dev.rubric.scoring", "dev.rubric.interop", "dev.rubric.testkit");

  @Test
  void theLibraryModulesResolveAgainstTheirDependencies() {
    Configuration resolved = resolve();

    assertThat(resolved.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet()))
        .containsAll(LIBRARY);
  }

  @Test
  void eachModuleExportsOnlyItsApiPackages() {
    Map<String, Set<String>> exports = new TreeMap<>();
    Map<String, Set<String>> qualified = new TreeMap<>();
    for (ResolvedModule m : resolve().modules()) {
      ModuleDescriptor d = m.reference().descriptor();
      if (!LIBRARY.contains(d.name())) {
        continue;
      }
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (e.isQualified()) {
          qualified.put(e.source(), new TreeSet<>(e.targets()));
        } else {
          exports.computeIfAbsent(d.name(), k -> new TreeSet<>()).add(e.source());
        }
      }
    }

    assertThat(exports)
        .containsOnly(
            Map.entry("dev.rubric.core", Set.of("dev.rubric.core", "dev.rubric.core.json")),
            Map.entry(
                "dev.rubric.scoring",
                Set.of(
                    "dev.rubric.scoring",
                    "dev.rubric.scoring.agreement",
                    "dev.rubric.scoring.audit",
                    "dev.rubric.scoring.calibration",
                    "dev.rubric.scoring.json")),
            Map.entry("dev.rubric.interop", Set.of("dev.rubric.interop")),
            Map.entry(
                "dev.rubric.testkit",
                Set.of(
                    "dev.rubric.testkit",
                    "dev.rubric.testkit.contracts",
                    "dev.rubric.testkit.domain")));
    assertThat(qualified)
        .containsOnly(
            Map.entry(
                "dev.rubric.core.internal.json",
                Set.of("dev.rubric.scoring", "dev.rubric.interop")),
            Map.entry("dev.rubric.core.internal.jackson", Set.of("dev.rubric.interop")),
            Map.entry("dev.rubric.core.internal.util", Set.of("dev.rubric.scoring")));
  }

  @Test
  void guavaAndJacksonAreReadButNotReExported() {
    for (ResolvedModule m : resolve().modules()) {
      ModuleDescriptor d = m.reference().descriptor();
      if (!LIBRARY.contains(d.name())) {
        continue;
      }
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (r.name().startsWith("com.google") || r.name().startsWith("com.fasterxml")) {
          assertThat(r.modifiers())
              .as(d.name() + " requires " + r.name())
              .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        }
      }
    }
  }

  /** One class of each module the library modules need at run time, to locate its jar. */
  private static final String[] RUNTIME = {
    "dev.rubric.core.InterviewPlan",
    "dev.rubric.scoring.Evaluator",
    "dev.rubric.interop.ImportMapping",
    "dev.rubric.testkit.Gen",
    "com.google.common.collect.ImmutableList",
    "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
    "com.fasterxml.jackson.databind.ObjectMapper",
    "com.fasterxml.jackson.core.JsonParser",
    "com.fasterxml.jackson.annotation.JsonProperty",
    "org.apache.commons.statistics.distribution.NormalDistribution",
    "org.apache.commons.numbers.combinatorics.BinomialCoefficient",
    "org.apache.commons.numbers.core.Precision",
    "org.apache.commons.numbers.gamma.Erf",
    "org.apache.commons.numbers.fraction.Fraction",
    "org.apache.commons.numbers.rootfinder.BrentSolver",
    "org.apache.commons.rng.sampling.PermutationSampler",
    "org.apache.commons.rng.UniformRandomProvider",
    "org.junit.jupiter.api.Test",
    "org.junit.platform.commons.annotation.Testable",
    "org.opentest4j.AssertionFailedError",
    "org.apiguardian.api.API",
  };

  private static Configuration resolve() {
    Set<Path> paths = new LinkedHashSet<>();
    for (String name : RUNTIME) {
      try {
        paths.add(location(Class.forName(name)));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name + " is not on the test class path", e);
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    return ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), LIBRARY);
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
