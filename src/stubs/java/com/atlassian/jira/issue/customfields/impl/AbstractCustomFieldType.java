package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-only declaration (never packaged). Inside Jira the real class implements the rest of the
 * SPI; its getKey/getName/getDescription/getDescriptor are final there, so they are not declared
 * here where a subclass could override them. Checked against:
 * docs/research/jira10-custom-field-types.md §A (@PublicSpi abstract class implements
 * CustomFieldType<T,S>). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {}
