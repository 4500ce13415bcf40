package io.pmobuyin.preview.sample;

import java.util.List;

/**
 * What an issue is, as decided when it is created and never changed by its history.
 *
 * @param parentNumber the parent's issue number for sub-tasks, else 0
 * @param originalEstimateSeconds null where the issue was never estimated
 * @param pmoScope the PMO Scope option, or null
 * @param sponsor the Executive Sponsor, or {@link People#NOBODY}
 */
record IssueBasics(
    int number,
    JiraIssueType type,
    int parentNumber,
    String summary,
    long created,
    int reporter,
    Long originalEstimateSeconds,
    List<String> components,
    List<String> labels,
    PmoScopeOption pmoScope,
    int sponsor) {

  IssueBasics {
    components = List.copyOf(components);
    labels = List.copyOf(labels);
  }
}
