package io.pmobuyin.preview.server;

import java.util.List;

/**
 * The preview's dashboard page: the seven gadgets as a Jira dashboard would hold them.
 *
 * @param source what the report was mined from, e.g. "the embedded sample portfolio"
 */
public record DashboardPage(String source, String generator, List<DashboardItem> items) {

  public DashboardPage {
    items = List.copyOf(items);
  }
}
