package io.pmobuyin.preview.live;

import java.util.regex.Pattern;

/** The JQL each kind of search is given. */
final class SearchJql {

  /** Every issue the token may see, in a stable order, so that pages neither skip nor repeat. */
  static final String ALL_ISSUES = "order by key";

  /**
   * Cloud's enhanced search refuses a query without a restriction ("Unbounded JQL queries are not
   * allowed here"); no issue was created before 1970, so this one restricts nothing.
   */
  static final String CLOUD_RESTRICTION = "created >= \"1970-01-01\"";

  private static final Pattern ORDER_ONLY =
      Pattern.compile("(?i)^order\\s+by\\b.*", Pattern.DOTALL);

  private SearchJql() {}

  static String forServer(String jql) {
    return jql == null || jql.isBlank() ? ALL_ISSUES : jql.strip();
  }

  static String forCloud(String jql) {
    String query = forServer(jql);
    return ORDER_ONLY.matcher(query).matches() ? CLOUD_RESTRICTION + " " + query : query;
  }
}
