package io.pmobuyin.report;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.scope.ServiceCatalogue;
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
 * <p>Where it applies is said two ways, which add up: by project key, and by PMO Scope service (an
 * id of the service catalogue, the PMO Scope field's values). Naming a service makes it apply to
 * every project in which at least one issue carries that service; naming projects and services
 * makes it apply to a project that is named <em>or</em> uses a named service. Naming neither makes
 * it apply to every project.
 *
 * @param key its issue's key, how the plan links to it
 * @param status its issue's status, as Jira names it
 * @param done whether that status is in Jira's done category
 * @param patterns the patterns it targets, at least one, each once
 * @param started from when it applies: projects closed on or after this day count as since; null
 *     while it has not started, when nothing can be measured since
 * @param projects the keys of the projects it applies to, sorted; empty with no services for every
 *     project
 * @param services the ids of the catalogue services whose projects it applies to, sorted; empty in
 *     reports stored before actions named services
 */
public record ImprovementAction(
    String key,
    String title,
    String status,
    boolean done,
    List<PatternId> patterns,
    LocalDate started,
    Set<String> projects,
    Set<String> services) {

  public ImprovementAction {
    Objects.requireNonNull(key, "key");
    title = title == null ? "" : title;
    status = status == null ? "" : status;
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty() || patterns.stream().distinct().count() != patterns.size()) {
      throw new IllegalArgumentException(key + ": patterns must be given, each once");
    }
    projects = sorted(projects);
    services = sorted(services);
  }

  /** An action that says where it applies by project key only. */
  public ImprovementAction(
      String key,
      String title,
      String status,
      boolean done,
      List<PatternId> patterns,
      LocalDate started,
      Set<String> projects) {
    this(key, title, status, done, patterns, started, projects, Set.of());
  }

  // Sorted, so that the report's JSON is the same from one run to the next.
  private static Set<String> sorted(Set<String> given) {
    return given == null
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(given));
  }

  /** Whether it names neither projects nor services, and so applies to every project. */
  public boolean appliesToEveryProject() {
    return projects.isEmpty() && services.isEmpty();
  }

  /**
   * Whether the action applies to this project: it names no project and no service, names the
   * project, or names a service one of the project's issues carries.
   *
   * @param catalogue how the project's PMO Scope values name services (by id or by name)
   */
  public boolean appliesTo(ProjectSection project, ServiceCatalogue catalogue) {
    if (appliesToEveryProject() || projects.contains(project.key())) {
      return true;
    }
    if (services.isEmpty()) {
      return false;
    }
    Set<String> used = catalogue.servicesNamedBy(project.scopeTags().keySet());
    return services.stream().anyMatch(used::contains);
  }

  /** Whether it has started, so that projects can have closed since. */
  public boolean hasStarted() {
    return started != null;
  }
}
