package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Compile-only declaration (never packaged); we call only what it inherits. Checked against:
 * docs/research/jira10-custom-field-types.md §C (@PublicApi interface extending
 * FieldTransportParams). Jira 11: every member we declare is used the same way by a public app
 * built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface CustomFieldParams extends FieldTransportParams {}
