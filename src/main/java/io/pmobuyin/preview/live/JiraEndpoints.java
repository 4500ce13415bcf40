package io.pmobuyin.preview.live;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The REST addresses a pull asks, under Jira's base URL and its context path. */
final class JiraEndpoints {

  private static final String EXPAND = "changelog,names";
  private static final String FIELDS = "*all";

  private final String base;
  private final boolean atlassianCloud;

  JiraEndpoints(URI baseUrl) {
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    this.base = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path;
    this.atlassianCloud = baseUrl.getHost().toLowerCase(Locale.ROOT).endsWith(".atlassian.net");
  }

  /** Sites under atlassian.net are Cloud, whose {@code /search} Atlassian has removed. */
  boolean atlassianCloud() {
    return atlassianCloud;
  }

  /** Data Center and Server: pages by offset, with a total. */
  URI serverSearch(String jql, long startAt, int maxResults) {
    return URI.create(
        base
            + "/rest/api/2/search?jql="
            + encode(jql)
            + "&startAt="
            + startAt
            + "&maxResults="
            + maxResults
            + searchDetail());
  }

  /**
   * Cloud's enhanced search: pages by token, without a total. Version 2 of it, like the rest of the
   * pull, so that texts stay plain strings rather than version 3's document objects.
   */
  URI cloudSearch(String jql, String nextPageToken, int maxResults) {
    return URI.create(
        base
            + "/rest/api/2/search/jql?jql="
            + encode(jql)
            + (nextPageToken == null ? "" : "&nextPageToken=" + encode(nextPageToken))
            + "&maxResults="
            + maxResults
            + searchDetail());
  }

  /** One issue's change histories, oldest first (Data Center 8 and later, Cloud). */
  URI changelog(String issueKey, long startAt, int maxResults) {
    return URI.create(
        base
            + "/rest/api/2/issue/"
            + encode(issueKey)
            + "/changelog?startAt="
            + startAt
            + "&maxResults="
            + maxResults);
  }

  private static String searchDetail() {
    return "&expand=" + encode(EXPAND) + "&fields=" + encode(FIELDS);
  }

  /** Percent-encoding throughout: some servers read a {@code +} in a query as itself. */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
