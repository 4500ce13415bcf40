package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.source.ClosedProjectSuggester;
import io.pmobuyin.jira.source.ProjectIssueSearch;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.ScriptedSearch;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project categories and the suggestions of closed projects the admin page shows. */
class ProjectsResourceTest {

  private static final String ADMIN = "JIRAUSER10000";
  private static final Instant LONG_AGO = Instant.parse("2025-03-01T10:15:30Z");

  private final UserManager salUsers = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  private final JiraPeople people = new JiraPeople().active(ADMIN, "Ada Admin");
  private final ScriptedSearch search = new ScriptedSearch();
  private final InMemorySettingsStore settings = new InMemorySettingsStore();

  @BeforeEach
  void asAdmin() {
    UserKey key = new UserKey(ADMIN);
    when(salUsers.getRemoteUserKey()).thenReturn(key);
    when(salUsers.isAdmin(key)).thenReturn(true);
  }

  @Test
  void listsEachCategoryInUseOnceByName() {
    jira.project(1, "ALPHA").inCategory(10_002, "closed");
    jira.project(2, "BETA").inCategory(10_001, "Archive");
    jira.project(3, "GAMMA").inCategory(10_002, "closed");
    jira.project(4, "DELTA");

    ProjectCategoriesDto dto = (ProjectCategoriesDto) resource().categories(request).getEntity();

    assertThat(dto.categories()).extracting(c -> c.id()).containsExactly(10_001L, 10_002L);
    assertThat(dto.categories()).extracting(c -> c.name()).containsExactly("Archive", "closed");
  }

  @Test
  void listsNoCategoriesWhenNoProjectHasOne() {
    jira.project(1, "ALPHA");

    ProjectCategoriesDto dto = (ProjectCategoriesDto) resource().categories(request).getEntity();

    assertThat(dto.categories()).isEmpty();
  }

  @Test
  void suggestsQuietProjectsResolvedToTheShareInKeyOrderSearchingAsTheAdmin() {
    jira.project(1, "ZULU").named("Zulu rollout");
    jira.project(2, "ALPHA").named("Alpha migration");
    jira.project(3, "BUSY").named("Busy");
    jira.project(4, "OPEN").named("Still open");
    jira.project(5, "EMPTY").named("Nothing in it");
    search
        .project(1, 40, 2, 0, LONG_AGO)
        .project(2, 20, 0, 0, LONG_AGO)
        .project(3, 20, 0, 3, LONG_AGO)
        .project(4, 20, 5, 0, LONG_AGO);

    ProjectSuggestionsDto dto = suggestions();

    assertThat(dto.suggestions()).extracting(s -> s.key()).containsExactly("ALPHA", "ZULU");
    ProjectSuggestionsDto.Suggestion zulu = dto.suggestions().get(1);
    assertThat(zulu.name()).isEqualTo("Zulu rollout");
    assertThat(zulu.issues()).isEqualTo(40);
    assertThat(zulu.resolvedShare()).isEqualTo(0.95);
    assertThat(zulu.lastUpdated()).isEqualTo("2025-03-01T10:15:30Z");
    assertThat(dto.skipped()).isEmpty();
    assertThat(dto.candidates()).isEqualTo(5);
    assertThat(dto.examined()).isEqualTo(5);
    assertThat(dto.cut()).isFalse();
    assertThat(dto.resolvedShare()).isEqualTo(ClosedProjectRules.DEFAULT_RESOLVED_SHARE);
    assertThat(dto.quietDays()).isEqualTo(ClosedProjectRules.DEFAULT_QUIET_DAYS);
    assertThat(search.searchers()).extracting(u -> u.getKey()).containsOnly(ADMIN);
  }

  @Test
  void countsWithTheThreeQueriesAndTheAdminsQuietDays() {
    settings.save(withClosed(new ClosedProjectRules(true, Set.of(), Set.of(), 0.9, 30)));
    jira.project(7, "ALPHA");
    search.project(7, 10, 1, 0, LONG_AGO);

    suggestions();

    assertThat(search.queries())
        .containsExactly(
            "project = 7",
            "project = 7 AND resolution is EMPTY",
            "project = 7 AND updated >= -30d",
            "project = 7 ORDER BY updated DESC");
  }

