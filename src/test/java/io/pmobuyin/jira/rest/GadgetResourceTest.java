package io.pmobuyin.jira.rest;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.jira.gadget.GadgetDataSource;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.security.Viewers;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.value.ImprovementTargets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gadget resource over mocked SAL services and the real Velocity engine (the preview's, which
 * escapes as Jira's renderer does): who may call it, and what it answers with and without data.
 */
class GadgetResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final JiraBrowsing jira =
      new JiraBrowsing().projects("APP", "INF", "ABC", "XYZ").browses("u1", "APP", "ABC", "XYZ");

  private GadgetResource resource(GadgetDataSource data) {
    return new GadgetResource(
        new Viewers(
            new RequestAccess(
                users,
                InMemorySettingsStore.holding(
                    AppSettingsBuilder.appSettings().executiveGroup("board").build())),
            jira.permissionManager(),
            jira.projectManager(),
            new JiraPeople().active("u1", "Uma User").active("x1", "Xena Exec").userManager()),
        new RestErrors(BundleI18nResolver.create()),
        BundleI18nResolver.create(),
        new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)),
        data);
  }

  private static GadgetDataSource someData() {
    List<IssueRecord> issues = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issues.add(
          anIssue()
              .key((i % 2 == 0 ? "ABC-" : "XYZ-") + (i + 1))
              .startedOnDay(1)
              .resolvedOnDay(10 + i)
              .dueOnDay(12)
              .build());
    }
    GadgetData data =
        new GadgetData(
            Reports.mine(issues, MiningConfig.defaults().withPmoStart(LocalDate.of(2024, 1, 15))),
            ServiceCatalogue.empty(),
            PortfolioLeadership.none(),
            ImprovementTargets.defaults());
    return () -> Optional.of(data);
  }

  /** Apps' APP (120 issues, scope creep in 30) and Infra's INF (80 issues, slips in 10). */
  private static GadgetDataSource twoCategories() {
    GadgetData data =
        new GadgetData(
            aReport()
                .projects(
                    aProject("APP")
                        .category("Apps")
                        .issues(120)
                        .pattern(PatternId.SCOPE_CREEP, 30, 3_000),
                    aProject("INF")
                        .category("Infra")
                        .issues(80)
                        .pattern(PatternId.SCHEDULE_SLIP, 10, 2_000))
                .build(),
            ServiceCatalogue.empty(),
            PortfolioLeadership.none(),
            ImprovementTargets.defaults());
    return () -> Optional.of(data);
  }

  private void loggedIn() {
    loggedInAs("u1");
  }

  private void loggedInAs(String userKey) {
    UserKey key = new UserKey(userKey);
    when(users.getRemoteUserKey()).thenReturn(key);
    when(users.isUserInGroup(key, "board")).thenReturn(userKey.startsWith("x"));
    when(request.getContextPath()).thenReturn("/jira");
    when(request.getLocale()).thenReturn(Locale.ENGLISH);
  }

  private List<String> csvLines(GadgetResource resource, String gadget, String table)
      throws Exception {
    // The table's rows, without the comment lines on what its figures rest on.
    return ((String) resource.csv(request, gadget, table, null, null).getEntity())
        .lines()
        .filter(line -> !line.startsWith("# "))
        .toList();
  }

  @Test
  void opensAPatternsIssuesInTheNavigatorWithOnlyTheKeysOfBrowsableProjects() throws Exception {
    loggedIn();

    String html =
        (String) resource(twoCategories()).gadget(request, "lessons", null, null, null).getEntity();

    assertThat(html)
        .contains("href=\"/jira/issues/?jql=key+in+%28APP-1%2CAPP-2%2C")
        .contains("APP-30%29+ORDER+BY+key+ASC")
        .doesNotContain("INF-");
  }

  @Test
  void givesAnExecutiveTheFiguresButOpensOnlyIssuesTheyMayBrowse() throws Exception {
    loggedInAs("x1");

    String html =
        (String) resource(twoCategories()).gadget(request, "lessons", null, null, null).getEntity();

    assertThat(html).contains("data-pattern=\"SCHEDULE_SLIP\"").doesNotContain("jql=");
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void refusesAnonymousCallersOnEveryGadget(Gadget gadget) throws Exception {
    Response response = resource(someData()).gadget(request, gadget.id(), null, null, null);

    assertThat(response.getStatus()).isEqualTo(401);
  }

  @Test
  void refusesAnonymousCallersOnCsvOptionsAndBrief() throws Exception {
    GadgetResource resource = resource(someData());

    assertThat(resource.csv(request, "lessons", "lessons", null, null).getStatus()).isEqualTo(401);
    assertThat(resource.options(request).getStatus()).isEqualTo(401);
    assertThat(resource.brief(request, null, null).getStatus()).isEqualTo(401);
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void rendersEveryGadgetAsHtmlWithCsvLinksUnderTheRestPath(Gadget gadget) throws Exception {
    loggedIn();

    Response response = resource(someData()).gadget(request, gadget.id(), null, "all", "i1");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().toString()).startsWith("text/html");
    String html = (String) response.getEntity();
    assertThat(html).contains("data-gadget=\"" + gadget.id() + "\"", "id=\"pmo-i1-");
    assertThat(html).contains("/jira/rest/pmo-buyin/1.0/gadgets/" + gadget.id() + "/csv/");
  }

  @Test
  void saysNoRunHasFinishedWhileThereIsNoSnapshot() throws Exception {
    loggedIn();

    Response response = resource(Optional::empty).gadget(request, "lessons", null, null, null);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat((String) response.getEntity())
        .contains(Reports.message("pmobuyin.gadget.no-report"));
  }

  @Test
  void offersTheSettingsFormBeforeTheFirstRunSoANewItemCanBeSaved() throws Exception {
    loggedIn();

    Response response = resource(Optional::empty).options(request);

    assertThat(response.getStatus()).isEqualTo(200);
    var options = new ObjectMapper().readTree((String) response.getEntity());
    assertThat(options.get("mined").asBoolean()).isFalse();
    assertThat(options.get("categories")).isEmpty();
    assertThat(options.get("periods")).isNotEmpty();
    assertThat(options.get("labels").get("save").asText()).isNotBlank();
    assertThat(options.get("labels").get("cancel").asText()).isNotBlank();
    assertThat(options.get("labels").get("noReport").asText())
        .isEqualTo(Reports.message("pmobuyin.gadget.no-report"));
  }

  @Test
  void answersAnUnknownGadgetOrTableWithAJsonNotFound() throws Exception {
    loggedIn();
    GadgetResource resource = resource(someData());

    assertThat(resource.gadget(request, "nope", null, null, null).getStatus()).isEqualTo(404);
    assertThat(resource.csv(request, "lessons", "nope", null, null).getStatus()).isEqualTo(404);
  }

  @Test
  void servesATableAsACsvDownload() throws Exception {
    loggedIn();

    Response response = resource(someData()).csv(request, "lessons", "lessons", null, null);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("Content-Disposition"))
        .isEqualTo("attachment; filename=\"pmo-buyin-lessons.csv\"");
    List<String> lines = ((String) response.getEntity()).lines().toList();
    assertThat(lines.get(0)).startsWith("# Data to 2024-01-30").contains("mined 2026-12-01 06:00");
    assertThat(lines.stream().filter(line -> !line.startsWith("# ")).findFirst().orElseThrow())
        .startsWith("pattern_id,pattern,issues");
  }

  @Test
  void givesAUserFiguresOfOnlyTheProjectsTheyMayBrowse() throws Exception {
    loggedInAs("u1"); // browses APP, not INF

    List<String> lessons = csvLines(resource(twoCategories()), "lessons", "lessons");

    assertThat(lessons).hasSize(2);
    assertThat(lessons.get(1)).startsWith("SCOPE_CREEP,").contains(",30,1,");
  }

  @Test
  void givesAnExecutiveFiguresOfTheWholePortfolioWithoutBrowsePermission() throws Exception {
    loggedInAs("x1"); // browses nothing

    List<String> lessons = csvLines(resource(twoCategories()), "lessons", "lessons");

    assertThat(lessons).hasSize(3);
    assertThat(lessons.get(1)).startsWith("SCOPE_CREEP,");
    assertThat(lessons.get(2)).startsWith("SCHEDULE_SLIP,");
  }

  @Test
  void summarisesOnlyTheBrowsableProjectsInTheGadgetAndTheBrief() throws Exception {
    loggedInAs("u1");
    GadgetResource resource = resource(twoCategories());
    String summary =
        BundleTexts.english()
            .text(
                "pmobuyin.gadget.summary",
                "1",
                "120",
                Reports.message("pmobuyin.gadget.category.all"),
                Reports.message("pmobuyin.gadget.period.all"));

    assertThat((String) resource.gadget(request, "lessons", null, null, null).getEntity())
        .contains(escaped(summary));
    assertThat((String) resource.brief(request, null, null).getEntity()).contains(escaped(summary));
  }

  @Test
  void offersAUserOnlyTheCategoriesOfProjectsTheyMayBrowse() throws Exception {
    loggedInAs("u1");
    String userOptions = (String) resource(twoCategories()).options(request).getEntity();
    loggedInAs("x1");
    String executiveOptions = (String) resource(twoCategories()).options(request).getEntity();

    assertThat(new ObjectMapper().readTree(userOptions).get("categories").toString())
        .isEqualTo("[\"Apps\"]");
    assertThat(new ObjectMapper().readTree(executiveOptions).get("categories").toString())
        .isEqualTo("[\"Apps\",\"Infra\"]");
  }

  @Test
  void givesAUserWhoMayBrowseNoProjectAnEmptyGadgetNotAnError() throws Exception {
    loggedInAs("u2");
    GadgetResource resource = resource(twoCategories());

    Response gadget = resource.gadget(request, "lessons", null, null, null);

    assertThat(gadget.getStatus()).isEqualTo(200);
    assertThat((String) gadget.getEntity())
        .contains(escaped(Reports.message("pmobuyin.gadget.lessons.empty")));
    assertThat(csvLines(resource, "lessons", "lessons")).hasSize(1);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;");
  }

  @Test
  void servesTheBriefAsAWholePage() throws Exception {
    loggedIn();

    Response response = resource(someData()).brief(request, null, null);

    assertThat((String) response.getEntity())
        .startsWith("<!DOCTYPE html>")
        .contains(Reports.message("pmobuyin.brief.title"));
  }
}
