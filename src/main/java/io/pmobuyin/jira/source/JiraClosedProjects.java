package io.pmobuyin.jira.source;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.run.ClosedProjectSource;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.settings.SettingsStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The closed projects as the admin picks them: every archived project, the projects of the chosen
 * categories, and the projects named by key; each once, in key order. A key Jira no longer knows,
 * or archived projects this Jira cannot list, are told to the run, which goes on with the rest.
 */
public class JiraClosedProjects implements ClosedProjectSource {

  static final String UNKNOWN_KEY = "pmobuyin.run.problem.unknown-project-key";
  static final String NO_ARCHIVED_LIST = "pmobuyin.run.problem.archived-not-listed";

  private final ProjectManager projects;
  private final SettingsStore settings;

  public JiraClosedProjects(ProjectManager projects, SettingsStore settings) {
    this.projects = projects;
    this.settings = settings;
  }

  @Override
  public List<ClosedProject> closedProjects(Consumer<RunProblem> problems) {
    ClosedProjectRules rules = settings.settings().closed();
    Map<Long, Project> picked = new TreeMap<>();
    if (rules.archived()) {
      archived(problems).forEach(p -> picked.put(p.getId(), p));
    }
    if (!rules.categoryIds().isEmpty()) {
      for (Project project : projects.getProjectObjects()) {
        ProjectCategory category = project.getProjectCategory();
        if (category != null && rules.categoryIds().contains(category.getId())) {
          picked.put(project.getId(), project);
        }
      }
    }
    for (String key : rules.projectKeys()) {
      Project project = projects.getProjectObjByKey(key);
      if (project == null) {
        problems.accept(new RunProblem(key, null, UNKNOWN_KEY, "no project has the key " + key));
      } else {
        picked.put(project.getId(), project);
      }
    }
    return picked.values().stream()
        .map(JiraClosedProjects::closed)
        .sorted(Comparator.comparing(ClosedProject::key))
        .toList();
  }

  private List<Project> archived(Consumer<RunProblem> problems) {
    try {
      List<Project> archived = projects.getArchivedProjects();
      return archived == null ? List.of() : archived;
    } catch (LinkageError e) {
      // The one declaration here not confirmed for Jira 10: without it, mine what else is picked.
      problems.accept(new RunProblem(null, null, NO_ARCHIVED_LIST, e.toString()));
      return List.of();
    }
  }

  private static ClosedProject closed(Project project) {
    ProjectCategory category = project.getProjectCategory();
    return new ClosedProject(
        project.getId(),
        new ProjectRecord(
            project.getKey(),
            project.getName(),
            category == null ? null : category.getName(),
            // Leads are not mined: the report never names people.
            null,
            project.isArchived(),
            List.of()));
  }
}
