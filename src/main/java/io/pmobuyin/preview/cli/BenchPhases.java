package io.pmobuyin.preview.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.preview.importer.ExportJson;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The three things the bench times, each over the same bytes: (a) a bare decode (every token read,
 * every string decoded, nothing built: the floor any import stands on), (a') the import into engine
 * records kept by nobody, and (b) import, mining and the report. And, untimed, what the miner holds
 * once every issue is in.
 */
final class BenchPhases {

  /** Results every phase adds to, so that the JIT cannot drop the work as unused. */
  private static volatile long consumed;

  private BenchPhases() {}

  static void decode(BenchInput input) {
    try (JsonParser parser = ExportJson.FACTORY.createParser(input.file().toFile())) {
      long tokens = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          tokens += parser.getTextLength();
        }
        tokens++;
      }
      consumed += tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void importOnly(BenchInput input) {
    Discard discard = new Discard();
    new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(input.file()), discard);
    consumed += discard.changes;
  }

  static void importAndMine(BenchInput input) {
    MiningConfig config = MiningConfig.defaults();
    PortfolioMiner miner = new PortfolioMiner(config, Catalogue.standard());
    ImportSummary summary =
        new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(input.file()), miner);
    consumed +=
        new ReportAssembler(config, new CostModel(ValueRates.defaults()), "bench")
            .assemble(miner.finish(), summary)
            .patterns()
            .size();
  }

  /**
   * Bytes the miner holds once every issue is in, before it finishes: the heap in use after full
   * collections, less the heap in use before. Untimed: it forces collections.
   */
  static long minerHeldBytes(BenchInput input) {
    long before = usedAfterCollection();
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(input.file()), miner);
    long held = usedAfterCollection() - before;
    consumed += miner.finish().issues();
    return held;
  }

  static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    // Twice: objects with finalisers or soft references may need a second collection to go.
    for (int i = 0; i < 2; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Takes every record and keeps none. */
  private static final class Discard implements IssueSink {
    private long changes;

    @Override
    public void project(ProjectRecord project) {}

    @Override
    public void issue(IssueRecord issue) {
      changes += issue.changes().size();
    }
  }
}
