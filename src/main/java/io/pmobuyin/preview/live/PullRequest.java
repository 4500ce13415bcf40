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
 *     apart by the colon); white space around it is dropped (a token read from a file ends in a
 *     line break), and a token with any other character than visible ASCII is refused
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
    token = token.strip();
    if (token.isEmpty()) {
      throw new IllegalArgumentException("the token is empty");
    }
    if (!holdsOnlyTokenCharacters(token)) {
      // Never the token itself in the message: it ends up in logs.
      throw new IllegalArgumentException("the token holds a character no token holds");
    }
    jql = jql == null || jql.isBlank() ? null : jql.strip();
    pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, LARGEST_PAGE_SIZE);
  }

  /**
   * Whether every character is visible ASCII, as in every Jira token and e-mail address: a line
   * break or control character would otherwise reach an HTTP header, whose error repeats it.
   */
  public static boolean holdsOnlyTokenCharacters(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
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
