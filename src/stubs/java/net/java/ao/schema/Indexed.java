package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of the column index annotation (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.6 (@Indexed) and ngannk-fptu/Decompiled-Files,
 * activeobjects-plugin-5.2.1/net/java/ao/schema/Indexed.java (RUNTIME, METHOD, no elements). Jira
 * 11: every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Indexed {}
