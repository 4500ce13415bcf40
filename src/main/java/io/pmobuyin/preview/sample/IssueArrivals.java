package io.pmobuyin.preview.sample;

/**
 * When issue {@code n} of a project is created and what type it is. Creation times grow with the
 * issue number, as Jira keys do. How many issues arrive in the first 20% of the timeline (the
 * baseline) depends on the project's profile: the rest is scope added later. Late arrivals are more
 * often bugs.
 */
final class IssueArrivals {

  /** Issues are created during this share of the project's timeline; the rest is wrap-up. */
  static final double CREATION_WINDOW = 0.9;

  /** The baseline: the first 20% of a project's timeline. */
  static final double BASELINE = 0.2;

  private static final double LATE_PHASE = 0.8;
  private static final double EPIC_PHASE = 0.15;
  private static final int PARENT_SEARCH = 30;

  /**
   * @param phase where in the project's timeline the issue was created, 0 to 1
   * @param parentNumber the parent of a sub-task, else 0
   */
  record Arrival(long created, double phase, JiraIssueType type, int parentNumber) {}

  private IssueArrivals() {}

  static Arrival of(ProjectPlan project, int number) {
    Dice dice = dice(project, number);
    double phase = phase(project, number, dice);
    JiraIssueType type = type(project, phase, dice);
    int parent = 0;
    if (type == JiraIssueType.SUBTASK) {
      parent = parentOf(project, number);
      type = parent == 0 ? JiraIssueType.TASK : type;
    }
    return new Arrival(
        WorkingTime.between(project.start(), project.close(), phase), phase, type, parent);
  }

  /** The nearest earlier story or task: its type is recomputed, never stored. */
  private static int parentOf(ProjectPlan project, int number) {
    for (int m = number - 1; m >= Math.max(1, number - PARENT_SEARCH); m--) {
      Dice dice = dice(project, m);
      JiraIssueType type = type(project, phase(project, m, dice), dice);
      if (type == JiraIssueType.STORY || type == JiraIssueType.TASK) {
        return m;
      }
    }
    return 0;
  }

  private static Dice dice(ProjectPlan project, int number) {
    return Dice.seeded(project.seed(), 2L * number);
  }

  private static double phase(ProjectPlan project, int number, Dice dice) {
    // A jittered slot per issue keeps creation order equal to key order.
    double slot = (number - 1 + dice.between(0.05, 0.95)) / project.issueCount();
    double baseline = project.profile().baselineShare();
    if (slot < baseline) {
      return BASELINE * slot / baseline;
    }
    return BASELINE + (slot - baseline) / (1 - baseline) * (CREATION_WINDOW - BASELINE);
  }

  private static JiraIssueType type(ProjectPlan project, double phase, Dice dice) {
    if (phase < EPIC_PHASE && dice.chance(0.08)) {
      return JiraIssueType.EPIC;
    }
    double bugShare = phase > LATE_PHASE ? project.profile().lateBugShare() : 0.15;
    if (dice.chance(bugShare)) {
      return JiraIssueType.BUG;
    }
    return switch (dice.weighted(0.5, 0.3, 0.2)) {
      case 0 -> JiraIssueType.STORY;
      case 1 -> JiraIssueType.TASK;
      default -> JiraIssueType.SUBTASK;
    };
  }
}
