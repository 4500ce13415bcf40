package io.pmobuyin.jira.digest;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.DigestAudiences;
import io.pmobuyin.run.digest.Recipient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Jira's people behind a subscription's audience: a group's members as Jira's group manager lists
 * them, or the Executive Sponsors the report's projects name (by user key, as the field stores
 * them). Browse permission is Jira's answer for that person, not for whoever's request runs this:
 * the job runs with no request at all. A sponsor Jira no longer knows is left out.
 */
public class JiraDigestAudiences implements DigestAudiences {

  private final GroupManager groups;
  private final UserManager users;
  private final ProjectManager projects;
  private final PermissionManager permissions;

  public JiraDigestAudiences(
      GroupManager groups,
      UserManager users,
      ProjectManager projects,
      PermissionManager permissions) {
    this.groups = groups;
    this.users = users;
    this.projects = projects;
    this.permissions = permissions;
  }

  @Override
  public List<Recipient> members(Audience audience, GadgetData data) {
    Map<String, Set<String>> sponsored = sponsored(data);
    List<Recipient> recipients = new ArrayList<>();
    if (audience.kind() == Audience.Kind.GROUP) {
      Collection<ApplicationUser> members = groups.getUsersInGroup(audience.group());
      for (ApplicationUser user : members == null ? List.<ApplicationUser>of() : members) {
        if (user != null) {
          recipients.add(recipient(user, sponsored));
        }
      }
      return recipients;
    }
    for (String userKey : sponsored.keySet()) {
      ApplicationUser user = users.getUserByKey(userKey);
      if (user != null) {
        recipients.add(recipient(user, sponsored));
      }
    }
    return recipients;
  }

  @Override
  public Optional<Recipient> person(String userKey, GadgetData data) {
    ApplicationUser user = users.getUserByKey(userKey);
    return user == null ? Optional.empty() : Optional.of(recipient(user, sponsored(data)));
  }

  private Recipient recipient(ApplicationUser user, Map<String, Set<String>> sponsored) {
    return new Recipient(
        user.getKey(),
        user.getEmailAddress(),
        user.isActive(),
        // The bundle is English only; a recipient's own locale would only change number formats.
        Locale.ENGLISH,
        new Browsing(user),
        sponsored.getOrDefault(user.getKey(), Set.of()));
  }

  private static Map<String, Set<String>> sponsored(GadgetData data) {
    Map<String, Set<String>> byUser = new LinkedHashMap<>();
    for (ProjectSection project : data.report().projects()) {
      String sponsor = project.sponsorId();
      if (sponsor != null && !sponsor.isBlank()) {
        byUser.computeIfAbsent(sponsor, k -> new TreeSet<>()).add(project.key());
      }
    }
    return byUser;
  }

  /** Jira's browse permission for one user, asked once per project during one send. */
  private final class Browsing implements Predicate<String> {

    private final ApplicationUser user;
    private final Map<String, Boolean> answers = new HashMap<>();

    Browsing(ApplicationUser user) {
      this.user = user;
    }

    @Override
    public boolean test(String projectKey) {
      return answers.computeIfAbsent(
          projectKey,
          key -> {
            Project project = projects.getProjectObjByKey(key);
            return project != null
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
          });
    }
  }
}
