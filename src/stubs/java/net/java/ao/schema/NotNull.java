package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of the NOT NULL column annotation (never packaged); such a column must
 * be given, and not blank, when the row is created. Checked against:
 * ../shared/reference/jira-platform-api.md §7.6 (@NotNull) and ngannk-fptu/Decompiled-Files,
 * activeobjects-plugin-5.2.1/net/java/ao/schema/NotNull.java (RUNTIME, METHOD, no elements) and
 * net/java/ao/EntityManager.java create(Class, DBParam...) (the checks on create). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotNull {}
