package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (FieldConfig, interface, CustomField
 * getCustomField()).
 */
public interface FieldConfig {

  CustomField getCustomField();
}
