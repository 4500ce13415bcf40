package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A piece of PMO work aimed at failure patterns: inside Jira an issue in a project the admin names,
 * planned and tracked where people already work. It names no person; its own issue does, in Jira,
 * to those who may browse it. It lives in the report (its {@link PlanSection}) so that a stored
 * report shows the plan as it stood when it was mined, the same in Jira and in the preview.
 *
 * @param key its issue's key, how the plan links to it
 * @param status its issue's status, as Jira names it
 * @param done whether that status is in Jira's done category
 * @param patterns the patterns it targets, at least one, each once
 * @param started from when it applies: projects closed on or after this day count as since; null
 *     while it has not started, when nothing can be measured since
 * @param projects the keys of the projects it applies to, sorted; empty for every project
 */
public record ImprovementAction(
    String key,
    String title,
    String status,
    boolean done,
    List<PatternId> patterns,
    LocalDate started,
    Set<String> projects) {

  public ImprovementAction {
    Objects.requireNonNull(key, "key");
    title = title == null ? "" : title;
    status = status == null ? "" : status;
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty() || patterns.stream().distinct().count() != patterns.size()) {
      throw new IllegalArgumentException(key + ": patterns must be given, each once");
    }
    // Sorted, so that the report's JSON is the same from one run to the next.
    projects =
        projects == null
            ? Collections.emptySortedSet()
            : Collections.unmodifiableSortedSet(new TreeSet<>(projects));
  }

  /** Whether the action applies to this project. */
  public boolean appliesTo(String projectKey) {
    return projects.isEmpty() || projects.contains(projectKey);
  }

  /** Whether it has started, so that projects can have closed since. */
  public boolean hasStarted() {
    return started != null;
  }
}
