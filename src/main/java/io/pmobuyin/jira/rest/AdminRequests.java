package io.pmobuyin.jira.rest;

import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.security.WriteRequests;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

/** The one gate of every admin-only call: logged in, an admin, and for writes, not forged. */
final class AdminRequests {

  private AdminRequests() {}

  /** The refusal for this request, or null when it may go on. */
  static Response refusal(
      RequestAccess access, RestErrors errors, HttpServletRequest request, boolean write) {
    AccessLevel level = access.of(request);
    if (!level.atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    if (!level.atLeast(AccessLevel.ADMIN)) {
      return errors.notAllowed();
    }
    return write && !WriteRequests.notForged(request) ? errors.forged() : null;
  }
}
