package io.pmobuyin.jira.rest;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.security.Viewers;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.InMemorySnapshotStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.ReportBuilder;
import io.pmobuyin.testing.Reports;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

/**
 * The report resource over a small portfolio and a small Jira, for its tests. Three closed
 * projects: APP (Apps) and INF (Infra), which Jira knows, and GONE, which it no longer does. Four
 * callers: {@code u1}, a user who may browse APP; {@code x1}, an executive who may browse nothing;
 * {@code a1}, an admin who may browse INF and (were it there) GONE; and anonymous.
 */
final class ReportApi {

  static final String EXECUTIVES = "board";

  final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
  final ReportResource resource;
  private final UserManager sal = mock(UserManager.class);

  ReportApi() {
    JiraBrowsing jira =
        new JiraBrowsing().projects("APP", "INF").browses("u1", "APP").browses("a1", "INF", "GONE");
    Viewers viewers =
        new Viewers(
            new RequestAccess(
                sal,
                InMemorySettingsStore.holding(
                    AppSettingsBuilder.appSettings().executiveGroup(EXECUTIVES).build())),
            jira.permissionManager(),
            jira.projectManager(),
            new JiraPeople()
                .active("u1", "Uma User")
                .active("x1", "Xena Exec")
                .active("a1", "Ada Admin")
                .userManager());
    resource =
        new ReportResource(
            viewers,
            new RestErrors(BundleI18nResolver.create()),
            BundleI18nResolver.create(),
            new SnapshotReports(snapshots));
  }

  /**
   * Seven projects before the PMO start would be needed for a change; this portfolio has fewer, on
   * purpose: the report says why it gives none.
   */
  static ReportBuilder portfolio(long appIssues) {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(
            aProject("APP")
                .category("Apps")
                .closed(2024, 3, 1)
                .issues(appIssues)
                .sponsor("JIRAUSER10")
                .scopeTag("risk-review", 12)
                .pattern(PatternId.SCOPE_CREEP, 30, 3_000),
            aProject("INF")
                .category("Infra")
                .closed(2023, 6, 1)
                .issues(80)
                .pattern(PatternId.SCOPE_CREEP, 8, 800)
                .pattern(PatternId.SCHEDULE_SLIP, 10, 2_000),
            aProject("GONE")
                .category("Infra")
                .closed(2023, 9, 1)
                .issues(20)
                .pattern(PatternId.SCHEDULE_SLIP, 4, 400));
  }

  ReportApi withRun(PortfolioReport report, String taken) {
    snapshots.save(
        snapshots.headers().size() + 1,
        Instant.parse(taken),
        report.projects().size(),
        report.portfolio().issues(),
        Reports.json(report));
    return this;
  }

  ReportApi withRun() {
    return withRun(portfolio(120).build(), "2025-06-30T02:00:00Z");
  }

  HttpServletRequest anonymous() {
    return mock(HttpServletRequest.class);
  }

  HttpServletRequest user() {
    return caller("u1", false, false);
  }

  HttpServletRequest executive() {
    return caller("x1", false, true);
  }

  HttpServletRequest admin() {
    return caller("a1", true, false);
  }

  private HttpServletRequest caller(String userKey, boolean admin, boolean executive) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    UserKey key = new UserKey(userKey);
    when(sal.getRemoteUserKey()).thenReturn(key);
    when(sal.isAdmin(key)).thenReturn(admin);
    when(sal.isUserInGroup(key, EXECUTIVES)).thenReturn(executive);
    when(request.getLocale()).thenReturn(Locale.ENGLISH);
    return request;
  }

  /** The answer's body as Jira's REST layer would write it (Jackson, strict JSON). */
  static JsonNode json(Response response) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return new ObjectMapper().readTree(mapper.writeValueAsString(response.getEntity()));
  }
}
