package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only declaration (never packaged): a final class of constants, not an enum; we only read
 * two of them. Checked against: docs/research/jira10-custom-field-types.md §C (public final class,
 * private constructor, public static final instances) and ../shared/reference/jira-platform-api.md
 * §5.3.
 */
public final class PersistenceFieldType {

  public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
  public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();

  private PersistenceFieldType() {}
}
