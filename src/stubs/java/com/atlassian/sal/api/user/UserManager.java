package com.atlassian.sal.api.user;

/**
 * Compile-only declaration of SAL's user manager (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §6 (sal-api 5.1.4, p6jars); getRemoteUserKey() and
 * isAdmin still called on Jira 10.0.0 and 11.0.0 by atlassian-slack-integration-server
 * (ConfigurationRestService, at 5e676f6 and 94c50dc). isUserInGroup(UserKey, String): §6 and §7.1
 * (sal-api 5.1.4, p6jars, decompiled: {@code boolean isUserInGroup(@Nullable UserKey, @Nullable
 * String)}); not seen called by Jira 10 code, so its Platform 7 presence rests on SAL keeping its
 * non-deprecated methods. Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface UserManager {

  /**
   * The user of the request this thread serves. Called rather than the overload taking the request,
   * which no public app for Jira 10 or 11 was seen to call, while this one is called by
   * atlassian-slack-integration-server's ConfigurationRestService on Jira 10.0.0 (5e676f6) and
   * 11.0.0 (94c50dc) alike; it also keeps a servlet type, whose namespace differs between the two
   * lines, out of the call.
   */
  UserKey getRemoteUserKey();

  boolean isAdmin(UserKey userKey);

  boolean isUserInGroup(UserKey userKey, String group);
}
