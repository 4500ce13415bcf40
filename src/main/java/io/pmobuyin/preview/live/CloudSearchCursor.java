package io.pmobuyin.preview.live;

import java.net.URI;
import java.util.Objects;

/**
 * Jira Cloud's enhanced search: each page hands over the token of the next; the last says {@code
 * isLast} or gives no token. There is no total.
 */
final class CloudSearchCursor implements SearchCursor {

  private final JiraEndpoints endpoints;
  private final String jql;
  private final int pageSize;
  private String nextPageToken;

  CloudSearchCursor(JiraEndpoints endpoints, String jql, int pageSize) {
    this.endpoints = endpoints;
    this.jql = SearchJql.forCloud(jql);
    this.pageSize = pageSize;
  }

  @Override
  public URI pageUri() {
    return endpoints.cloudSearch(jql, nextPageToken, pageSize);
  }

  @Override
  public boolean advance(SearchPage page) {
    String next = page.nextPageToken();
    // A token handed back unchanged would ask for the same page for ever.
    if (page.isLast()
        || page.issues() == 0
        || next == null
        || next.isBlank()
        || Objects.equals(next, nextPageToken)) {
      return false;
    }
    nextPageToken = next;
    return true;
  }

  @Override
  public long total() {
    return -1;
  }

  @Override
  public String flavour() {
    return PullResult.CLOUD;
  }
}
