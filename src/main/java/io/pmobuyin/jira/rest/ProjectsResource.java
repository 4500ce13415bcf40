package io.pmobuyin.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.source.ClosedProjectSuggester;
import io.pmobuyin.jira.source.SuggestionSurvey;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.settings.SettingsStore;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/projects}: what the admin page needs to pick closed projects, for
 * admins only. The project categories in use, and open projects that look closed.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ProjectsResource {

  static final String SEARCH_FAILED = "pmobuyin.admin.closed.suggest.search-failed";

  private final RequestAccess access;
  private final RestErrors errors;
  private final ProjectManager projects;
  private final UserManager jiraUsers;
  private final SettingsStore settings;
  private final ClosedProjectSuggester suggester;

  @Inject
  public ProjectsResource(
      RequestAccess access,
      RestErrors errors,
      ProjectManager projects,
      UserManager jiraUsers,
      SettingsStore settings,
      ClosedProjectSuggester suggester) {
    this.access = access;
    this.errors = errors;
    this.projects = projects;
    this.jiraUsers = jiraUsers;
    this.settings = settings;
    this.suggester = suggester;
  }

  /** Each category once, by name; only categories some open project is in. */
  @GET
  @Path("/categories")
  public Response categories(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    Map<Long, ProjectCategory> used = new TreeMap<>();
    projects.getProjectObjects().stream()
        .map(Project::getProjectCategory)
        .filter(category -> category != null && category.getId() != null)
        .forEach(category -> used.putIfAbsent(category.getId(), category));
    return Response.ok(
            new ProjectCategoriesDto(
                used.values().stream()
                    .map(ProjectsResource::category)
                    .sorted(
                        Comparator.comparing(ProjectCategoriesDto.Category::name, names())
                            .thenComparingLong(ProjectCategoriesDto.Category::id))
                    .toList()))
        .build();
  }

  /** By the saved thresholds, searched as the calling admin. */
  @GET
  @Path("/suggestions")
  public Response suggestions(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    ApplicationUser admin = access.userKey(request).map(jiraUsers::getUserByKey).orElse(null);
    if (admin == null) {
      // SAL knows the caller but Jira does not: searching as no one would count the wrong issues.
      return errors.notLoggedIn();
    }
    ClosedProjectRules rules = settings.settings().closed();
    SuggestionSurvey survey = suggester.survey(admin, rules);
    return Response.ok(
            new ProjectSuggestionsDto(
                survey.suggested().stream().map(ProjectsResource::suggestion).toList(),
                survey.skipped().stream().map(this::skipped).toList(),
                rules.resolvedShare(),
                rules.quietDays(),
                survey.candidates(),
                survey.examined(),
                ClosedProjectSuggester.MOST_EXAMINED,
                survey.cut()))
        .build();
  }

  private static Comparator<String> names() {
    return Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
  }

  private static ProjectCategoriesDto.Category category(ProjectCategory category) {
    return new ProjectCategoriesDto.Category(category.getId(), category.getName());
  }

  private static ProjectSuggestionsDto.Suggestion suggestion(SuggestionSurvey.Suggested found) {
    return new ProjectSuggestionsDto.Suggestion(
        found.key(),
        found.name(),
        found.issues(),
        found.resolvedShare(),
        found.lastUpdated() == null ? null : found.lastUpdated().toString());
  }

  private ProjectSuggestionsDto.Skipped skipped(SuggestionSurvey.Skipped failed) {
    return new ProjectSuggestionsDto.Skipped(
        failed.key(), failed.name(), errors.text(SEARCH_FAILED, failed.key()), failed.detail());
  }
}
