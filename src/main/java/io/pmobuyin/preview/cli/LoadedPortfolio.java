package io.pmobuyin.preview.cli;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.ImprovementTargets;

/** What the preview shows: the mined report and what gadgets add to it. */
public record LoadedPortfolio(
    PortfolioReport report,
    ServiceCatalogue catalogue,
    PortfolioLeadership leadership,
    ImprovementTargets targets) {}
