package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Platform 7's access annotation for servlets and filters (never
 * packaged): only Jira administrators reach the annotated servlet. Checked against:
 * ../shared/reference/jira-platform-api.md §9 rest and "second audit" (the package holds the same
 * access levels as REST v2's; Platform 7+); an Atlassian refapp admin-UI tutorial servlet and the
 * burningcode Jira plugin, both importing com.atlassian.annotations.security.AdminOnly; the package
 * imported by shokurov/testplanit on Jira 10.3.13 and by Atlassian's Slack app on Jira
 * 10.0.0/11.0.0 (UnrestrictedAccess on a servlet filter). Target and retention as its REST v2
 * twin's. Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {}
