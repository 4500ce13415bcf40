package io.pmobuyin.report.view.scope;

import java.util.List;

/**
 * The services with one scope status.
 *
 * @param status {@code in-scope}, {@code out-of-scope} or {@code other-department}: a CSS class
 */
public record ScopeGroup(String status, String title, String intro, List<ScopeItem> items) {

  public ScopeGroup {
    items = List.copyOf(items);
  }
}
