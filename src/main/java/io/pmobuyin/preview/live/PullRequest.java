package io.pmobuyin.preview.live;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What to pull from which Jira.
 *
 * @param baseUrl the address of Jira, with its context path if it has one ({@code
 *     https://jira.example.com/jira}); a trailing slash does not matter
 * @param token a Data Center personal access token, or {@code email:apiToken} for Jira Cloud (told
 *     apart by the colon)
 * @param jql the search; null or blank for every issue the token may see
 * @param pageSize issues asked for per page: 0 or less for 100, at most 1000 (Jira may give fewer)
 */
public record PullRequest(URI baseUrl, String token, String jql, int pageSize) {

  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int LARGEST_PAGE_SIZE = 1000;

  public PullRequest {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(token, "token");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("Jira's address must be an http(s) URL: " + baseUrl);
    }
    if (token.isBlank()) {
      throw new IllegalArgumentException("the token is empty");
    }
    jql = jql == null || jql.isBlank() ? null : jql.strip();
    pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, LARGEST_PAGE_SIZE);
  }

  /** Never shows the token: requests end up in logs and stack traces. */
  @Override
  public String toString() {
    return "PullRequest[baseUrl="
        + baseUrl
        + ", token=***, jql="
        + (jql == null ? "(all issues)" : jql)
        + ", pageSize="
        + pageSize
        + "]";
  }
}
