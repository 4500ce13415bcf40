package io.pmobuyin.preview.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.preview.importer.ExportJson;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import io.pmobuyin.preview.sample.SamplePortfolio;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench [--issues N]}: on one generated export (JSON Lines), single-threaded, measures (a) a
 * streaming parse that reads every token and decodes every string but builds nothing, (a') the
 * import alone (the same parse, into engine records, no mining), and (b) import + mining + report;
 * prints issues per second, the ratios and the peak heap of each. A measurement, not a test: run it
 * with the heap you want to prove, e.g. {@code java -Xmx512m -jar … bench}.
 */
public final class BenchCommand {

  static final long DEFAULT_ISSUES = 200_000;
  private static final long WARM_UP_ISSUES = 100_000;
  private static final int WARM_UP_PASSES = 3;

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options = Arguments.parse(args, Set.of("--issues"), Set.of(), Set.of());
    long issues = options.number("--issues", DEFAULT_ISSUES);
    try (TemporaryFolder folder = TemporaryFolder.create("pmo-buyin-bench")) {
      Path dir = folder.path();
      Path warmUp = generate(dir.resolve("warm-up.jsonl"), Math.min(issues, WARM_UP_ISSUES));
      Path export = generate(dir.resolve("export.jsonl"), issues);
      // The JIT needs a few passes over the whole path before it settles; measure it settled.
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        parseOnly(warmUp);
        importOnly(warmUp);
        importAndMine(warmUp);
      }
      Measure parse = measure(() -> parseOnly(export));
      Measure imported = measure(() -> importOnly(export));
      Measure mine = measure(() -> importAndMine(export));
      long bytes = Files.size(export);
      out.printf("issues                 %,d (%,.1f MB of JSON Lines)%n", issues, bytes / 1e6);
      out.printf("max heap               %,d MB%n", Runtime.getRuntime().maxMemory() / (1 << 20));
      // Printed because it moves (b) noticeably: G1, the default, costs more per stored reference.
      out.printf("garbage collector      %s%n", collectorNames());
      out.printf(
          "(a) parse only         %,.0f issues/s  %,.1f MB/s  peak heap %,d MB%n",
          issues / parse.seconds(), bytes / 1e6 / parse.seconds(), parse.peakHeapMb());
      out.printf(
          "(a') import only       %,.0f issues/s  peak heap %,d MB%n",
          issues / imported.seconds(), imported.peakHeapMb());
      out.printf(
          "(b) import + mine      %,.0f issues/s  peak heap %,d MB%n",
          issues / mine.seconds(), mine.peakHeapMb());
      out.printf("    heap held by the miner once all issues are in: %,d MB%n", minerHeldMb);
      out.printf("ratio b/a (time)       %.2f%n", mine.seconds() / parse.seconds());
      out.printf("ratio b/a' (time)      %.2f%n", mine.seconds() / imported.seconds());
      return ExitCode.OK;
    }
  }

  private static Path generate(Path file, long issues) throws IOException {
    try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      SamplePortfolio.standard().writeJsonLines(target, issues);
    }
    return file;
  }

  private static void parseOnly(Path export) throws IOException {
    try (JsonParser parser = ExportJson.FACTORY.createParser(export.toFile())) {
      long tokens = 0;
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
          parser.getTextLength();
        }
        tokens++;
      }
      if (tokens == 0) {
        throw new IllegalStateException("empty export");
      }
    }
  }

  private static void importOnly(Path export) {
    new JiraExportImporter(ImportOptions.defaults())
        .importPaths(List.of(export), new CountingSink());
  }

  /** Takes every record and keeps none. */
  private static final class CountingSink implements IssueSink {
    private long issues;

    @Override
    public void project(ProjectRecord project) {}

    @Override
    public void issue(IssueRecord issue) {
      issues += issue.changes().size() >= 0 ? 1 : 0;
    }
  }

  /** Heap still in use, after a full collection, once every issue is in the miner. */
  private long minerHeldMb;

  private void importAndMine(Path export) {
    MiningConfig config = MiningConfig.defaults();
    PortfolioMiner miner = new PortfolioMiner(config, Catalogue.standard());
    ImportSummary summary =
        new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(export), miner);
    System.gc();
    minerHeldMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    MinedPortfolio mined = miner.finish();
    new ReportAssembler(config, new CostModel(ValueRates.defaults()), "bench")
        .assemble(mined, summary);
  }

  private interface Phase {
    void run() throws IOException;
  }

  private record Measure(double seconds, long peakHeapMb) {}

  private static Measure measure(Phase phase) throws IOException {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    phase.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Measure(seconds, peak >> 20);
  }

  private static String collectorNames() {
    return String.join(
        ", ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }
}
