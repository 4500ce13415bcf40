package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only declaration of a class (never packaged) we only read: one page of a search's results
 * and how many there are in all. Checked against: ../shared/reference/jira-platform-api.md §2
 * (class SearchResults&lt;T&gt; since Jira 8; List&lt;T&gt; getResults() and int getTotal()
 * CONFIRMED by mailru/jira-plugins-mrimsender, which assigns getTotal() to an int). Its
 * constructors changed between Jira versions and are not called here; the private one only keeps
 * the compiler from inventing a public one. Jira 11: the declaration is seen on Jira 11 only in
 * part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public class SearchResults<T> {

  private final List<T> results;
  private final int total;

  private SearchResults(List<T> results, int total) {
    this.results = results;
    this.total = total;
  }

  public List<T> getResults() {
    return results;
  }

  public int getTotal() {
    return total;
  }
}
