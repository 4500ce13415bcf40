package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only declaration of Jira's search service (never packaged), limited to what the admin
 * page's project suggestions call. Checked against: ../shared/reference/jira-platform-api.md §2
 * (interface; search and parseQuery CONFIRMED by mailru/jira-plugins-mrimsender IssueServiceImpl on
 * Jira 8/9: {@code SearchService.ParseResult parseResult = searchService.parseQuery(user, jql)},
 * {@code parseResult.isValid()}, {@code parseResult.getQuery()}, {@code SearchResults<Issue> res =
 * searchService.search(user, query, pagerFilter)}) and atlassian-slack-integration-server at
 * 5e676f6 (Jira 10.0.0), which calls parseQuery(ApplicationUser, String) and isValid() and builds a
 * ParseResult with {@code new SearchService.ParseResult(query, messageSet)}: a nested class, not an
 * interface as the reference has it, which matters for linkage (invokevirtual, not
 * invokeinterface). Jira 11: the declaration is seen on Jira 11 only in part; the rest is
 * UNCONFIRMED there (docs/research/jira11-declarations-audit.md).
 */
public interface SearchService {

  /** The pager is a raw type in Jira's interface too. */
  @SuppressWarnings("rawtypes")
  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
      throws SearchException;

  ParseResult parseQuery(ApplicationUser searcher, String query);

  /**
   * The parsed query, or why it could not be parsed. Its constructor (Query, MessageSet) is not
   * called here, so not declared; the private one only keeps the compiler from inventing a public
   * one.
   */
  class ParseResult {

    private final Query query;
    private final boolean valid;

    private ParseResult(Query query, boolean valid) {
      this.query = query;
      this.valid = valid;
    }

    public boolean isValid() {
      return valid;
    }

    public Query getQuery() {
      return query;
    }
  }
}
