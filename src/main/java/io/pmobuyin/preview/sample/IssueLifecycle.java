package io.pmobuyin.preview.sample;

import java.util.List;

/**
 * The life of one issue: planned into a sprint and a fix version, worked on (with whatever troubles
 * its project's profile deals it: handoffs, escalation, blocking, stalls, misjudged effort),
 * reviewed, resolved, maybe reopened; or withdrawn, or left unfinished when the project closed.
 * Every step goes through {@link IssueTimeline}, which writes the history.
 */
final class IssueLifecycle {

  private enum Outcome {
    DONE,
    WITHDRAWN,
    WITHDRAWN_UNSTARTED,
    ABANDONED,
    ABANDONED_UNSTARTED
  }

  /** The working hours a day planners assume; actual focus varies per issue. */
  private static final double PLANNED_FOCUS_HOURS = 4.0;

  /** How long planners assume review and sign-off take, in working days. */
  private static final double REVIEW_DAYS = 1.0;

  /** How long planners assume work waits in the backlog, in working days. */
  private static final double EXPECTED_WAIT_DAYS = 2.5;

  private final ProjectPlan project;
  private final FailureProfile profile;
  private final WorkflowSpec workflow;
  private final IssueBasics issue;
  private final double sizeHours;
  private final Dice dice;
  private IssueTimeline timeline;

  IssueLifecycle(ProjectPlan project, IssueBasics issue, double sizeHours, Dice dice) {
    this.project = project;
    this.profile = project.profile();
    this.workflow = project.workflow();
    this.issue = issue;
    this.sizeHours = sizeHours;
    this.dice = dice;
  }

  IssueTimeline live() {
    if (issue.type() == JiraIssueType.EPIC) {
      return liveAsEpic();
    }
    Outcome outcome = outcome();
    boolean ownerless = dice.chance(profile.ownerless());
    double plannedDays = (sizeHours / PLANNED_FOCUS_HOURS + REVIEW_DAYS) * profile.planSlack();
    boolean hasDue = dice.chance(profile.dueDateShare());
    boolean dueAtCreation = hasDue && dice.chance(0.7);
    open(ownerless, plannedDays, dueAtCreation);
    long start =
        plan(WorkingTime.plusDays(issue.created(), dice.exponential(2.5, 20)), plannedDays);
    if (hasDue && !dueAtCreation) {
      timeline.setDue(start, JiraTime.dateOf(WorkingTime.plusDays(start, plannedDays)), lead());
    }
    switch (outcome) {
      case WITHDRAWN_UNSTARTED ->
          timeline.resolve(start, workflow.withdrawn(), withdrawal(), lead());
      case ABANDONED_UNSTARTED -> timeline.stop(start);
      default -> work(start, outcome, ownerless);
    }
    return timeline;
  }

  /** Creates the issue; some are assigned, dated and given a fix version straight away. */
  private void open(boolean ownerless, double plannedDays, boolean withDue) {
    long created = issue.created();
    int assignee = !ownerless && dice.chance(0.5) ? dice.pick(project.team()) : People.NOBODY;
    long plannedEnd =
        WorkingTime.plusDays(created, EXPECTED_WAIT_DAYS * profile.planSlack() + plannedDays);
    VersionSpec version = dice.chance(0.6) ? versionFor(plannedEnd) : null;
    timeline =
        new IssueTimeline(
            project,
            dice,
            project.issueId(issue.number()),
            created,
            new IssueTimeline.Opening(
                workflow.initial(),
                initialPriority(),
                assignee,
                withDue ? JiraTime.dateOf(plannedEnd) : null,
                version));
  }

  private void work(long start, Outcome outcome, boolean ownerless) {
    boolean assignedAtStart = false;
    if (timeline.assignee() == People.NOBODY && !ownerless) {
      timeline.assign(start, dice.pick(project.team()), lead());
      assignedAtStart = true;
    }
    timeline.transition(start, workflow.working(), worker());
    double effortHours = sizeHours * effortFactor();
    double elapsedDays = Math.max(0.15, effortHours / dice.between(2.5, 5.0));
    double stopAt =
        switch (outcome) {
          case ABANDONED -> dice.between(0.1, 0.9);
          case WITHDRAWN -> dice.between(0.2, 0.8);
          default -> 1.0;
        };
    int assigneeChanges = ownerless ? -1 : assignedAtStart ? 1 : 0;
    long t =
        new WorkTroubles(project, issue, timeline, dice)
            .workThrough(start, stopAt, elapsedDays, effortHours, assigneeChanges);
    if (outcome == Outcome.ABANDONED) {
      timeline.stop(t);
      return;
    }
    if (outcome == Outcome.WITHDRAWN) {
      timeline.resolve(t, workflow.withdrawn(), withdrawal(), lead());
      return;
    }
    t = review(t);
    if (dice.chance(profile.rework())) {
      t = rework(t, elapsedDays, effortHours);
    }
    if (workflow.closed() != null) {
      timeline.transition(
          WorkingTime.plusDays(t, dice.between(0.3, 4)), workflow.closed(), issue.reporter());
    }
  }

  /** Done work found wanting: reopened by its reporter, worked on again, reviewed again. */
  private long rework(long t, double elapsedDays, double effortHours) {
    t = WorkingTime.plusDays(t, dice.between(0.5, 8));
    timeline.transition(t, workflow.reopened(), issue.reporter());
    if (!workflow.reopened().equals(workflow.working())) {
      t = WorkingTime.plusDays(t, dice.between(0.1, 1));
      timeline.transition(t, workflow.working(), worker());
    }
    double share = dice.between(0.2, 0.6);
    t = WorkingTime.plusDays(t, elapsedDays * share);
    timeline.logWork(t, Math.round(effortHours * share * 60) * 60, worker());
    return review(t);
  }

