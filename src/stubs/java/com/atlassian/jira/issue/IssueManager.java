package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-only declaration (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §2 (getIssueIdsForProject(Long) returning
 * Collection&lt;Long&gt; and throwing GenericEntityException;
 * getIssueObjects(Collection&lt;Long&gt;) returning List&lt;Issue&gt;, both CONFIRMED by usage),
 * the Jira 6.x jira-api source of IssueManager in turgaycelik/mysource (same two signatures; "ids
 * that are not found will be missing from the list") and the Jira 7.0.6 javadoc listing
 * getIssueIdsForProject. Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface IssueManager {

  Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

  List<Issue> getIssueObjects(Collection<Long> ids);
}
