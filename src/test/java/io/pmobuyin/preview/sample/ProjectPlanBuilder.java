package io.pmobuyin.preview.sample;

import java.time.LocalDate;
import java.util.List;

/** Test projects: a calm software project in the first half of 2022, unless told otherwise. */
final class ProjectPlanBuilder {

  /** No troubles at all: every issue goes to plan. */
  static final FailureProfile TROUBLE_FREE =
      new FailureProfile.Builder().baselineShare(1).dueDateShare(1).planSlack(1).build();

  private WorkflowSpec workflow = WorkflowSpec.SOFTWARE;
  private LocalDate start = LocalDate.of(2022, 1, 3);
  private LocalDate close = LocalDate.of(2022, 6, 30);
  private boolean sprints = true;
  private boolean versions = true;
  private FailureProfile profile = TROUBLE_FREE;
  private int issues = 100;

  private ProjectPlanBuilder() {}

  static ProjectPlanBuilder aProject() {
    return new ProjectPlanBuilder();
  }

  ProjectPlanBuilder withWorkflow(WorkflowSpec workflow) {
    this.workflow = workflow;
    return this;
  }

  ProjectPlanBuilder closingOn(LocalDate close) {
    this.close = close;
    return this;
  }

  ProjectPlanBuilder withoutSprints() {
    this.sprints = false;
    return this;
  }

  ProjectPlanBuilder withProfile(FailureProfile profile) {
    this.profile = profile;
    return this;
  }

  ProjectPlanBuilder withIssues(int issues) {
    this.issues = issues;
    return this;
  }

  ProjectPlan build() {
    ProjectCalendar calendar =
        ProjectCalendar.plan("TEST", 0, start, close, sprints, versions, new Dice(1));
    return new ProjectPlan(
        0,
        10_000,
        "TEST",
        "Test Project",
        "10000",
        "Closed",
        ProjectTheme.WEB,
        workflow,
        JiraTime.at(start, 9),
        JiraTime.at(close, 17),
        issues,
        10_001,
        calendar,
        List.of(1, 2, 3, 4, 5, 6),
        People.NOBODY,
        JiraTime.at(LocalDate.of(2023, 7, 1), 0),
        false,
        profile,
        42);
  }
}
