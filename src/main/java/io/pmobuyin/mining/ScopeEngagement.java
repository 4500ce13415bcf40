package io.pmobuyin.mining;

import java.util.List;

/**
 * Whether an issue is work the PMO engages with, from its PMO Scope values. The service catalogue
 * decides inside Jira (an in-scope entry); without one, any value counts as engaged.
 */
@FunctionalInterface
public interface ScopeEngagement {

  boolean engages(List<String> scopeValues);

  /** Without a catalogue: tagged at all is engaged. */
  static ScopeEngagement anyValue() {
    return values -> !values.isEmpty();
  }
}
