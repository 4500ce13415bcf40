package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §5.3 (interface in com.atlassian.jira.issue;
 * Collection&lt;CustomField&gt; getCustomFieldObjectsByName(String), CONFIRMED by usage) and
 * atlascommunity/jira-plugins-groovy (Jira 8.13), DateCompareFunction and ExpressionFunction
 * assigning its result to Collection&lt;CustomField&gt;. Jira 11: the declaration is seen on Jira
 * 11 only in part; the rest is UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface CustomFieldManager {

  Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
