package com.atlassian.jira.issue.history;

/**
 * Compile-only declaration of a plain bean class (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §3 (class; getField, getFrom, getFromString, getTo,
 * getToString), the Jira 6.x jira-api source in turgaycelik/mysource (the same getters and the
 * constructor (fieldType, field, from, fromString, to, toString)) and
 * atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0), which calls
 * getField() and constructs it in tests. The constructor is for our tests. Jira 11: the declaration
 * is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class ChangeItemBean {

  private final String field;
  private final String from;
  private final String fromString;
  private final String to;
  private final String toString;

  public ChangeItemBean(
      String fieldType, String field, String from, String fromString, String to, String toString) {
    this.field = field;
    this.from = from;
    this.fromString = fromString;
    this.to = to;
    this.toString = toString;
  }

  public String getField() {
    return field;
  }

  public String getFrom() {
    return from;
  }

  public String getFromString() {
    return fromString;
  }

  public String getTo() {
    return to;
  }

  public String getToString() {
    return toString;
  }
}
