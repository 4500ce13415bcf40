package io.pmobuyin.report.view;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.ImprovementTargets;
import java.util.Objects;

/**
 * What the gadgets and the brief show, whichever side made it: the mined report, the PMO's service
 * catalogue, who leads and sponsors which project, and the improvement targets.
 */
public record GadgetData(
    PortfolioReport report,
    ServiceCatalogue catalogue,
    PortfolioLeadership leadership,
    ImprovementTargets targets) {

  public GadgetData {
    Objects.requireNonNull(report, "report");
    catalogue = catalogue == null ? ServiceCatalogue.empty() : catalogue;
    leadership = leadership == null ? PortfolioLeadership.none() : leadership;
    targets = targets == null ? ImprovementTargets.defaults() : targets;
  }

  /** The input of one gadget's view: these data, the gadget's settings, the reader's words. */
  public GadgetInput input(GadgetQuery query, Texts texts, String instance) {
    return new GadgetInput(report, query, catalogue, leadership, targets, texts, instance);
  }
}
