package io.pmobuyin.jira.gadget;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ProjectLeadership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who leads and sponsors the projects, for the sponsor and leaders gadgets: the mined projects with
 * the sponsor their issues named (a user key in the report) and their lead, and the open projects
 * Jira has beside them with their lead. People appear by display name beside their projects only, a
 * role they accepted; a deleted or deactivated account still shows, marked.
 */
public class JiraLeadership {

  private final ProjectManager projects;
  private final UserManager users;

  public JiraLeadership(ProjectManager projects, UserManager users) {
    this.projects = projects;
    this.users = users;
  }

  public PortfolioLeadership of(PortfolioReport report) {
    List<ProjectLeadership> all = new ArrayList<>();
    for (ProjectSection closed : report.projects()) {
      Project project = projects.getProjectObjByKey(closed.key());
      Person lead = person(project == null ? null : project.getLeadUserKey());
      Person sponsor = person(closed.sponsorId());
      all.add(
          new ProjectLeadership(
              closed.key(),
              closed.name(),
              closed.category(),
              false,
              lead.name(),
              lead.inactive(),
              sponsor.name(),
              sponsor.inactive()));
    }
    Set<String> mined =
        report.projects().stream().map(ProjectSection::key).collect(Collectors.toSet());
    List<Project> open = projects.getProjectObjects();
    for (Project project : open == null ? List.<Project>of() : open) {
      if (project.isArchived() || mined.contains(project.getKey())) {
        continue;
      }
      ProjectCategory category = project.getProjectCategory();
      Person lead = person(project.getLeadUserKey());
      // An open project's sponsor is known once a run mines its issues.
      all.add(
          new ProjectLeadership(
              project.getKey(),
              project.getName(),
              category == null ? null : category.getName(),
              true,
              lead.name(),
              lead.inactive(),
              null,
              false));
    }
    all.sort(Comparator.comparing(ProjectLeadership::projectKey));
    return new PortfolioLeadership(all);
  }

  private Person person(String userKey) {
    if (userKey == null || userKey.isBlank()) {
      return new Person(null, false);
    }
    ApplicationUser user = users.getUserByKey(userKey);
    if (user == null) {
      // Deleted: Jira no longer knows a name; the key is all there is, and it is marked.
      return new Person(userKey, true);
    }
    return new Person(user.getDisplayName(), !user.isActive());
  }

  private record Person(String name, boolean inactive) {}
}
