package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Compile-only declaration (never packaged); we call only what it inherits. Checked against:
 * docs/research/jira10-custom-field-types.md §C (@PublicApi interface extending
 * FieldTransportParams).
 */
public interface CustomFieldParams extends FieldTransportParams {}
