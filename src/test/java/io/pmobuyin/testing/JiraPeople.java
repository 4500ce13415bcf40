package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's users and groups for tests, built once and answered by mocks of Jira's UserManager and
 * GroupManager that behave as Jira's do: a deleted user is unknown by key and name, yet Jira still
 * hands out a stand-in for their key.
 */
public final class JiraPeople {

  private final Map<String, ApplicationUser> byKey = new LinkedHashMap<>();
  private final Map<String, Set<String>> groups = new LinkedHashMap<>();
  private final Set<String> deleted = new HashSet<>();

  public JiraPeople active(String key, String displayName, String... groupNames) {
    return person(key, displayName, true, groupNames);
  }

  public JiraPeople inactive(String key, String displayName, String... groupNames) {
    return person(key, displayName, false, groupNames);
  }

  /** A user who existed under this key and was deleted from Jira. */
  public JiraPeople deleted(String key) {
    deleted.add(key);
    return this;
  }

  /** The e-mail address Jira holds for this user (by default key@example.com); null for none. */
  public JiraPeople email(String key, String address) {
    when(user(key).getEmailAddress()).thenReturn(address);
    return this;
  }

  public JiraPeople group(String name) {
    groups.computeIfAbsent(name, g -> new HashSet<>());
    return this;
  }

  public ApplicationUser user(String key) {
    ApplicationUser user = byKey.get(key);
    if (user == null) {
      throw new IllegalArgumentException("no user " + key + " in this test");
    }
    return user;
  }

  public UserManager userManager() {
    UserManager users = mock(UserManager.class);
    when(users.getUserByKey(anyString())).thenAnswer(call -> byKey.get(call.getArgument(0)));
    when(users.getUserByName(anyString()))
        .thenAnswer(
            call ->
                byKey.values().stream()
                    .filter(u -> u.getUsername().equals(call.getArgument(0)))
                    .findFirst()
                    .orElse(null));
    when(users.getUserByKeyEvenWhenUnknown(anyString()))
        .thenAnswer(
            call -> {
              String key = call.getArgument(0);
              return byKey.containsKey(key) ? byKey.get(key) : standIn(key);
            });
    return users;
  }

  public GroupManager groupManager() {
    GroupManager manager = mock(GroupManager.class);
    when(manager.getUsersInGroup(anyString()))
        .thenAnswer(
            call -> {
              Set<String> members = groups.get(call.<String>getArgument(0));
              List<ApplicationUser> users = new ArrayList<>();
              if (members != null) {
                members.forEach(key -> users.add(byKey.get(key)));
              }
              return users;
            });
    when(manager.isUserInGroup(any(ApplicationUser.class), anyString()))
        .thenAnswer(
            call -> {
              Set<String> members = groups.get(call.<String>getArgument(1));
              return members != null
                  && members.contains(call.<ApplicationUser>getArgument(0).getKey());
            });
    when(manager.getGroup(anyString()))
        .thenAnswer(
            call ->
                groups.containsKey(call.<String>getArgument(0))
                    ? mock(com.atlassian.crowd.embedded.api.Group.class)
                    : null);
    return manager;
  }

  private JiraPeople person(String key, String displayName, boolean active, String... groupNames) {
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn(key);
    when(user.getUsername()).thenReturn(key.replace("JIRAUSER", "user"));
    when(user.getDisplayName()).thenReturn(displayName);
    when(user.isActive()).thenReturn(active);
    when(user.getEmailAddress()).thenReturn(key + "@example.com");
    byKey.put(key, user);
    for (String group : groupNames) {
      groups.computeIfAbsent(group, g -> new HashSet<>()).add(key);
    }
    return this;
  }

  /**
   * What Jira's getUserByKeyEvenWhenUnknown gives for a key it does not know: inactive, named by
   * key.
   */
  private ApplicationUser standIn(String key) {
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn(key);
    when(user.getUsername()).thenReturn(key);
    when(user.getDisplayName()).thenReturn(key);
    when(user.isActive()).thenReturn(false);
    return user;
  }
}
