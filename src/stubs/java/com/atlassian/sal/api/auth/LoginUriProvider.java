package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only declaration of SAL's login URI provider (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §9 (servlet admin page: getLoginUri(URI)).
 */
public interface LoginUriProvider {

  URI getLoginUri(URI returnUri);
}
