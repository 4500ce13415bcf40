package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's projects and who may browse them, for tests of what a caller sees: a ProjectManager that
 * knows the projects by key (and no others: deleted or renamed ones), and a PermissionManager that
 * grants browse permission as the test says, counting the questions it is asked.
 */
public final class JiraBrowsing {

  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Map<String, Set<String>> browsable = new HashMap<>();
  private int checks;

  /** Projects Jira knows, by key. */
  public JiraBrowsing projects(String... keys) {
    return projects(List.of(keys));
  }

  public JiraBrowsing projects(Collection<String> keys) {
    for (String key : keys) {
      projects.put(key, JiraFakes.of(Project.class, "project " + key, Map.of("getKey", key)));
    }
    return this;
  }

  /** The user of this key may browse these projects (known to Jira or not). */
  public JiraBrowsing browses(String userKey, String... projectKeys) {
    browsable.computeIfAbsent(userKey, k -> new HashSet<>()).addAll(List.of(projectKeys));
    return this;
  }

  public ProjectManager projectManager() {
    ProjectManager manager = mock(ProjectManager.class);
    when(manager.getProjectObjByKey(any())).thenAnswer(call -> projects.get(call.getArgument(0)));
    return manager;
  }

  public PermissionManager permissionManager() {
    PermissionManager manager = mock(PermissionManager.class);
    when(manager.hasPermission(any(ProjectPermissionKey.class), any(Project.class), any()))
        .thenAnswer(
            call -> {
              checks++;
              ProjectPermissionKey permission = call.getArgument(0);
              Project project = call.getArgument(1);
              ApplicationUser user = call.getArgument(2);
              return permission.equals(ProjectPermissions.BROWSE_PROJECTS)
                  && browsable.getOrDefault(user.getKey(), Set.of()).contains(project.getKey());
            });
    return manager;
  }

  /** How many permission questions Jira was asked. */
  public int checks() {
    return checks;
  }
}
