package io.pmobuyin.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's start-up archive (src/build/cds-archive.sh): the class-data-sharing archive the
 * build made beside the preview jar maps on the JDK that built it and holds the app's classes, the
 * launcher uses it, and a run with it prints the same report as a run without it. With {@code
 * -Xshare:on} the JVM refuses to start on an archive it cannot use, so a stale or broken archive
 * fails here instead of being skipped.
 */
class PreviewStartupArchiveIT {

  private static final Path JAR = previewJar();
  private static final Path ARCHIVE =
      JAR.resolveSibling(JAR.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
  private static final Path LAUNCHER = JAR.resolveSibling("pmo-buyin-preview");
  private static final String JAVA =
      Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  // C1 alone halves these short runs (README, "Start-up") and prints the same report.
  private static final String C1 = "-XX:TieredStopAtLevel=1";

  @TempDir Path temp;

  @Test
  void theLauncherRunsThePreviewOnTheArchiveAndPrintsTheSameReport() throws Exception {
    assertThat(ARCHIVE).as("the build's archive (see target/cds-archive.log)").isRegularFile();
    Path classLog = temp.resolve("classes.log");

    Run plain = run(List.of(JAVA, C1, "-jar", JAR.toString()), Map.of());
    Run archived =
        run(
            List.of("sh", LAUNCHER.toString()),
            Map.of(
                "PMO_BUYIN_JAVA_OPTS", C1 + " -Xshare:on -Xlog:class+load=info:file=" + classLog));

    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(archived.exitCode()).as(archived.err()).isZero();
    assertThat(archived.err()).isEmpty();
    assertThat(withoutMinedAt(archived.out()))
        .startsWith("{")
        .isEqualTo(withoutMinedAt(plain.out()));
    // The app's own classes came from the archive, not only the JDK's.
    assertThat(Files.readAllLines(classLog))
        .anyMatch(
            line ->
                line.contains("io.pmobuyin.preview.PreviewMain source: shared objects file")
                    && line.contains("(top)"))
        .anyMatch(
            line ->
                line.contains(
                    "io.pmobuyin.mining.portfolio.PortfolioMiner source: shared objects"));
  }

  @Test
  void aMovedJarLosesTheArchiveButTheRunAndItsOutputGoOn() throws Exception {
    // The archive names the jar by its absolute path: a copy elsewhere no longer matches it.
    for (Path file : List.of(JAR, ARCHIVE, LAUNCHER)) {
      Files.copy(file, temp.resolve(file.getFileName()));
    }
    Path classLog = temp.resolve("classes.log");

    Run moved =
        run(
            List.of("sh", temp.resolve(LAUNCHER.getFileName()).toString()),
            Map.of("PMO_BUYIN_JAVA_OPTS", C1 + " -Xlog:class+load=info:file=" + classLog));

    assertThat(moved.exitCode()).as(moved.err()).isZero();
    // The JVM's warning goes to stderr; stdout is the report alone.
    assertThat(moved.err()).contains("shared archive");
    assertThat(moved.out()).startsWith("{").contains("\"schemaVersion\": 1");
    assertThat(Files.readAllLines(classLog))
        .filteredOn(line -> line.contains("io.pmobuyin.preview.PreviewMain "))
        .singleElement()
        .asString()
        .doesNotContain("shared objects file");
  }

  private record Run(int exitCode, String out, String err) {}

  private Run run(List<String> launch, Map<String, String> environment) throws Exception {
    List<String> command = new ArrayList<>(launch);
    command.addAll(List.of("mine", "--input", fixture().toString(), "--format", "json"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(temp, "out", ".json");
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The report says when it was mined; everything else must be equal. */
  private static String withoutMinedAt(String report) {
    return report
        .lines()
        .filter(line -> !line.contains("\"minedAt\""))
        .collect(Collectors.joining("\n"));
  }

  private static Path fixture() throws URISyntaxException, IOException {
    return Paths.get(
        PreviewStartupArchiveIT.class.getResource("/real/apache-fixture.json").toURI());
  }

  private static Path previewJar() {
    String location = System.getProperty("pmobuyin.preview");
    if (location == null) {
      throw new IllegalStateException("Run through `mvn verify`: pmobuyin.preview is not set");
    }
    return Paths.get(location).toAbsolutePath();
  }
}
