package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

/**
 * Compile-only declaration of the custom field type SPI (never packaged), limited to the methods
 * our types implement or override. Checked against: docs/research/jira10-custom-field-types.md
 * §A/§B (J63 CustomFieldType.java, WF10 on 10.3.0 overriding the same methods) and
 * ../shared/reference/jira-platform-api.md §5.3.
 *
 * @param <T> the transport object
 * @param <S> the single object Jira 11: the declaration is seen on Jira 11 only in part; the rest
 *     is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface CustomFieldType<T, S> {

  String getStringFromSingularObject(S singularObject);

  S getSingularObjectFromString(String string) throws FieldValidationException;

  Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);

  void validateFromParams(
      CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config);

  T getValueFromCustomFieldParams(CustomFieldParams parameters) throws FieldValidationException;

  Object getStringValueFromCustomFieldParams(CustomFieldParams parameters);

  String getChangelogString(CustomField field, T value);
}
