package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's search service answering the admin page's JQL from counts set per project: how many
 * issues, how many unresolved, how many updated lately, and when the newest change was. A project
 * can be made to fail, or to fail only when asked when it last changed. Remembers every query and
 * who searched. Mockito underneath, since its results are Jira classes; safe across threads.
 */
public final class ScriptedSearch {

  private static final Pattern PROJECT = Pattern.compile("^project = (\\d+)(.*)$");

  private record Counts(long issues, long unresolved, long updatedLately) {}

  private final SearchService service = mock(SearchService.class);
  private final Map<Long, Counts> counts = new ConcurrentHashMap<>();
  private final Map<Long, Optional<Instant>> lastUpdated = new ConcurrentHashMap<>();
  private final Map<Long, String> failures = new ConcurrentHashMap<>();
  private final Map<Long, String> lastUpdateFailures = new ConcurrentHashMap<>();
  private final Map<Query, String> parsed = new IdentityHashMap<>();
  private final List<String> queries = new ArrayList<>();
  private final List<ApplicationUser> searchers = new ArrayList<>();

  public ScriptedSearch() {
    when(service.parseQuery(any(), anyString()))
        .thenAnswer(call -> parse(call.getArgument(0), call.getArgument(1)));
    try {
      when(service.search(any(), any(), any(PagerFilter.class)))
          .thenAnswer(call -> search(call.getArgument(1)));
    } catch (SearchException cannotHappenWhileStubbing) {
      throw new IllegalStateException(cannotHappenWhileStubbing);
    }
  }

  /** The project's counts, and when its newest change was (null: Jira's issue has no date). */
  public ScriptedSearch project(
      long projectId, long issues, long unresolved, long updatedLately, Instant newestChange) {
    counts.put(projectId, new Counts(issues, unresolved, updatedLately));
    lastUpdated.put(projectId, Optional.ofNullable(newestChange));
    return this;
  }

  /** Every search about the project fails. */
  public ScriptedSearch failing(long projectId, String why) {
    failures.put(projectId, why);
    return this;
  }

  /** Counting works, but asking when the project last changed fails. */
  public ScriptedSearch failingOnLastUpdate(long projectId, String why) {
    lastUpdateFailures.put(projectId, why);
    return this;
  }

  public SearchService service() {
    return service;
  }

  /** Every JQL query searched, in order. */
  public synchronized List<String> queries() {
    return List.copyOf(queries);
  }

  /** Who each query was parsed for, in order. */
  public synchronized List<ApplicationUser> searchers() {
    return List.copyOf(searchers);
  }

  private synchronized SearchService.ParseResult parse(ApplicationUser searcher, String jql) {
    searchers.add(searcher);
    Query query = JiraFakes.of(Query.class, "Query " + jql, Map.of());
    parsed.put(query, jql);
    return answering(SearchService.ParseResult.class, Map.of("isValid", true, "getQuery", query));
  }

  private SearchResults<Issue> search(Query query) throws SearchException {
    String jql;
    synchronized (this) {
      jql = parsed.get(query);
      queries.add(jql);
    }
    Matcher about = PROJECT.matcher(jql == null ? "" : jql);
    if (!about.matches()) {
      throw new SearchException("not a query of the admin page: " + jql);
    }
    long projectId = Long.parseLong(about.group(1));
    String condition = about.group(2);
    if (failures.containsKey(projectId)) {
      throw new SearchException(failures.get(projectId));
    }
    Counts project = counts.getOrDefault(projectId, new Counts(0, 0, 0));
    if (condition.equals(" ORDER BY updated DESC")) {
      if (lastUpdateFailures.containsKey(projectId)) {
        throw new SearchException(lastUpdateFailures.get(projectId));
      }
      return project.issues() == 0
          ? results(Map.of("getTotal", 0, "getResults", List.of()))
          : newest(lastUpdated.get(projectId).orElse(null));
    }
    if (condition.isEmpty()) {
      return total(project.issues());
    }
    if (condition.equals(" AND resolution is EMPTY")) {
      return total(project.unresolved());
    }
    if (condition.matches(" AND updated >= -\\d+d")) {
      return total(project.updatedLately());
    }
    throw new SearchException("not a query of the admin page: " + jql);
  }

  private static SearchResults<Issue> total(long total) {
    return results(Map.of("getTotal", (int) total));
  }

  private static SearchResults<Issue> newest(Instant changed) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("getUpdated", changed == null ? null : Timestamp.from(changed));
    Issue issue = JiraFakes.of(Issue.class, "Newest issue", answers);
    return results(Map.of("getTotal", 1, "getResults", List.of(issue)));
  }

  @SuppressWarnings("unchecked")
  private static SearchResults<Issue> results(Map<String, Object> answers) {
    return answering(SearchResults.class, answers);
  }

  /**
   * A mock of one of Jira's classes answering by method name, set when it is made: these are made
   * while another mock answers, where stubbing with when() is not safe.
   */
  private static <T> T answering(Class<T> type, Map<String, Object> answers) {
    return mock(
        type,
        call -> {
          String name = call.getMethod().getName();
          if (name.equals("toString")) {
            return type.getSimpleName() + answers;
          }
          if (!answers.containsKey(name)) {
            throw new UnsupportedOperationException(type.getSimpleName() + " has no " + name);
          }
          return answers.get(name);
        });
  }
}
