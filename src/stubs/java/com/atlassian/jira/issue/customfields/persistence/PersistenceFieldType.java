package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only declaration (never packaged): a final class of constants, not an enum; we only read
 * two of them. Checked against: docs/research/jira10-custom-field-types.md §C (public final class,
 * private constructor, public static final instances) and ../shared/reference/jira-platform-api.md
 * §5.3. Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED there
 * (docs/research/jira11-declarations-audit.md).
 */
public final class PersistenceFieldType {

  public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
  public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();

  private PersistenceFieldType() {}
}
