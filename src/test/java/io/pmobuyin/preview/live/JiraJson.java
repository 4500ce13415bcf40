package io.pmobuyin.preview.live;

import java.util.List;
import java.util.stream.IntStream;

/** Jira REST JSON written by hand for the tests: made-up projects, no real people. */
final class JiraJson {

  private JiraJson() {}

  /** Issues {@code ABC-1} to {@code ABC-n}, each with one history entry of one. */
  static List<String> issues(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> issue("ABC-" + i, 1, 1)).toList();
  }

  /**
   * A closed task whose changelog gives the first {@code given} of {@code total} history entries
   * (see {@link #histories}).
   */
  static String issue(String key, int given, int total) {
    int number = Integer.parseInt(key.substring(key.indexOf('-') + 1));
    return "{\"expand\":\"operations,changelog\",\"id\":\""
        + (10000 + number)
        + "\",\"key\":\""
        + key
        + "\",\"fields\":{\"project\":{\"key\":\"ABC\",\"name\":\"Abc\"},"
        + "\"issuetype\":{\"name\":\"Task\"},"
        + "\"status\":{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}},"
        + "\"created\":\"2024-01-02T10:00:00.000+0000\","
        + "\"resolutiondate\":\"2024-01-05T10:00:00.000+0000\","
        + "\"description\":\"Plain text, as version 2 gives it\"},"
        + "\"changelog\":{\"startAt\":0,\"maxResults\":"
        + given
        + ",\"total\":"
        + total
        + ",\"histories\":["
        + String.join(",", histories(key, given))
        + "]}}";
  }

  /** The history of an issue: {@code n} status changes an hour apart, ids unique across issues. */
  static List<String> histories(String key, int n) {
    int number = Integer.parseInt(key.substring(key.indexOf('-') + 1));
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                "{\"id\":\""
                    + (number * 1000 + i)
                    + "\",\"created\":\"2024-01-03T"
                    + String.format("%02d", i % 24)
                    + ":00:00.000+0000\",\"items\":[{\"field\":\"status\",\"fieldtype\":\"jira\","
                    + "\"from\":\"1\",\"fromString\":\"To Do\",\"to\":\"3\","
                    + "\"toString\":\"In Progress\"}]}")
        .toList();
  }

  /** A page of Data Center's {@code /rest/api/2/search}, with the names map after the issues. */
  static String searchPage(int startAt, int maxResults, int total, List<String> issues) {
    return "{\"expand\":\"names,schema\",\"startAt\":"
        + startAt
        + ",\"maxResults\":"
        + maxResults
        + ",\"total\":"
        + total
        + ",\"issues\":["
        + String.join(",", issues)
        + "],\"names\":{\"summary\":\"Summary\",\"customfield_10020\":\"Sprint\"}}";
  }

  /** A page of Cloud's {@code /search/jql}: no total; the last page has no token. */
  static String cloudPage(List<String> issues, String nextPageToken) {
    return cloudPage(issues, nextPageToken, nextPageToken == null);
  }

  static String cloudPage(List<String> issues, String nextPageToken, boolean isLast) {
    return "{\"issues\":["
        + String.join(",", issues)
        + "],"
        + (nextPageToken == null ? "" : "\"nextPageToken\":\"" + nextPageToken + "\",")
        + "\"isLast\":"
        + isLast
        + ",\"names\":{\"summary\":\"Summary\"}}";
  }

  /** A page of {@code /rest/api/2/issue/{key}/changelog}. */
  static String changelogPage(int startAt, int maxResults, int total, List<String> histories) {
    return "{\"self\":\"http://jira.invalid/x\",\"maxResults\":"
        + maxResults
        + ",\"startAt\":"
        + startAt
        + ",\"total\":"
        + total
        + ",\"isLast\":"
        + (startAt + histories.size() >= total)
        + ",\"values\":["
        + String.join(",", histories)
        + "]}";
  }

  static String errors(String... messages) {
    return "{\"errorMessages\":["
        + String.join(",", java.util.Arrays.stream(messages).map(m -> "\"" + m + "\"").toList())
        + "],\"errors\":{}}";
  }
}
