package io.pmobuyin.browser;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.jira.rest.CatalogueEntryDto;
import io.pmobuyin.jira.rest.CatalogueResource;
import io.pmobuyin.jira.rest.ProjectsResource;
import io.pmobuyin.jira.rest.RestErrors;
import io.pmobuyin.jira.rest.RunResource;
import io.pmobuyin.jira.rest.SettingsDto;
import io.pmobuyin.jira.rest.SettingsResource;
import io.pmobuyin.jira.rest.SponsorGroupDto;
import io.pmobuyin.jira.rest.SponsorGroupResource;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.source.ClosedProjectSuggester;
import io.pmobuyin.jira.source.ProjectIssueSearch;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.MapPluginSettings;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

/**
 * The app's real REST resources of the admin page behind their paths (catalogue, sponsor group,
 * settings, runs and error log, projects), over the stores of an {@link AdminBackend}, called as by
 * a Jira admin, their answers written as JSON: what the admin page's script talks to inside Jira,
 * less Jira. A body must be JSON, and writes must pass the resources' own XSRF check.
 */
final class AdminRestApi {

  static final String ADMIN = "JIRAUSER10000";
  static final String KNOWN_GROUP = "executives";
  static final String HOSTILE_GROUP = HostileData.ATTRIBUTE;

  /** An HTTP status and the JSON body; a path the API does not have is a 404 without body. */
  record Answer(int status, String json) {}

  private final ObjectMapper json = new ObjectMapper();
  private final CatalogueResource catalogue;
  private final SponsorGroupResource sponsorGroup;
  private final SettingsResource settings;
  private final RunResource runs;
  private final ProjectsResource projects;
  private final AdminDigestApi digest;

  AdminRestApi(AdminBackend backend) {
    UserManager users = mock(UserManager.class);
    UserKey admin = new UserKey(ADMIN);
    when(users.getRemoteUserKey()).thenReturn(admin);
    when(users.isAdmin(admin)).thenReturn(true);
    RequestAccess access = new RequestAccess(users);
    RestErrors errors = new RestErrors(BundleI18nResolver.create());
    catalogue = new CatalogueResource(access, errors, backend.catalogue);
    JiraPeople people =
        new JiraPeople().active(ADMIN, "Ada Admin").group(KNOWN_GROUP).group(HOSTILE_GROUP);
    sponsorGroup =
        new SponsorGroupResource(
            access,
            errors,
            new SponsorGroupSetting(MapPluginSettings.over(backend.pluginSettings)),
            people.groupManager());
    settings =
        new SettingsResource(
            access,
            errors,
            backend.settings,
            backend.schedule,
            people.groupManager(),
            new io.pmobuyin.testing.JiraBrowsing().projects("PMO").projectManager());
    runs =
        new RunResource(
            access,
            errors,
            BundleI18nResolver.create(),
            backend.runs,
            backend.errorLog,
            backend.job,
            backend.schedule,
            backend.snapshots);
    projects =
        new ProjectsResource(
            access,
            errors,
            backend.jira.projectManager(),
            people.userManager(),
            backend.settings,
            new ClosedProjectSuggester(
                backend.jira.projectManager(), new ProjectIssueSearch(backend.search.service())));
    digest = new AdminDigestApi(backend, access, errors, people);
  }

  /** Answers a request to a path below {@code /rest/pmo-buyin/1.0}. */
  Answer answer(String method, String path, Headers headers, byte[] body) throws IOException {
    if (body.length > 0 && !contentTypeIsJson(headers)) {
      return new Answer(415, "");
    }
    // The XSRF check is the resources' own (WriteRequests): the request carries the real headers.
    Response response = call(method, path, body, caller(headers));
    if (response == null) {
      return new Answer(404, "");
    }
    Object entity = response.getEntity();
    return new Answer(response.getStatus(), entity == null ? "" : json.writeValueAsString(entity));
  }

  private static HttpServletRequest caller(Headers headers) {
    HttpServletRequest caller = mock(HttpServletRequest.class);
    when(caller.getContentType()).thenReturn(headers.getFirst("Content-Type"));
    when(caller.getHeader("X-Atlassian-Token")).thenReturn(headers.getFirst("X-Atlassian-Token"));
    return caller;
  }

  private Response call(String method, String path, byte[] body, HttpServletRequest caller)
      throws IOException {
    if (path.startsWith("/digest")) {
      return digest.call(method, path, body, caller);
    }
    String entry = "/catalogue/";
    if (path.equals("/catalogue") && method.equals("GET")) {
      return catalogue.catalogue(caller);
    }
    if (path.equals("/catalogue") && method.equals("POST")) {
      return catalogue.add(caller, read(body, CatalogueEntryDto.class));
    }
    if (path.startsWith(entry) && method.equals("PUT")) {
      return catalogue.change(
          caller, path.substring(entry.length()), read(body, CatalogueEntryDto.class));
    }
    if (path.equals("/sponsor-group") && method.equals("GET")) {
      return sponsorGroup.sponsorGroup(caller);
    }
    if (path.equals("/sponsor-group") && method.equals("PUT")) {
      return sponsorGroup.choose(caller, read(body, SponsorGroupDto.class));
    }
    return settingsOrRuns(method, path, body, caller);
  }

  private Response settingsOrRuns(
      String method, String path, byte[] body, HttpServletRequest caller) throws IOException {
    java.util.regex.Matcher accept =
        java.util.regex.Pattern.compile("/runs/(\\d+)/accept").matcher(path);
    if (method.equals("POST") && accept.matches()) {
      return runs.accept(caller, Long.parseLong(accept.group(1)));
    }
    return switch (method + " " + path) {
      case "GET /settings" -> settings.settings(caller);
      case "PUT /settings" -> settings.save(caller, read(body, SettingsDto.class));
      case "GET /runs" -> runs.runs(caller);
      case "POST /runs" -> runs.runNow(caller);
      case "POST /runs/cancel" -> runs.cancel(caller);
      case "GET /runs/errors" -> runs.errorLog(caller);
      case "DELETE /runs/errors" -> runs.clearErrorLog(caller);
      case "GET /projects/categories" -> projects.categories(caller);
      case "GET /projects/suggestions" -> projects.suggestions(caller);
      default -> null;
    };
  }

  private <T> T read(byte[] body, Class<T> type) throws IOException {
    return body.length == 0 ? null : json.readValue(body, type);
  }

  private static boolean contentTypeIsJson(Headers headers) {
    String type = headers.getFirst("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
  }
}
