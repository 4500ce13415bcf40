package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;

/**
 * Compile-only declaration of the single-value custom field base (never packaged): the protected
 * constructor and every abstract method, exactly. Checked against:
 * ../shared/reference/jira-platform-api.md §5.2 and docs/research/jira10-custom-field-types.md §B
 * (J63 AbstractSingleFieldType.java; listed for 10.2 in the 10.2.0 javadoc). Jira 11: the
 * declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

  protected AbstractSingleFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager) {}

  protected abstract PersistenceFieldType getDatabaseType();

  protected abstract Object getDbValueFromObject(T customFieldObject);

  protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
