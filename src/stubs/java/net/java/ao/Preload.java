package net.java.ao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of the annotation naming the columns every query of an entity reads
 * (never packaged); the others are read one by one when first asked for. Checked against:
 * ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/Preload.java (RUNTIME, TYPE,
 * String[] value() default {"*"}) and EntityManager.java find(Class, String, Query) (with named
 * columns, a find selects only those and the primary key). Used by
 * atlassian-labs/atlassian-slack-integration-server AOSlackLink. Jira 11: every member we declare
 * is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Preload {

  String[] value() default {"*"};
}
