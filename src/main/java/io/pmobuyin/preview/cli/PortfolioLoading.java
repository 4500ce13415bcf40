package io.pmobuyin.preview.cli;

import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import io.pmobuyin.preview.sample.SamplePortfolio;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.value.CostModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Imports and mines what the command line names (the sample or export files) into a report, the one
 * way {@code mine} and {@code serve} share. Problems in the input are printed as they are found;
 * nothing usable at all is an empty answer.
 */
public final class PortfolioLoading {

  static final int PROBLEMS_SHOWN = 20;

  private final Messages messages;
  private final PrintStream err;

  public PortfolioLoading(Messages messages, PrintStream err) {
    this.messages = messages;
    this.err = err;
  }

  /** The embedded sample, with its PMO start date, catalogue and project leadership. */
  public Optional<GadgetData> sample(Path configFile) throws IOException {
    return sample(SamplePortfolio.standard(), configFile);
  }

  /** A generated portfolio, such as a large one for benchmarks, mined like the sample. */
  public Optional<GadgetData> sample(SamplePortfolio sample, Path configFile) throws IOException {
    try (TemporaryFolder folder = TemporaryFolder.create("pmo-buyin-sample")) {
      Path dir = folder.path();
      sample.writePages(dir, 100);
      AppSettings settings =
          settings(configFile, MiningConfig.defaults().withPmoStart(sample.pmoStart()));
      ServiceCatalogue catalogue = sample.catalogue();
      return mine(List.of(dir), settings, catalogue)
          .map(
              loaded ->
                  new GadgetData(
                      loaded.report(), catalogue, sample.leadership(), loaded.targets()));
    }
  }

  /** Export files or directories; an export carries no catalogue and no active projects. */
  public Optional<GadgetData> files(List<Path> inputs, Path configFile) throws IOException {
    return mine(inputs, settings(configFile, MiningConfig.defaults()), ServiceCatalogue.empty());
  }

  private AppSettings settings(Path configFile, MiningConfig mining) {
    AppSettings base = AppSettings.defaults().withMining(mining);
    return configFile == null ? base : SettingsFile.read(configFile, base, messages);
  }

  private Optional<GadgetData> mine(
      List<Path> inputs, AppSettings settings, ServiceCatalogue catalogue) throws IOException {
    MiningConfig mining = settings.mining();
    PortfolioMiner miner = new PortfolioMiner(mining, Catalogue.standard(), catalogue.engagement());
    JiraExportImporter importer =
        new JiraExportImporter(ImportOptions.defaults().withDateZone(mining.zone()));
    ImportSummary summary = importer.importPaths(inputs, miner);
    reportProblems(summary);
    if (summary.nothingUsable()) {
      err.println(messages.text("pmobuyin.cli.error.nothing-usable"));
      return Optional.empty();
    }
    return Optional.of(
        new GadgetData(
            new ReportAssembler(
                    mining,
                    new CostModel(settings.rates()),
                    "PMO Buy-In " + BuildInfo.fromClasspath().version())
                .assemble(miner.finish(), summary),
            catalogue,
            PortfolioLeadership.none(),
            settings.targets()));
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
}
