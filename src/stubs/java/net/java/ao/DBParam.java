package net.java.ao;

/**
 * Compile-only declaration of a column value for {@code ActiveObjects.create} (never packaged); the
 * getters are read by the tests' fake database. Checked against:
 * ../shared/reference/jira-platform-api.md §7.6 (create(Class, DBParam...)) and
 * ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/DBParam.java (public class,
 * public DBParam(String field, Object value), String getField(), Object getValue()). Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public class DBParam {

  private final String field;
  private final Object value;

  public DBParam(String field, Object value) {
    if (field == null) {
      throw new NullPointerException("Field cannot be null");
    }
    this.field = field;
    this.value = value;
  }

  public String getField() {
    return field;
  }

  public Object getValue() {
    return value;
  }
}
