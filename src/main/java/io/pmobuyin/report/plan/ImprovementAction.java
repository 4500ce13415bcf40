package io.pmobuyin.report.plan;

import io.pmobuyin.mining.pattern.PatternId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of PMO work aimed at failure patterns: inside Jira an issue in a project the admin names,
 * planned and tracked where people already work. It names no person; its own issue does, in Jira,
 * to those who may browse it.
 *
 * @param key its issue's key, how the plan links to it
 * @param status its issue's status, as Jira names it
 * @param done whether that status is in Jira's done category
 * @param patterns the patterns it targets, at least one
 * @param started from when it applies: projects closed on or after this day count as since
 * @param projects the keys of the projects it applies to; empty for every project
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
    Objects.requireNonNull(started, "started");
    title = title == null ? "" : title;
    status = status == null ? "" : status;
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty() || patterns.stream().distinct().count() != patterns.size()) {
      throw new IllegalArgumentException(key + ": patterns must be given, each once");
    }
    projects = projects == null ? Set.of() : Set.copyOf(projects);
  }

  /** Whether the action applies to this project. */
  public boolean appliesTo(String projectKey) {
    return projects.isEmpty() || projects.contains(projectKey);
  }
}
