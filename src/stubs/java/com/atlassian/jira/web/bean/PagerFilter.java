package com.atlassian.jira.web.bean;

/**
 * Compile-only declaration of a class (never packaged) we only construct: which page of a search's
 * results to fetch. Checked against: ../shared/reference/jira-platform-api.md §2 (class
 * PagerFilter&lt;T&gt;; constructor (int start, int max) CONFIRMED by
 * mailru/jira-plugins-mrimsender IssueServiceImpl, {@code new PagerFilter<>(page * pageSize,
 * pageSize)}). Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public class PagerFilter<T> {

  private final int start;
  private final int max;

  public PagerFilter(int start, int max) {
    this.start = start;
    this.max = max;
  }

  @Override
  public String toString() {
    return "PagerFilter[" + start + ", " + max + "]";
  }
}
