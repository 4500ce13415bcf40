package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of the table name annotation (never packaged); Jira prefixes the name
 * with AO_ and a hash of the namespace, and refuses names past 30 characters in all. Checked
 * against: ../shared/reference/jira-platform-api.md §7.6 (@Table(String value), RUNTIME, TYPE) and
 * ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/schema/Table.java and
 * net/java/ao/atlassian/AtlassianTableNameConverter.java (the 30-character check). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

  String value();
}
