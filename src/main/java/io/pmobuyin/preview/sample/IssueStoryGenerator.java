package io.pmobuyin.preview.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates issue {@code n} of a project: what it is (type, summary, people, estimate, fields set
 * at creation), then its life (see {@link IssueLifecycle}). Issue {@code n} depends only on the
 * project plan and {@code n}, so issues stream one at a time in any page size.
 */
final class IssueStoryGenerator {

  /** Real search exports cap the changelog; a few sample issues show that, to test the path. */
  private static final double CUT_SHORT = 0.004;

  private static final int CUT_SHORT_MIN_HISTORIES = 6;

  IssueStory generate(ProjectPlan project, int number) {
    IssueArrivals.Arrival arrival = IssueArrivals.of(project, number);
    Dice dice = Dice.seeded(project.seed(), 2L * number + 1);
    JiraIssueType type = arrival.type();
    double sizeHours = sizeHours(type, dice);
    boolean estimated =
        type != JiraIssueType.EPIC && dice.chance(type == JiraIssueType.BUG ? 0.5 : 0.85);
    IssueBasics basics =
        new IssueBasics(
            number,
            type,
            arrival.parentNumber(),
            IssueSummaries.summary(project.theme(), type, dice),
            arrival.created(),
            dice.chance(0.3) ? project.lead() : dice.pick(project.team()),
            estimated ? Math.round(sizeHours) * 3600L : null,
            components(project, dice),
            labels(project, dice),
            pmoScope(project, arrival.created(), type, dice),
            sponsor(project, type, dice));
    IssueTimeline timeline = new IssueLifecycle(project, basics, sizeHours, dice).live();
    int histories = timeline.historyCount();
    boolean cutShort = histories >= CUT_SHORT_MIN_HISTORIES && dice.chance(CUT_SHORT);
    return timeline.finish(basics, cutShort ? histories / 2 : histories);
  }

  /** How many hours of work the team expects; estimated issues carry it as their estimate. */
  private static double sizeHours(JiraIssueType type, Dice dice) {
    return switch (type) {
      case STORY -> 2.0 * dice.between(2, 16);
      case TASK -> dice.between(2, 16);
      case BUG -> dice.between(1, 12);
      case SUBTASK -> dice.between(1, 8);
      case EPIC -> 0;
    };
  }

  private static List<String> components(ProjectPlan project, Dice dice) {
    return someOf(project.theme().components(), dice.weighted(0.15, 0.7, 0.15), dice);
  }

  private static List<String> labels(ProjectPlan project, Dice dice) {
    return someOf(project.theme().labels(), dice.weighted(0.5, 0.35, 0.15), dice);
  }

  /** {@code count} distinct items, in the list's order, so that output is stable. */
  private static List<String> someOf(List<String> items, int count, Dice dice) {
    List<String> chosen = new ArrayList<>(count);
    int first = dice.between(0, items.size() - 1);
    for (int i = 0; i < count; i++) {
      chosen.add(items.get((first + i * 2) % items.size()));
    }
    chosen.sort(null);
    return chosen;
  }

  /** The PMO tags work with its scope once it exists, epics most often. */
  private static PmoScopeOption pmoScope(
      ProjectPlan project, long created, JiraIssueType type, Dice dice) {
    if (created < project.pmoStart() || !dice.chance(type == JiraIssueType.EPIC ? 0.8 : 0.3)) {
      return null;
    }
    PmoScopeOption[] options = PmoScopeOption.values();
    return options[dice.weighted(0.45, 0.2, 0.15, 0.1, 0.1)];
  }

  private static int sponsor(ProjectPlan project, JiraIssueType type, Dice dice) {
    if (project.sponsor() == People.NOBODY) {
      return People.NOBODY;
    }
    return type == JiraIssueType.EPIC || dice.chance(0.15) ? project.sponsor() : People.NOBODY;
  }
}
