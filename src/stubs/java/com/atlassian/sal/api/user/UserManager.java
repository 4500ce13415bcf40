package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only declaration of SAL's user manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (sal-api 5.1.4, p6jars); both methods still called on
 * Jira 10 by atlassian-slack-integration-server 4.0.6 (ConfigurationRestService).
 */
public interface UserManager {

  UserKey getRemoteUserKey(HttpServletRequest request);

  boolean isAdmin(UserKey userKey);
}