  @Test
  void leavesOutProjectsPickedByCategoryOrKeyAndArchivedOnes() {
    settings.save(
        withClosed(new ClosedProjectRules(true, Set.of(10_001L), Set.of("KEYED"), 0.95, 90)));
    jira.project(1, "INCAT").inCategory(10_001, "Closed");
    jira.project(2, "KEYED");
    jira.project(3, "FREE");
    for (long id = 1; id <= 3; id++) {
      search.project(id, 10, 0, 0, LONG_AGO);
    }

    ProjectSuggestionsDto dto = suggestions();

    assertThat(dto.suggestions()).extracting(s -> s.key()).containsExactly("FREE");
    assertThat(dto.candidates()).isEqualTo(1);
    assertThat(search.queries()).allMatch(q -> q.startsWith("project = 3"));
  }

  @Test
  void leavesOutAnArchivedProjectEvenWhenJiraListsIt() {
    Project archived = project(9, "OLD", true);
    Project open = project(10, "NEW", false);
    ProjectManager projects = mock(ProjectManager.class);
    when(projects.getProjectObjects()).thenReturn(List.of(archived, open));
    search.project(9, 10, 0, 0, LONG_AGO).project(10, 10, 0, 0, LONG_AGO);

    ProjectSuggestionsDto dto =
        (ProjectSuggestionsDto) resource(projects).suggestions(request).getEntity();

    assertThat(dto.suggestions()).extracting(s -> s.key()).containsExactly("NEW");
  }

  @Test
  void examinesAtMostTheLimitInKeyOrderAndSaysTheLookWasCut() {
    int over = ClosedProjectSuggester.MOST_EXAMINED + 3;
    List<Project> many = new ArrayList<>();
    for (int n = 1; n <= over; n++) {
      many.add(project(n, String.format("P%04d", over - n), false));
      search.project(n, 1, 0, 0, LONG_AGO);
    }
    ProjectManager projects = mock(ProjectManager.class);
    when(projects.getProjectObjects()).thenReturn(many);

    ProjectSuggestionsDto dto =
        (ProjectSuggestionsDto) resource(projects).suggestions(request).getEntity();

    assertThat(dto.candidates()).isEqualTo(over);
    assertThat(dto.examined()).isEqualTo(ClosedProjectSuggester.MOST_EXAMINED);
    assertThat(dto.limit()).isEqualTo(ClosedProjectSuggester.MOST_EXAMINED);
    assertThat(dto.cut()).isTrue();
    assertThat(dto.suggestions()).hasSize(ClosedProjectSuggester.MOST_EXAMINED);
    assertThat(dto.suggestions().get(0).key()).isEqualTo("P0000");
    assertThat(dto.suggestions().get(dto.suggestions().size() - 1).key())
        .isEqualTo(String.format("P%04d", ClosedProjectSuggester.MOST_EXAMINED - 1));
  }

  @Test
  void skipsAProjectWhoseSearchFailsAndGoesOnWithTheOthers() {
    jira.project(1, "ALPHA");
    jira.project(2, "BROKEN").named("Broken index");
    jira.project(3, "GAMMA");
    jira.project(4, "LATE");
    search
        .project(1, 5, 0, 0, LONG_AGO)
        .failing(2, "index unavailable")
        .project(3, 5, 0, 0, LONG_AGO)
        .project(4, 5, 0, 0, LONG_AGO)
        .failingOnLastUpdate(4, "index closed");

    Response response = resource().suggestions(request);
    ProjectSuggestionsDto dto = (ProjectSuggestionsDto) response.getEntity();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(dto.suggestions()).extracting(s -> s.key()).containsExactly("ALPHA", "GAMMA");
    assertThat(dto.skipped()).extracting(s -> s.key()).containsExactly("BROKEN", "LATE");
    ProjectSuggestionsDto.Skipped broken = dto.skipped().get(0);
    assertThat(broken.name()).isEqualTo("Broken index");
    assertThat(broken.message())
        .isEqualTo(
            "Jira\u2019s search could not count the issues of project BROKEN, so it was left"
                + " out.");
    assertThat(broken.detail()).contains("index unavailable");
  }

