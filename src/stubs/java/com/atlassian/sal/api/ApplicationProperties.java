package com.atlassian.sal.api;

/**
 * Compile-only declaration of SAL's application properties (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1 ({@code String getBaseUrl(UrlMode)});
 * atlassian-labs/atlassian-slack-integration-server at 94c50dc (Jira 11.0.0) calls {@code
 * applicationProperties.getBaseUrl(UrlMode.CANONICAL)} (DefaultDedicatedChannelManager) and imports
 * the service (ComponentImports).
 */
public interface ApplicationProperties {

  String getBaseUrl(UrlMode urlMode);
}
