package io.pmobuyin.testing;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.portfolio.ProjectResult;
import io.pmobuyin.mining.record.IssueRecord;
import java.util.Arrays;
import java.util.List;

/**
 * Issues mined by the real miner and catalogue, for patterns and KPIs that need a project's other
 * issues (its versions, their work) to be judged.
 */
public final class Mined {

  private Mined() {}

  public static MinedPortfolio portfolio(MiningConfig config, List<IssueRecord> issues) {
    PortfolioMiner miner = new PortfolioMiner(config, Catalogue.standard());
    issues.forEach(miner::issue);
    return miner.finish();
  }

  /** The one project these issues make, mined with the default settings. */
  public static ProjectResult project(IssueBuilder... issues) {
    return project(MiningConfig.defaults(), issues);
  }

  public static ProjectResult project(MiningConfig config, IssueBuilder... issues) {
    List<IssueRecord> built = Arrays.stream(issues).map(IssueBuilder::build).toList();
    List<ProjectResult> projects = portfolio(config, built).projects();
    if (projects.size() != 1) {
      throw new IllegalArgumentException("the issues make " + projects.size() + " projects");
    }
    return projects.get(0);
  }

  /** The keys of the project's issues that show the pattern (up to the evidence limit). */
  public static List<String> showing(PatternId pattern, IssueBuilder... issues) {
    return project(issues).pattern(pattern).evidence();
  }
}
