package io.pmobuyin.jira.security;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.settings.SettingsStore;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * The one place that decides who is calling. REST resources and pages ask it in code, on top of the
 * security annotations, so a mistaken annotation never opens a door on its own.
 */
public class RequestAccess {

  private final UserManager userManager;
  private final SettingsStore settings;

  /** Without the app's settings nobody is an executive: for pages that never ask. */
  public RequestAccess(UserManager userManager) {
    this(userManager, null);
  }

  public RequestAccess(UserManager userManager, SettingsStore settings) {
    this.userManager = userManager;
    this.settings = settings;
  }

  /**
   * The caller's level. SAL answers for the request this thread serves (Jira's filters set its user
   * before our code runs), so the request is not passed on; it stays in the signature so that every
   * caller says which request it judges.
   */
  public AccessLevel of(HttpServletRequest request) {
    UserKey user = userManager.getRemoteUserKey();
    if (user == null) {
      return AccessLevel.ANONYMOUS;
    }
    if (userManager.isAdmin(user)) {
      return AccessLevel.ADMIN;
    }
    // Read on every request: an admin's new choice of group holds at once, on every node.
    Optional<String> executives =
        settings == null ? Optional.empty() : settings.settings().executives();
    return executives.isPresent() && userManager.isUserInGroup(user, executives.get())
        ? AccessLevel.EXECUTIVE
        : AccessLevel.USER;
  }

  /** The caller's user key, for audit trails; empty for anonymous callers. */
  public Optional<String> userKey(HttpServletRequest request) {
    UserKey user = userManager.getRemoteUserKey();
    return user == null ? Optional.empty() : Optional.of(user.getStringValue());
  }
}
