package io.pmobuyin.run;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.report.json.ReportJson;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The engine with every failure pattern, the admin's thresholds and rates, and the service
 * catalogue deciding what counts as work the PMO engages with.
 *
 * @param messages the i18n bundle, for the texts the report carries
 * @param generator who made the report, with the app's version
 * @param actionSource where the improvement actions are read
 * @param actionsProject the key of the project whose issues are the actions; null for no plan
 */
public record StandardMiningPlan(
    MiningConfig mining,
    ValueRates rates,
    ServiceCatalogue catalogue,
    int snapshotsKept,
    Function<String, String> messages,
    String generator,
    ActionSource actionSource,
    String actionsProject)
    implements MiningPlan {

  public StandardMiningPlan {
    actionSource = actionSource == null ? ActionSource.NONE : actionSource;
    actionsProject = actionsProject == null || actionsProject.isBlank() ? null : actionsProject;
  }

  /** A plan without improvement actions. */
  public StandardMiningPlan(
      MiningConfig mining,
      ValueRates rates,
      ServiceCatalogue catalogue,
      int snapshotsKept,
      Function<String, String> messages,
      String generator) {
    this(mining, rates, catalogue, snapshotsKept, messages, generator, ActionSource.NONE, null);
  }

  @Override
  public PortfolioMiner newMiner() {
    return new PortfolioMiner(mining, Catalogue.standard(), catalogue.engagement());
  }

  @Override
  public PlanSection actions(Consumer<RunProblem> problems) {
    if (actionsProject == null) {
      return PlanSection.none();
    }
    return new PlanSection(
        actionSource.actions(actionsProject, mining.zone(), catalogue, problems));
  }

  @Override
  public String reportJson(MinedPortfolio mined, ImportSummary read, PlanSection plan) {
    StringWriter json = new StringWriter();
    new ReportJson(messages)
        .write(
            new ReportAssembler(mining, new CostModel(rates), generator)
                .assemble(mined, read, plan),
            json);
    return json.toString();
  }
}
