package io.pmobuyin.jira.security;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import java.util.function.Predicate;
import javax.servlet.http.HttpServletRequest;

/**
 * Makes the {@link Viewer} of a request: the caller's access level, and Jira's answer on whether
 * they may browse a project. A project key the report holds but Jira no longer knows (the project
 * was deleted, or its key changed) is not browsable: its issue keys stay hidden.
 */
public class Viewers {

  private final RequestAccess access;
  private final PermissionManager permissions;
  private final ProjectManager projects;
  private final UserManager users;

  public Viewers(
      RequestAccess access,
      PermissionManager permissions,
      ProjectManager projects,
      UserManager users) {
    this.access = access;
    this.permissions = permissions;
    this.projects = projects;
    this.users = users;
  }

  /** A viewer for this request only: it remembers Jira's answers until the request is over. */
  public Viewer of(HttpServletRequest request) {
    AccessLevel level = access.of(request);
    Optional<String> userKey = access.userKey(request);
    if (!level.atLeast(AccessLevel.USER) || userKey.isEmpty()) {
      return new Viewer(AccessLevel.ANONYMOUS, key -> false);
    }
    return new Viewer(level, new Browsing(userKey.get()));
  }

  /** Jira's browse permission for one user, who is looked up once, on the first question. */
  private final class Browsing implements Predicate<String> {

    private final String userKey;
    private Optional<ApplicationUser> user;

    Browsing(String userKey) {
      this.userKey = userKey;
    }

    @Override
    public boolean test(String projectKey) {
      if (user == null) {
        user = Optional.ofNullable(users.getUserByKey(userKey));
      }
      if (user.isEmpty()) {
        return false; // a user deleted while logged in
      }
      Project project = projects.getProjectObjByKey(projectKey);
      return project != null
          && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user.get());
    }
  }
}
