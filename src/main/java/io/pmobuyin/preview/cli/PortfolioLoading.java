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
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.value.CostModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports and mines what the command line names (the sample or export files) into a report, the one
 * way {@code mine}, {@code serve} and {@code digest} share. Problems in the input are printed as
 * they are found; nothing usable at all is an empty answer.
 */
public final class PortfolioLoading {

  static final int PROBLEMS_SHOWN = 20;

  /** The option that sets how many threads read export files. */
  static final String IMPORT_THREADS = "--import-threads";

  private final Messages messages;
  private final PrintStream err;
  private final int importThreads;
  private final PlanSection plan;

  /** Reads export files on as many threads as the machine has cores. */
  public PortfolioLoading(Messages messages, PrintStream err) {
    this(messages, err, JiraExportImporter.defaultThreads(), null);
  }

  private PortfolioLoading(
      Messages messages, PrintStream err, int importThreads, PlanSection plan) {
    this.messages = messages;
    this.err = err;
    this.importThreads = importThreads;
    this.plan = plan;
  }

  /**
   * Reads export files on this many threads ({@code --import-threads}); 1 reads them one after
   * another. The report is the same either way.
   */
  public PortfolioLoading withImportThreads(int threads) {
    return new PortfolioLoading(messages, err, threads, plan);
  }

  /**
   * The improvement actions the report's plan holds ({@code --actions}), in place of the sample's
   * own; null keeps them (an export has none).
   */
  public PortfolioLoading withPlan(PlanSection actions) {
    return new PortfolioLoading(messages, err, importThreads, actions);
  }

  /** The loading a command line asks for: its {@code --import-threads} and {@code --actions}. */
  static PortfolioLoading of(Arguments options, Messages messages, PrintStream err) {
    return new PortfolioLoading(messages, err)
        .withImportThreads(importThreads(options))
        .withPlan(ActionsOption.read(options, messages));
  }

  /** The {@code --config} file; null when not given. */
  static Path configFile(Arguments options) {
    return options.has("--config") ? Path.of(options.value("--config", null)) : null;
  }

  /** The {@code --input} paths, each checked to exist before anything is read. */
  static List<Path> inputs(Arguments options) {
    List<Path> inputs = new ArrayList<>();
    for (String input : options.values("--input")) {
      Path path = Path.of(input);
      if (!Files.exists(path)) {
        throw new FileProblem("pmobuyin.cli.error.no-such-input", input);
      }
      inputs.add(path);
    }
    return inputs;
  }

  /**
   * The {@code --import-threads} option of a command: a whole number from 1 to {@link
   * JiraExportImporter#MAX_THREADS}, the cores if not given.
   */
  static int importThreads(Arguments options) {
    long threads = options.number(IMPORT_THREADS, JiraExportImporter.defaultThreads());
    if (threads > JiraExportImporter.MAX_THREADS) {
      throw new UsageException(
          "pmobuyin.cli.error.import-threads",
          Integer.toString(JiraExportImporter.MAX_THREADS),
          options.value(IMPORT_THREADS, null));
    }
    return (int) threads;
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
      return mine(List.of(dir), settings, catalogue, plan == null ? sample.actions() : plan)
          .map(
              loaded ->
                  new GadgetData(
                      loaded.report(), catalogue, sample.leadership(), loaded.targets()));
    }
  }

  /** Export files or directories; an export carries no catalogue and no active projects. */
  public Optional<GadgetData> files(List<Path> inputs, Path configFile) throws IOException {
    return mine(
        inputs,
        settings(configFile, MiningConfig.defaults()),
        ServiceCatalogue.empty(),
        plan == null ? PlanSection.none() : plan);
  }

  private AppSettings settings(Path configFile, MiningConfig mining) {
    AppSettings base = AppSettings.defaults().withMining(mining);
    return configFile == null ? base : SettingsFile.read(configFile, base, messages);
  }

  private Optional<GadgetData> mine(
      List<Path> inputs, AppSettings settings, ServiceCatalogue catalogue, PlanSection actions)
      throws IOException {
    MiningConfig mining = settings.mining();
    PortfolioMiner miner = new PortfolioMiner(mining, Catalogue.standard(), catalogue.engagement());
    JiraExportImporter importer =
        new JiraExportImporter(ImportOptions.defaults().withDateZone(mining.zone()), importThreads);
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
                .assemble(miner.finish(), summary, actions),
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
