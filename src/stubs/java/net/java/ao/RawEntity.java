package net.java.ao;

/**
 * Compile-only declaration of Active Objects' base entity (never packaged); only {@code save()},
 * which writes the columns set since the row was read. Checked against:
 * ../shared/reference/jira-platform-api.md §7.6 (interface RawEntity&lt;T&gt;, save()) and
 * ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/RawEntity.java and
 * EntityProxy.java (save() issues an UPDATE of the dirty columns only). Jira 11: every member we
 * declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface RawEntity<T> {

  void save();
}
