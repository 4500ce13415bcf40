package io.pmobuyin.preview.live;

import java.net.URI;

/**
 * Data Center and Server: pages by {@code startAt}, moving on by the issues a page really holds
 * (Jira may give fewer than asked), until the total is reached or a page comes empty.
 */
final class ServerSearchCursor implements SearchCursor {

  private final JiraEndpoints endpoints;
  private final String jql;
  private final int pageSize;
  private long startAt;
  private long total = -1;

  ServerSearchCursor(JiraEndpoints endpoints, String jql, int pageSize) {
    this.endpoints = endpoints;
    this.jql = SearchJql.forServer(jql);
    this.pageSize = pageSize;
  }

  @Override
  public URI pageUri() {
    return endpoints.serverSearch(jql, startAt, pageSize);
  }

  @Override
  public boolean advance(SearchPage page) {
    startAt += page.issues();
    total = page.total();
    if (page.issues() == 0) {
      return false;
    }
    // Without a total (not Jira's way, but cheap to bear), only an empty page ends the search.
    return total < 0 || startAt < total;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public String flavour() {
    return PullResult.SERVER;
  }
}
