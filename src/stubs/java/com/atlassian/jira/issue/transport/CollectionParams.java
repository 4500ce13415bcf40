package com.atlassian.jira.issue.transport;

import java.util.Collection;

/**
 * Compile-only declaration (never packaged). Checked against:
 * docs/research/jira10-custom-field-types.md §C (CollectionParams extends FieldParams: Collection
 * getValuesForNullKey(), Collection<String> getValuesForKey(String)). Jira 11: the declaration is
 * seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public interface CollectionParams extends FieldParams {

  @SuppressWarnings("rawtypes")
  Collection getValuesForNullKey();

  Collection<String> getValuesForKey(String key);
}
