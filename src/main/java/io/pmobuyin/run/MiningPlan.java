package io.pmobuyin.run;

import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.PlanSection;
import java.util.function.Consumer;

/**
 * What one run mines with, read from the settings when the run starts, so a settings change applies
 * from the next run on and never halfway through one.
 */
public interface MiningPlan {

  PortfolioMiner newMiner();

  /**
   * The PMO's improvement plan as it stands now, for the report; none when no actions project is
   * set.
   *
   * @param problems told of what could not be read, for the run's error log
   */
  default PlanSection actions(Consumer<RunProblem> problems) {
    return PlanSection.none();
  }

  /** The report of what was mined, with the plan, as JSON of schema v1. */
  String reportJson(MinedPortfolio mined, ImportSummary read, PlanSection plan);

  /** How many snapshots to keep after this run's. */
  int snapshotsKept();

  /**
   * The share of picked projects that may fail while the run still counts as complete; past it the
   * run is partial, and its report waits for an admin to accept it.
   */
  default double mostProjectsFailing() {
    return 0.2;
  }
}
