package io.pmobuyin.report.analysis;

import io.pmobuyin.report.ProjectSection;
import java.util.List;

/**
 * The one rule for when a group of projects says enough to show as a figure of its own and to enter
 * a verdict: a quarter's point, a side before or since the PMO start. Fewer projects, or fewer
 * issues, and a single project's luck decides the figure; such groups are still shown, marked "too
 * little data", and never decide whether delivery improved.
 */
public final class MinimumSample {

  /** Projects a group needs at least. */
  public static final int PROJECTS = 5;

  /** Issues a group needs at least, across its projects. */
  public static final int ISSUES = 50;

  private MinimumSample() {}

  public static boolean enough(List<ProjectSection> projects) {
    return projects.size() >= PROJECTS
        && projects.stream().mapToLong(ProjectSection::issues).sum() >= ISSUES;
  }
}
