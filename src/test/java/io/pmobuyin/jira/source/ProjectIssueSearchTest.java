package io.pmobuyin.jira.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import io.pmobuyin.settings.ProjectIssueCounts;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.ScriptedSearch;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Counting one open project's issues with Jira's search, one result at most per query. */
class ProjectIssueSearchTest {

  private final ApplicationUser admin = JiraIssues.user("JIRAUSER10000", "Ada Admin");
  private final ScriptedSearch scripted = new ScriptedSearch();

  @Test
  void countsAllUnresolvedAndLatelyUpdatedIssues() throws Exception {
    scripted.project(12, 30, 4, 2, Instant.EPOCH);

    ProjectIssueCounts counts = new ProjectIssueSearch(scripted.service()).counts(admin, 12, 45);

    assertThat(counts).isEqualTo(new ProjectIssueCounts(30, 4, 2));
    assertThat(scripted.queries())
        .containsExactly(
            "project = 12",
            "project = 12 AND resolution is EMPTY",
            "project = 12 AND updated >= -45d");
    assertThat(scripted.searchers()).containsOnly(admin);
  }

  @Test
  void asksNoMoreOfAProjectWithoutIssues() throws Exception {
    ProjectIssueSearch search = new ProjectIssueSearch(scripted.service());

    assertThat(search.counts(admin, 12, 90)).isEqualTo(new ProjectIssueCounts(0, 0, 0));
    assertThat(search.lastUpdated(admin, 12)).isEmpty();
    assertThat(scripted.queries())
        .containsExactly("project = 12", "project = 12 ORDER BY updated DESC");
  }

  @Test
  void givesWhenTheNewestIssueWasUpdated() throws Exception {
    Instant newest = Instant.parse("2025-06-30T08:00:00Z");
    scripted.project(12, 3, 0, 0, newest);

    assertThat(new ProjectIssueSearch(scripted.service()).lastUpdated(admin, 12)).contains(newest);
  }

  @Test
  void takesAQueryJiraCannotParseForAFailedSearch() throws Exception {
    SearchService service = mock(SearchService.class);
    SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
    when(invalid.isValid()).thenReturn(false);
    when(service.parseQuery(any(), anyString())).thenReturn(invalid);

    assertThatThrownBy(() -> new ProjectIssueSearch(service).counts(admin, 12, 90))
        .isInstanceOf(SearchException.class)
        .hasMessageContaining("project = 12");
    verify(service, never()).search(any(), any(), any(PagerFilter.class));
  }
}
