package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only declaration of SAL's user manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (sal-api 5.1.4, p6jars); getRemoteUserKey and isAdmin
 * still called on Jira 10 by atlassian-slack-integration-server 4.0.6 (ConfigurationRestService).
 * isUserInGroup(UserKey, String): §6 and §7.1 (sal-api 5.1.4, p6jars, decompiled: {@code boolean
 * isUserInGroup(@Nullable UserKey, @Nullable String)}); not seen called by Jira 10 code, so its
 * Platform 7 presence rests on SAL keeping its non-deprecated methods.
 */
public interface UserManager {

  UserKey getRemoteUserKey(HttpServletRequest request);

  boolean isAdmin(UserKey userKey);

  boolean isUserInGroup(UserKey userKey, String group);
}
