package net.java.ao;

/**
 * Compile-only declaration of Active Objects' query builder (never packaged): the fluent calls the
 * store adapters make, and the getters the tests' fake database reads back. Checked against:
 * ../shared/reference/jira-platform-api.md §7.6 (class; static select(), where, order, limit,
 * offset) and ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/Query.java
 * (public class; each fluent method returns this; limit and offset are -1 until set;
 * getWhereClause(), getWhereParams(), getOrderClause(), getLimit(), getOffset()). Used the same way
 * in atlassian-labs/atlassian-slack-integration-server DefaultConfigurationDao. Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class Query {

  private String whereClause;
  private Object[] whereParams;
  private String orderClause;
  private int limit = -1;
  private int offset = -1;

  private Query() {}

  public static Query select() {
    return new Query();
  }

  public Query where(String clause, Object... params) {
    this.whereClause = clause;
    this.whereParams = params;
    return this;
  }

  public Query order(String clause) {
    this.orderClause = clause;
    return this;
  }

  public Query limit(int limit) {
    this.limit = limit;
    return this;
  }

  public Query offset(int offset) {
    this.offset = offset;
    return this;
  }

  public String getWhereClause() {
    return whereClause;
  }

  public Object[] getWhereParams() {
    return whereParams;
  }

  public String getOrderClause() {
    return orderClause;
  }

  public int getLimit() {
    return limit;
  }

  public int getOffset() {
    return offset;
  }
}
