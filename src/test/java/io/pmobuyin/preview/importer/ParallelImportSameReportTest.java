package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.preview.importer.TroubledExport.Trouble;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading files ahead on worker threads gives the report of reading them one after another, byte
 * for byte (the production JSON writer, a fixed mining time): the same issues in the same order
 * (issue order per project, the first of two copies kept, evidence keys), the same import problems
 * in the same order, capped at the same point with the same total, the same uncategorised statuses.
 */
class ParallelImportSameReportTest {

  private static final List<Integer> THREADS = List.of(2, 3, 8);

  @TempDir Path temp;

  /** Generated multi-file exports with troubles, through 1, 2, 3 and 8 threads. */
  @Property(tries = 25)
  void aTroubledExportGivesTheSameReportOnAnyNumberOfThreads(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 1, max = 4) int projects,
      @ForAll @IntRange(min = 3, max = 40) int issuesPerProject,
      @ForAll @IntRange(min = 2, max = 30) int pageSize,
      @ForAll @Size(min = 2, max = 12) List<@From("troubles") Trouble> troubles,
      @ForAll("maxProblems") int maxProblems)
      throws IOException {
    // jqwik runs properties outside JUnit's lifecycle, which injects @TempDir only into tests.
    Path dir = Files.createTempDirectory("pmo-buyin-parallel-import");
    try {
      sameReportOnAnyNumberOfThreads(
          dir, seed, projects, issuesPerProject, pageSize, troubles, maxProblems);
    } finally {
      deleteTree(dir);
    }
  }

  private static void sameReportOnAnyNumberOfThreads(
      Path dir,
      int seed,
      int projects,
      int issuesPerProject,
      int pageSize,
      List<Trouble> troubles,
      int maxProblems)
      throws IOException {
    TroubledExport.write(dir, seed, projects, issuesPerProject, pageSize, troubles);
    Path export = TroubledExport.exportOf(dir);

    Mined serial = mine(export, 1, maxProblems);

    assertThat(serial.summary().issuesRead()).isPositive();
    for (int threads : THREADS) {
      assertThat(mine(export, threads, maxProblems).json())
          .as("the report read on %d threads", threads)
          .isEqualTo(serial.json());
    }
    Statistics.label("files").collect(filesIn(export) > 2 * THREADS.get(0) ? "> window" : "few");
    Statistics.label("problems kept")
        .collect(
            serial.summary().problemsTotal() > serial.summary().problems().size()
                ? "capped"
                : serial.summary().problemsTotal() > 0 ? "all" : "none");
    Statistics.label("duplicates")
        .collect(troubles.contains(Trouble.COPIED_TO_THE_END) ? "copies" : "none");
  }

  @Provide
  Arbitrary<Trouble> troubles() {
    // Mostly sound pages, as in real exports, each trouble often enough to meet in most tries.
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Trouble.NONE)), Tuple.of(6, Arbitraries.of(Trouble.class)));
  }

  @Provide
  Arbitrary<Integer> maxProblems() {
    return Arbitraries.of(0, 1, 3, 200);
  }

  /**
   * Pages that carry no names map are read with the map of the pages before them, also when read
   * ahead, including after a page of another Jira changed what the sprint field is.
   */
  @Test
  void filesWithoutNamesMapAreReadWithWhatTheFilesBeforeThemTaught() throws IOException {
    List<Trouble> troubles =
        List.of(
            Trouble.NAMES_AFTER_ISSUES,
            Trouble.NO_NAMES,
            Trouble.NO_NAMES,
            Trouble.NO_NAMES,
            Trouble.NO_NAMES,
            Trouble.OTHER_JIRA_NAMES,
            Trouble.NO_NAMES,
            Trouble.NO_NAMES,
            Trouble.NO_NAMES,
            Trouble.NONE,
            Trouble.NO_NAMES);
    TroubledExport.write(temp, 7, 3, 30, 4, troubles);
    Path export = TroubledExport.exportOf(temp);

    String serial = mine(export, 1, 200).json();

    for (int threads : THREADS) {
      assertThat(mine(export, threads, 200).json()).isEqualTo(serial);
    }
  }

  /** The real Apache issues, split into pages of uneven sizes, some twice, one cut short. */
  @Test
  void theRealApacheIssuesSplitIntoFilesGiveTheSameReport() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode fixture;
    try (InputStream in = getClass().getResourceAsStream("/real/apache-fixture.json")) {
      fixture = json.readTree(in);
    }
    JsonNode issues = fixture.get("issues");
    int[] sizes = {1, 7, 50, 3, 90, 2, 40, 11, 60, 25, 41};
    int from = 0;
    for (int page = 0; from < issues.size(); page++) {
      int to = Math.min(issues.size(), from + sizes[page % sizes.length]);
      ObjectNode file = json.createObjectNode();
      file.put("startAt", from);
      ArrayNode slice = file.putArray("issues");
      for (int i = from; i < to; i++) {
        slice.add(issues.get(i));
      }
      byte[] bytes = json.writeValueAsBytes(file);
      Files.write(temp.resolve("page-%03d.json".formatted(page)), bytes);
      if (page % 4 == 1) {
        Files.write(temp.resolve("zz-again-%03d.json".formatted(page)), bytes);
      }
      if (page == 5) {
        Files.write(
            temp.resolve("page-%03d-cut.json".formatted(page)),
            java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
      from = to;
    }

    Mined serial = mine(temp, 1, 200);

    assertThat(serial.summary().issuesRead()).isGreaterThan(issues.size());
    for (int threads : THREADS) {
      assertThat(mine(temp, threads, 200).json()).isEqualTo(serial.json());
    }
  }

  private record Mined(ImportSummary summary, String json) {}

  private static Mined mine(Path export, int threads, int maxProblems) {
    MiningConfig config = MiningConfig.defaults().withPmoStart(TroubledExport.PMO_START);
    PortfolioMiner miner = new PortfolioMiner(config, Catalogue.standard());
    ImportSummary summary =
        new JiraExportImporter(ImportOptions.defaults().withMaxProblems(maxProblems), threads)
            .importPaths(List.of(export), miner);
    String json =
        Reports.json(
            new ReportAssembler(
                    config, new CostModel(ValueRates.defaults()), "test", Reports.MINED_AT)
                .assemble(miner.finish(), summary));
    return new Mined(summary, json);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static long filesIn(Path export) throws IOException {
    try (Stream<Path> files = Files.list(export)) {
      return files.count();
    }
  }
}
