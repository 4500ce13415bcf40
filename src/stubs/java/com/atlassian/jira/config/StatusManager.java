package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

/**
 * Compile-only declaration (never packaged). Checked against: jira-api's StatusManager source in
 * the public code index (interface in com.atlassian.jira.config, {@code @PublicApi} since 5.0,
 * {@code Collection<Status> getStatuses()}; two versions seen, both with this method) and
 * jira-core's DefaultStatusManager, which implements it over the constants manager; Atlassian's
 * kitchen-duty tutorial app imports it as an OSGi service ({@code @ComponentImport}), and
 * atlassian-labs/atlassian-slack-integration-server at 94c50dc (Jira 11.0.0) imports its sibling
 * IssueTypeManager from the same package that way. No public source built for Jira 10 or 11 calls
 * it: the app takes this service as optional and calls it behind a guard (see
 * io.pmobuyin.jira.source.JiraStatuses), so a missing service or method costs only the status list,
 * never the run. Jira 11: the declaration is seen on Jira 11 only in part; the rest is UNCONFIRMED
 * there (docs/research/jira11-declarations-audit.md).
 */
public interface StatusManager {

  Collection<Status> getStatuses();
}
