package io.pmobuyin.preview.cli;

import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import io.pmobuyin.preview.sample.SamplePortfolio;
import io.pmobuyin.preview.text.TextSummary;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.report.json.ReportJson;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code mine}: import an export (or the sample), mine it, print the report. */
public final class MineCommand {

  static final int PROBLEMS_SHOWN = 20;

  private final Messages messages;
  private final PrintStream out;
  private final PrintStream err;

  public MineCommand(Messages messages, PrintStream out, PrintStream err) {
    this.messages = messages;
    this.out = out;
    this.err = err;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options =
        Arguments.parse(
            args, Set.of("--format", "--out", "--config"), Set.of("--input"), Set.of("--sample"));
    if (options.has("--sample") && options.has("--input")) {
      throw new UsageException("pmobuyin.cli.error.input-or-sample");
    }
    String format = options.value("--format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("pmobuyin.cli.error.format", format);
    }
    MiningConfig mining = MiningConfig.defaults();
    List<Path> inputs = new ArrayList<>();
    Path sampleDir = null;
    if (options.has("--input")) {
      for (String input : options.values("--input")) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
          throw new FileProblem("pmobuyin.cli.error.no-such-input", input);
        }
        inputs.add(path);
      }
    } else {
      SamplePortfolio sample = SamplePortfolio.standard();
      sampleDir = Files.createTempDirectory("pmo-buyin-sample");
      sample.writePages(sampleDir, 100);
      inputs.add(sampleDir);
      mining = mining.withPmoStart(sample.pmoStart());
    }
    try {
      SettingsFile.Settings settings = new SettingsFile.Settings(mining, ValueRates.defaults());
      if (options.has("--config")) {
        settings =
            SettingsFile.read(
                Path.of(options.value("--config", null)), mining, ValueRates.defaults());
      }
      return mineAndReport(inputs, settings, format, options.value("--out", null));
    } finally {
      if (sampleDir != null) {
        deleteTree(sampleDir);
      }
    }
  }

  private ExitCode mineAndReport(
      List<Path> inputs, SettingsFile.Settings settings, String format, String outFile)
      throws IOException {
    MiningConfig mining = settings.mining();
    PortfolioMiner miner = new PortfolioMiner(mining, Catalogue.standard());
    JiraExportImporter importer =
        new JiraExportImporter(ImportOptions.defaults().withDateZone(mining.zone()));
    ImportSummary summary = importer.importPaths(inputs, miner);
    reportProblems(summary);
    if (summary.nothingUsable()) {
      err.println(messages.text("pmobuyin.cli.error.nothing-usable"));
      return ExitCode.NOTHING_USABLE;
    }
    MinedPortfolio mined = miner.finish();
    PortfolioReport report =
        new ReportAssembler(
                mining,
                new CostModel(settings.rates()),
                "PMO Buy-In " + BuildInfo.fromClasspath().version())
            .assemble(mined, summary);
    if (outFile == null) {
      write(report, format, out);
    } else {
      Path target = Path.of(outFile);
      try (OutputStream file = Files.newOutputStream(target)) {
        write(report, format, file);
      } catch (IOException e) {
        throw new FileProblem("pmobuyin.cli.error.cannot-write", outFile, e.getMessage());
      }
      err.println(messages.text("pmobuyin.cli.report-written", target.toAbsolutePath()));
    }
    return ExitCode.OK;
  }

  private void write(PortfolioReport report, String format, OutputStream target) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
    if (format.equals("json")) {
      new ReportJson(messages::text).write(report, writer);
    } else {
      new TextSummary(messages, Locale.getDefault()).write(report, writer);
    }
    writer.flush();
  }

  private void reportProblems(ImportSummary summary) {
    List<ImportProblem> problems = summary.problems();
    problems.stream()
        .limit(PROBLEMS_SHOWN)
        .forEach(p -> err.println(messages.text("pmobuyin.cli.problem", p)));
    long more = summary.problemsTotal() - Math.min(PROBLEMS_SHOWN, problems.size());
    if (more > 0) {
      err.println(messages.text("pmobuyin.cli.problems-more", more));
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