  /**
   * Epics are opened early, carry no estimate, and, as in many real projects, stay untouched until
   * someone closes them near the end (or never does).
   */
  private IssueTimeline liveAsEpic() {
    timeline =
        new IssueTimeline(
            project,
            dice,
            project.issueId(issue.number()),
            issue.created(),
            new IssueTimeline.Opening(workflow.initial(), initialPriority(), lead(), null, null));
    if (dice.chance(profile.abandoned())) {
      return timeline;
    }
    long end = WorkingTime.between(issue.created(), project.close(), dice.between(0.85, 0.99));
    if (dice.chance(profile.withdrawn())) {
      timeline.resolve(end, workflow.withdrawn(), JiraResolution.WONT_DO, lead());
    } else {
      timeline.resolve(end, workflow.resolved(), JiraResolution.DONE, lead());
      if (workflow.closed() != null) {
        timeline.transition(WorkingTime.plusDays(end, 0.5), workflow.closed(), lead());
      }
    }
    return timeline;
  }

  /**
   * Puts the issue into the sprint in which work starts (before the sprint starts, or, as scope
   * creep, after) and gives it a fix version if it has none yet (when it was filed, for work known
   * from the outset; when work starts, for work added later); returns when work starts.
   */
  private long plan(long start, double plannedDays) {
    long created = issue.created();
    VersionSpec roadmap = versionFor(WorkingTime.plusDays(start, plannedDays));
    if (roadmap != null && timeline.hasNoFixVersion() && inBaseline(created)) {
      // Work known from the outset goes onto the roadmap when it is filed: the committed scope.
      timeline.planVersion(created, roadmap, lead());
    }
    SprintSpec sprint = project.calendar().sprintAt(start);
    boolean late = dice.chance(profile.midSprintAdd());
    if (sprint != null && created > sprint.start() && !late) {
      // Work filed during a sprint waits for the next one's planning, unless it jumps the queue.
      SprintSpec next = project.calendar().sprintAt(sprint.end());
      late = next == null;
      sprint = next == null ? sprint : next;
    }
    if (sprint != null) {
      start = Math.max(start, WorkingTime.plusDays(sprint.start(), dice.between(0, 1.5)));
      late |= created > sprint.start();
      long planned =
          late
              ? WorkingTime.between(Math.max(created, sprint.start()), start, dice.between(0, 1))
              : Math.max(created, WorkingTime.plusDays(sprint.start(), -0.1));
      timeline.planSprint(planned, sprint, lead());
      start = Math.max(start, planned);
    }
    VersionSpec version = versionFor(WorkingTime.plusDays(start, plannedDays));
    if (version != null && timeline.hasNoFixVersion()) {
      timeline.planVersion(start, version, lead());
    }
    return start;
  }

  /** Filed in the first part of the project, before scope is added (the profile's baseline). */
  private boolean inBaseline(long created) {
    return created <= WorkingTime.between(project.start(), project.close(), IssueArrivals.BASELINE);
  }

  /** The version that should ship work planned to end then; null where versions are not used. */
  private VersionSpec versionFor(long plannedEnd) {
    if (!issue.type().plannedIntoVersions() || !project.calendar().hasVersions()) {
      return null;
    }
    return project.calendar().versionAfter(plannedEnd);
  }

  private long review(long t) {
    if (workflow.review() != null) {
      timeline.transition(t, workflow.review(), worker());
      t = WorkingTime.plusDays(t, dice.between(0.2, 2.0));
    }
    boolean fixedBug = workflow == WorkflowSpec.SOFTWARE && issue.type() == JiraIssueType.BUG;
    timeline.resolve(
        t, workflow.resolved(), fixedBug ? JiraResolution.FIXED : JiraResolution.DONE, worker());
    return t;
  }

  private Outcome outcome() {
    if (dice.chance(profile.abandoned())) {
      return dice.chance(0.3) ? Outcome.ABANDONED_UNSTARTED : Outcome.ABANDONED;
    }
    if (dice.chance(profile.withdrawn())) {
      return dice.chance(0.6) ? Outcome.WITHDRAWN_UNSTARTED : Outcome.WITHDRAWN;
    }
    return Outcome.DONE;
  }

  /** Time spent over the estimate: usually near it, sometimes far off. */
  private double effortFactor() {
    if (!dice.chance(profile.estimationMiss())) {
      return dice.between(0.65, 1.35);
    }
    return dice.chance(0.25) ? dice.between(0.2, 0.45) : dice.between(1.6, 3.2);
  }

  private JiraResolution withdrawal() {
    List<JiraResolution> choices =
        issue.type() == JiraIssueType.BUG
            ? List.of(JiraResolution.WONT_FIX, JiraResolution.CANNOT_REPRODUCE)
            : List.of(JiraResolution.WONT_DO, JiraResolution.OBSOLETE, JiraResolution.INCOMPLETE);
    return dice.pick(choices);
  }

  private JiraPriority initialPriority() {
    boolean bug = issue.type() == JiraIssueType.BUG;
    int level =
        bug
            ? dice.weighted(0.08, 0.30, 0.45, 0.12, 0.05)
            : dice.weighted(0.02, 0.15, 0.58, 0.18, 0.07);
    return JiraPriority.values()[level];
  }

  /** Whoever moves the issue: its assignee, or someone from the team when it has none. */
  private int worker() {
    int assignee = timeline.assignee();
    return assignee != People.NOBODY ? assignee : dice.pick(project.team());
  }

  private int lead() {
    return project.lead();
  }
}
