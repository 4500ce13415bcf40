package net.java.ao;

/**
 * Compile-only declaration of Active Objects' entity with an auto-increment int primary key named
 * ID (never packaged). Checked against: ../shared/reference/jira-platform-api.md §7.6 (interface
 * extends RawEntity&lt;Integer&gt;, int getID()) and ngannk-fptu/Decompiled-Files,
 * activeobjects-plugin-5.2.1/net/java/ao/Entity.java (the real one annotates getID() with
 * AutoIncrement, NotNull and PrimaryKey("ID"); the runtime reads those from Jira's copy). Jira 11:
 * the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface Entity extends RawEntity<Integer> {

  int getID();
}
