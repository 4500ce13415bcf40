package com.atlassian.jira.issue.label;

/**
 * Compile-only declaration of a final class (never packaged). Checked against: the Jira 6.x
 * jira-api source in turgaycelik/mysource (public final class, constructor (Long id, Long issue,
 * String label), String getLabel()); ../shared/reference/jira-platform-api.md §2 and §12 (class,
 * kind UNCONFIRMED for 10.x); Issue.getLabels() returns Set&lt;Label&gt; in Jira 10.0.0 (slack10).
 * The constructor is for tests, which build labels as Jira does. Jira 11: the declaration is seen
 * on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public final class Label {

  private final String label;

  public Label(Long id, Long issue, String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
