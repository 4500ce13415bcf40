package io.pmobuyin.jira.security;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * The one place that decides who is calling. REST resources and pages ask it in code, on top of the
 * security annotations, so a mistaken annotation never opens a door on its own.
 */
public class RequestAccess {

  private final UserManager userManager;

  public RequestAccess(UserManager userManager) {
    this.userManager = userManager;
  }

  public AccessLevel of(HttpServletRequest request) {
    UserKey user = userManager.getRemoteUserKey(request);
    if (user == null) {
      return AccessLevel.ANONYMOUS;
    }
    return userManager.isAdmin(user) ? AccessLevel.ADMIN : AccessLevel.USER;
  }

  /** The caller's user key, for audit trails; empty for anonymous callers. */
  public Optional<String> userKey(HttpServletRequest request) {
    UserKey user = userManager.getRemoteUserKey(request);
    return user == null ? Optional.empty() : Optional.of(user.getStringValue());
  }
}
