package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Jira 10's REST v2 access annotation (never packaged). Checked
 * against: ../shared/reference/jira-platform-api.md §9 rest (package, name); target and retention
 * from the REST v1 twin in atlassian-rest-module 7.1.9 (ngannk-fptu/Decompiled-Files). Jira 11:
 * UNCONFIRMED (no public app built for Jira 11 seen using it)
 * (docs/research/jira11-declarations-audit.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {}