  @Test
  void skipsAProjectWhoseSearchBreaksUnexpectedlyOrDoesNotLink() {
    jira.project(1, "ALPHA");
    Project odd = project(2, "ODD", false);
    when(odd.getId()).thenThrow(new IllegalStateException("project row vanished"));
    Project unlinked = project(3, "UNLINKED", false);
    when(unlinked.getId()).thenThrow(new NoSuchMethodError("getTotal"));
    ProjectManager projects = mock(ProjectManager.class);
    when(projects.getProjectObjects())
        .thenReturn(List.of(jira.projectManager().getProjectObjects().get(0), odd, unlinked));
    search.project(1, 5, 0, 0, LONG_AGO);

    ProjectSuggestionsDto dto =
        (ProjectSuggestionsDto) resource(projects).suggestions(request).getEntity();

    assertThat(dto.suggestions()).extracting(s -> s.key()).containsExactly("ALPHA");
    assertThat(dto.skipped())
        .extracting(s -> s.detail())
        .containsExactly(
            "java.lang.IllegalStateException: project row vanished",
            "java.lang.NoSuchMethodError: getTotal");
  }

  @Test
  void givesNoLastUpdateWhenTheNewestIssueHasNone() {
    jira.project(1, "ALPHA");
    search.project(1, 3, 0, 0, null);

    ProjectSuggestionsDto dto = suggestions();

    assertThat(dto.suggestions())
        .singleElement()
        .satisfies(s -> assertThat(s.lastUpdated()).isNull());
  }

  @Test
  void refusesUsersWhoAreNotAdminsAndAnonymousCallers() {
    when(salUsers.isAdmin(new UserKey(ADMIN))).thenReturn(false);

    assertThat(resource().suggestions(request).getStatus()).isEqualTo(403);
    assertThat(resource().categories(request).getStatus()).isEqualTo(403);
    assertThat(search.queries()).isEmpty();

    when(salUsers.getRemoteUserKey()).thenReturn(null);
    assertThat(resource().suggestions(request).getStatus()).isEqualTo(401);
  }

  @Test
  void refusesAnAdminJiraDoesNotKnowRatherThanSearchAsNoOne() {
    UserKey stranger = new UserKey("JIRAUSER99999");
    when(salUsers.getRemoteUserKey()).thenReturn(stranger);
    when(salUsers.isAdmin(stranger)).thenReturn(true);
    jira.project(1, "ALPHA");

    assertThat(resource().suggestions(request).getStatus()).isEqualTo(401);
    assertThat(search.queries()).isEmpty();
  }

  private ProjectSuggestionsDto suggestions() {
    Response response = resource().suggestions(request);
    assertThat(response.getStatus()).isEqualTo(200);
    return (ProjectSuggestionsDto) response.getEntity();
  }

  private ProjectsResource resource() {
    return resource(jira.projectManager());
  }

  private ProjectsResource resource(ProjectManager projects) {
    return new ProjectsResource(
        new RequestAccess(salUsers),
        new RestErrors(BundleI18nResolver.create()),
        projects,
        people.userManager(),
        settings,
        new ClosedProjectSuggester(projects, new ProjectIssueSearch(search.service())));
  }

  private static Project project(long id, String key, boolean archived) {
    Project project = mock(Project.class);
    when(project.getId()).thenReturn(id);
    when(project.getKey()).thenReturn(key);
    when(project.getName()).thenReturn(key + " project");
    when(project.isArchived()).thenReturn(archived);
    when(project.getProjectCategory()).thenReturn(null);
    return project;
  }

  private static AppSettings withClosed(ClosedProjectRules closed) {
    AppSettings d = AppSettings.defaults();
    return new AppSettings(
        d.mining(), d.rates(), d.targets(), closed, d.schedule(), d.snapshotsKept(), null);
  }
}
