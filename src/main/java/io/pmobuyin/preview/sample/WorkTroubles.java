package io.pmobuyin.preview.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The in-progress stretch of an issue's life, with the troubles its project's profile deals it,
 * each at some point of the work: handoffs to other people, a raised priority, a blocked spell
 * (flag or Blocked status, sometimes a blocked-by link), a stall of two weeks or more.
 */
final class WorkTroubles {

  private enum Kind {
    HANDOFF,
    ESCALATION,
    BLOCK,
    STALL
  }

  private record Step(double at, Kind kind) {}

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final double MAX_DAYS_BETWEEN_WORKLOGS = 4.0;

  private final ProjectPlan project;
  private final FailureProfile profile;
  private final IssueBasics issue;
  private final IssueTimeline timeline;
  private final Dice dice;

  WorkTroubles(ProjectPlan project, IssueBasics issue, IssueTimeline timeline, Dice dice) {
    this.project = project;
    this.profile = project.profile();
    this.issue = issue;
    this.timeline = timeline;
    this.dice = dice;
  }

  /**
   * Works from {@code start} until {@code stopAt} (1: all of it) of {@code elapsedDays} working
   * days, logging the share of {@code effortHours} done; returns when that point is reached.
   *
   * @param assigneeChanges how many assignee changes the history has so far; -1 for work nobody
   *     owns, which is never handed off
   */
  long workThrough(
      long start, double stopAt, double elapsedDays, double effortHours, int assigneeChanges) {
    long t = start;
    double done = 0;
    for (Step step : steps(assigneeChanges)) {
      if (step.at() > stopAt) {
        break;
      }
      t = progress(t, step.at() - done, elapsedDays, effortHours);
      done = step.at();
      t = apply(step.kind(), t);
    }
    return progress(t, stopAt - done, elapsedDays, effortHours);
  }

  private List<Step> steps(int assigneeChanges) {
    List<Step> steps = new ArrayList<>(4);
    int handoffs = 0;
    if (assigneeChanges >= 0) {
      if (dice.chance(profile.handoffChurn())) {
        handoffs = Math.max(1, 3 - assigneeChanges) + dice.between(0, 1);
      } else if (dice.chance(0.12)) {
        handoffs = 1;
      }
    }
    for (int i = 0; i < handoffs; i++) {
      steps.add(new Step(dice.between(0.05, 0.95), Kind.HANDOFF));
    }
    if (dice.chance(profile.escalation())) {
      steps.add(new Step(dice.between(0.05, 0.8), Kind.ESCALATION));
    }
    if (dice.chance(profile.blocked())) {
      steps.add(new Step(dice.between(0.1, 0.9), Kind.BLOCK));
    }
    if (dice.chance(profile.stall())) {
      steps.add(new Step(dice.between(0.1, 0.9), Kind.STALL));
    }
    steps.sort(Comparator.comparingDouble(Step::at));
    return steps;
  }

  private long apply(Kind kind, long t) {
    switch (kind) {
      case HANDOFF -> timeline.assign(t, someoneElse(), project.lead());
      case ESCALATION ->
          timeline.changePriority(
              t, timeline.priority().raisedBy(dice.between(1, 2)), project.lead());
      case BLOCK -> {
        return blocked(t);
      }
      case STALL -> {
        timeline.pause(t);
        long end = WorkingTime.nextWorkingMoment(t + dice.between(15, 35) * SECONDS_PER_DAY);
        timeline.resume(end);
        return end;
      }
    }
    return t;
  }

  private long blocked(long t) {
    long end = WorkingTime.plusDays(t, dice.between(2.2, 9.0));
    int author = worker();
    if (issue.number() > 1 && dice.chance(0.4)) {
      int other = Math.max(1, issue.number() - dice.between(1, 40));
      timeline.linkBlockedBy(t, project.issueKey(other), project.issueId(other), author);
    }
    JiraStatus blockedStatus = project.workflow().blocked();
    if (blockedStatus != null && dice.chance(0.6)) {
      timeline.transition(t, blockedStatus, author);
      timeline.transition(end, project.workflow().working(), author);
    } else {
      timeline.flag(t, true, author);
      timeline.flag(end, false, author);
    }
    return end;
  }

  /**
   * Works through {@code share} of the issue, logging work at least every few days: active work
   * leaves traces, so only a real stall shows as two quiet weeks.
   */
  private long progress(long t, double share, double elapsedDays, double effortHours) {
    if (share <= 0) {
      return t;
    }
    int pieces = (int) Math.ceil(share * elapsedDays / MAX_DAYS_BETWEEN_WORKLOGS);
    double piece = share / pieces;
    long end = t;
    for (int i = 0; i < pieces; i++) {
      end = WorkingTime.plusDays(end, piece * elapsedDays);
      timeline.logWork(end, Math.round(piece * effortHours * 60) * 60, worker());
    }
    return end;
  }

  private int someoneElse() {
    int next;
    do {
      next = dice.pick(project.team());
    } while (next == timeline.assignee());
    return next;
  }

  private int worker() {
    int assignee = timeline.assignee();
    return assignee != People.NOBODY ? assignee : dice.pick(project.team());
  }
}
