package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only declaration of SAL's login URI provider (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §9 (servlet admin page: getLoginUri(URI)). Jira 11:
 * every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface LoginUriProvider {

  URI getLoginUri(URI returnUri);
}
