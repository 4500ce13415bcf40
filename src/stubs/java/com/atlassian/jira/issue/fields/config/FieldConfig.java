package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (FieldConfig, interface, CustomField
 * getCustomField()). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface FieldConfig {

  CustomField getCustomField();
}
