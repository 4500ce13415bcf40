package io.pmobuyin.testing;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.ImprovementTargets;

/**
 * Makes a {@link GadgetInput}: every category, any close date, no catalogue, no leadership, the
 * default targets and English texts unless a test says otherwise.
 */
public final class GadgetInputBuilder {

  private final PortfolioReport report;
  private String category;
  private ClosePeriod period = ClosePeriod.ALL;
  private VisibleProjects visible = VisibleProjects.all();
  private ServiceCatalogue catalogue;
  private PortfolioLeadership leadership;
  private ImprovementTargets targets;
  private Texts texts = BundleTexts.english();
  private String instance = "";

  private GadgetInputBuilder(PortfolioReport report) {
    this.report = report;
  }

  public static GadgetInputBuilder anInput(PortfolioReport report) {
    return new GadgetInputBuilder(report);
  }

  public static GadgetInputBuilder anInput(ReportBuilder report) {
    return new GadgetInputBuilder(report.build());
  }

  public GadgetInputBuilder category(String category) {
    this.category = category;
    return this;
  }

  public GadgetInputBuilder period(ClosePeriod period) {
    this.period = period;
    return this;
  }

  /** A reader who sees only these projects (by default, every one). */
  public GadgetInputBuilder visible(VisibleProjects visible) {
    this.visible = visible;
    return this;
  }

  private DrillLinks drill;

  public GadgetInputBuilder catalogue(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
    return this;
  }

  public GadgetInputBuilder leadership(PortfolioLeadership leadership) {
    this.leadership = leadership;
    return this;
  }

  public GadgetInputBuilder leadership(LeadershipBuilder leadership) {
    return leadership(leadership.build());
  }

  public GadgetInputBuilder targets(ImprovementTargets targets) {
    this.targets = targets;
    return this;
  }

  public GadgetInputBuilder texts(Texts texts) {
    this.texts = texts;
    return this;
  }

  public GadgetInputBuilder instance(String instance) {
    this.instance = instance;
    return this;
  }

  /** Where numbers open their issues; none unless given. */
  public GadgetInputBuilder drill(DrillLinks drill) {
    this.drill = drill;
    return this;
  }

  public GadgetInput build() {
    return new GadgetInput(
        report,
        new GadgetQuery(category, period, visible),
        catalogue,
        leadership,
        targets,
        texts,
        instance,
        drill);
  }
}
