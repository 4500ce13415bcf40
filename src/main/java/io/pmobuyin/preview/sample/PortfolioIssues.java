package io.pmobuyin.preview.sample;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The portfolio's issues one at a time, project by project in key order, generated on demand so
 * that memory does not grow with their number. A cycling stream plans a further round of projects
 * (new keys and ids, own seed) whenever one runs out, and never ends.
 */
final class PortfolioIssues implements Iterator<IssueStory> {

  private final PortfolioPlanner planner;
  private final boolean cycling;
  private final IssueStoryGenerator generator = new IssueStoryGenerator();
  private List<ProjectPlan> plans;
  private int round;
  private int project;
  private int number;

  private PortfolioIssues(PortfolioPlanner planner, List<ProjectPlan> firstRound, boolean cycling) {
    this.planner = planner;
    this.plans = firstRound;
    this.cycling = cycling;
  }

  /** The portfolio's own issues, then nothing. */
  static PortfolioIssues once(PortfolioPlanner planner, List<ProjectPlan> plans) {
    return new PortfolioIssues(planner, plans, false);
  }

  /** The portfolio's own issues, then those of further rounds of projects, without end. */
  static PortfolioIssues cycling(PortfolioPlanner planner, List<ProjectPlan> plans) {
    return new PortfolioIssues(planner, plans, true);
  }

  @Override
  public boolean hasNext() {
    skipFinishedProjects();
    return project < plans.size();
  }

  @Override
  public IssueStory next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    number++;
    return generator.generate(plans.get(project), number);
  }

  private void skipFinishedProjects() {
    while (project < plans.size() && number >= plans.get(project).issueCount()) {
      project++;
      number = 0;
      if (project == plans.size() && cycling) {
        ProjectPlan last = plans.get(plans.size() - 1);
        round++;
        plans = planner.plan(round, last.firstIssueId() + last.issueCount());
        project = 0;
      }
    }
  }
}
