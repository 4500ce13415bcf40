package com.atlassian.sal.api;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.1; {@code UrlMode.CANONICAL} and {@code
 * UrlMode.ABSOLUTE} are used by atlassian-labs/atlassian-slack-integration-server at 94c50dc (Jira
 * 11.0.0) DefaultDedicatedChannelManager and SlackPostFunctionFactory.
 */
public enum UrlMode {
  ABSOLUTE,
  RELATIVE,
  CANONICAL,
  AUTO
}
