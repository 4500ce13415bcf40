package io.pmobuyin.jira.source;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.pmobuyin.settings.ProjectIssueCounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One open project's issues as Jira's search sees them for a given user, who sees only what they
 * may browse: the counts a suggestion needs, and when an issue last changed. Every search asks for
 * one result at most, since only the total is read. Archived projects' issues are not in the search
 * index, so this is for open projects only.
 */
public class ProjectIssueSearch {

  private final SearchService search;

  public ProjectIssueSearch(SearchService search) {
    this.search = search;
  }

  /** All issues, the unresolved ones, and those updated within the last {@code quietDays}. */
  public ProjectIssueCounts counts(ApplicationUser searcher, long projectId, int quietDays)
      throws SearchException {
    String project = "project = " + projectId;
    long issues = total(searcher, project);
    if (issues == 0) {
      return new ProjectIssueCounts(0, 0, 0);
    }
    return new ProjectIssueCounts(
        issues,
        total(searcher, project + " AND resolution is EMPTY"),
        total(searcher, project + " AND updated >= -" + quietDays + "d"));
  }

  /** When the project's most recently updated issue changed; empty for a project without any. */
  public Optional<Instant> lastUpdated(ApplicationUser searcher, long projectId)
      throws SearchException {
    List<Issue> newest =
        search
            .search(
                searcher,
                query(searcher, "project = " + projectId + " ORDER BY updated DESC"),
                firstOnly())
            .getResults();
    if (newest == null || newest.isEmpty()) {
      return Optional.empty();
    }
    Timestamp updated = newest.get(0).getUpdated();
    return Optional.ofNullable(updated).map(Timestamp::toInstant);
  }

  private long total(ApplicationUser searcher, String jql) throws SearchException {
    return search.search(searcher, query(searcher, jql), firstOnly()).getTotal();
  }

  /** A new one each time: Jira's pager has setters, and a search may use them. */
  private static PagerFilter<Issue> firstOnly() {
    return new PagerFilter<>(0, 1);
  }

  /** Our JQL is fixed but for numbers, so a query Jira cannot parse is a search failure. */
  private Query query(ApplicationUser searcher, String jql) throws SearchException {
    SearchService.ParseResult parsed = search.parseQuery(searcher, jql);
    if (parsed == null || !parsed.isValid()) {
      throw new SearchException("Jira could not parse the query: " + jql);
    }
    return parsed.getQuery();
  }
}
