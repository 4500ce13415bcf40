package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report API: its answers' shapes, what each kind of caller sees of the portfolio, and that
 * issue keys follow browse permission whoever asks.
 */
class ReportResourceTest {

  private final ReportApi api = new ReportApi();

  @FunctionalInterface
  interface Call {
    Response on(ReportResource resource, HttpServletRequest request);
  }

  static Stream<Call> everyEndpoint() {
    return Stream.of(
        (r, q) -> r.portfolio(q, null, null),
        (r, q) -> r.projects(q, null, null),
        (r, q) -> r.project(q, "APP"),
        (r, q) -> r.patterns(q, null, null),
        (r, q) -> r.pattern(q, "SCOPE_CREEP", null, null),
        (r, q) -> r.evidence(q, "SCOPE_CREEP"),
        (r, q) -> r.trend(q));
  }

  @ParameterizedTest
  @MethodSource("everyEndpoint")
  void saysInJsonThatNoRunHasFinishedBeforeTheFirst(Call call) throws Exception {
    Response response = call.on(api.resource, api.executive());

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(ReportApi.json(response).get("message").asText())
        .isEqualTo(Reports.message("pmobuyin.rest.error.no-report"));
  }

  @ParameterizedTest
  @MethodSource("everyEndpoint")
  void refusesAnonymousCallersWithJson(Call call) throws Exception {
    api.withRun();

    Response response = call.on(api.resource, api.anonymous());

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(ReportApi.json(response).get("message").asText()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("everyEndpoint")
  void answersInStrictJsonWithoutNaNOrAnyPersonsName(Call call) throws Exception {
    api.withRun();

    for (HttpServletRequest caller : List.of(api.user(), api.executive(), api.admin())) {
      Response response = call.on(api.resource, caller);
      String json = ReportApi.json(response).toString();

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(json).doesNotContain("NaN", "Uma User", "Xena Exec", "Ada Admin", "u1", "x1");
    }
  }

  @Test
  void givesAUserThePortfolioOfTheProjectsTheyMayBrowse() throws Exception {
    api.withRun();

    JsonNode portfolio = ReportApi.json(api.resource.portfolio(api.user(), null, null));

    assertThat(portfolio.get("visibility").asText()).isEqualTo("browsable");
    assertThat(portfolio.get("wholePortfolio").asBoolean()).isFalse();
    assertThat(portfolio.get("projects").asLong()).isEqualTo(1);
    assertThat(portfolio.get("issues").asLong()).isEqualTo(120);
    assertThat(portfolio.get("cost").asDouble()).isEqualTo(3_000);
    assertThat(portfolio.get("sponsorship").get("withSponsor").asLong()).isEqualTo(1);
    assertThat(portfolio.get("pmoScope").get("tags").get("risk-review").asLong()).isEqualTo(12);
    // Pooled over every issue: not for part of the portfolio.
    assertThat(portfolio.get("pooledKpis").isNull()).isTrue();
    assertThat(portfolio.get("pmoScope").get("engaged").isNull()).isTrue();
  }

  @Test
  void givesAnExecutiveTheWholePortfolioWithoutBrowsePermission() throws Exception {
    api.withRun();

    JsonNode portfolio = ReportApi.json(api.resource.portfolio(api.executive(), null, null));

    assertThat(portfolio.get("visibility").asText()).isEqualTo("portfolio");
    assertThat(portfolio.get("wholePortfolio").asBoolean()).isTrue();
    assertThat(portfolio.get("projects").asLong()).isEqualTo(3);
    assertThat(portfolio.get("issues").asLong()).isEqualTo(220);
    assertThat(portfolio.get("cost").asDouble()).isEqualTo(6_200);
    assertThat(portfolio.get("pooledKpis").get("issues").asLong()).isEqualTo(220);
    assertThat(portfolio.get("pmoScope").get("engaged").isObject()).isTrue();
    assertThat(fieldNames(portfolio))
        .contains(
            "snapshotId",
            "taken",
            "pmoStart",
            "currency",
            "costByArea",
            "kpis",
            "beforePmo",
            "sincePmo",
            "changes",
            "changesNote",
            "sponsorship",
            "pmoScope");
    assertThat(fieldNames(portfolio.get("costByArea")))
        .containsExactly("employee", "customer", "financial");
  }

  @Test
  void saysWhatItsFiguresRestOnAndReadsTheCostAgainstAllTheEffortWhereTheReportKeptIt()
      throws Exception {
    api.withRun(
        Reports.mine(
            List.of(
                IssueBuilder.anIssue()
                    .key("APP-1")
                    .estimatedHours(10)
                    .spentHours(16)
                    .startedOnDay(1)
                    .resolvedOnDay(3)
                    .build()),
            MiningConfig.defaults()),
        "2025-06-30T02:00:00Z");

    JsonNode portfolio = ReportApi.json(api.resource.portfolio(api.executive(), null, null));

    assertThat(portfolio.get("effort").get("hours").asDouble()).isEqualTo(16);
    assertThat(portfolio.get("effort").get("failureHours").asDouble()).isEqualTo(6);
    assertThat(portfolio.get("notes").get(0).asText()).startsWith("Data to ");
    assertThat(portfolio.get("notes").toString()).contains("an hour");
  }

  @Test
  void narrowsThePortfolioByCategoryAndPeriodAsTheGadgetsDo() throws Exception {
    api.withRun();

    JsonNode infra = ReportApi.json(api.resource.portfolio(api.executive(), "Infra", "all"));

    assertThat(infra.get("category").asText()).isEqualTo("Infra");
    assertThat(infra.get("projects").asLong()).isEqualTo(2);
    assertThat(infra.get("wholePortfolio").asBoolean()).isFalse();
  }

  @Test
  void saysWhyItGivesNoChangeSinceThePmoStart() throws Exception {
    api.withRun();

    JsonNode portfolio = ReportApi.json(api.resource.portfolio(api.executive(), null, null));

    assertThat(portfolio.get("changes")).isEmpty();
    assertThat(portfolio.get("beforePmo").get("projects").asLong()).isEqualTo(2);
    assertThat(portfolio.get("sincePmo").get("projects").asLong()).isEqualTo(1);
    assertThat(portfolio.get("changesNote").asText()).contains("5");
  }

  @Test
  void listsForAUserOnlyTheProjectsTheyMayBrowseAndForAnExecutiveAllWithoutEvidence()
      throws Exception {
    api.withRun();

    JsonNode mine = ReportApi.json(api.resource.projects(api.user(), null, null));
    JsonNode all = ReportApi.json(api.resource.projects(api.executive(), null, null));

    assertThat(keys(mine.get("projects"))).containsExactly("APP");
    assertThat(keys(all.get("projects"))).containsExactly("APP", "GONE", "INF");
    for (JsonNode project : all.get("projects")) {
      assertThat(project.get("browsable").asBoolean()).isFalse();
      project.get("patterns").forEach(p -> assertThat(p.get("evidence").isNull()).isTrue());
    }
    JsonNode app = mine.get("projects").get(0);
    assertThat(app.get("sponsorId").asText()).isEqualTo("JIRAUSER10");
    assertThat(app.get("kpis").get("issues").asLong()).isEqualTo(120);
  }

  @Test
  void showsABrowsableProjectWithItsEvidence() throws Exception {
    api.withRun();

    JsonNode app = ReportApi.json(api.resource.project(api.user(), "APP"));

    assertThat(app.get("browsable").asBoolean()).isTrue();
    JsonNode creep = app.get("patterns").get(0);
    assertThat(creep.get("id").asText()).isEqualTo("SCOPE_CREEP");
    assertThat(creep.get("name").asText())
        .isEqualTo(Reports.message("pmobuyin.pattern.scope-creep.name"));
    assertThat(creep.get("evidence").toString()).isEqualTo("[\"APP-1\"]");
  }

  @Test
  void answersAUserAsIfAProjectTheyMayNotBrowseWereNotThere() throws Exception {
    api.withRun();

    Response hidden = api.resource.project(api.user(), "INF");
    Response missing = api.resource.project(api.user(), "NOPE");

    assertThat(hidden.getStatus()).isEqualTo(404);
    assertThat(ReportApi.json(hidden)).isEqualTo(ReportApi.json(missing));
    assertThat(ReportApi.json(hidden).get("message").asText())
        .isEqualTo(Reports.message("pmobuyin.rest.error.no-such-project"));
  }

  @Test
  void showsAnExecutiveAnyProjectButNoIssueKeyOfOneTheyMayNotBrowse() throws Exception {
    api.withRun();

    JsonNode inf = ReportApi.json(api.resource.project(api.executive(), "INF"));

    assertThat(inf.get("browsable").asBoolean()).isFalse();
    assertThat(inf.get("patterns")).hasSize(2);
    inf.get("patterns").forEach(p -> assertThat(p.get("evidence").isNull()).isTrue());
    assertThat(inf.toString()).doesNotContain("INF-1");
  }

  @Test
  void listsEveryPatternOverTheCallersProjectsWithTranslatedWords() throws Exception {
    api.withRun();

    JsonNode mine = ReportApi.json(api.resource.patterns(api.user(), null, null));
    JsonNode all = ReportApi.json(api.resource.patterns(api.executive(), null, null));

    assertThat(mine.get("patterns")).hasSize(PatternId.values().length);
    JsonNode creep = pattern(mine, "SCOPE_CREEP");
    assertThat(creep.get("issues").asLong()).isEqualTo(30);
    assertThat(creep.get("projects").asLong()).isEqualTo(1);
    assertThat(creep.get("explanation").asText())
        .isEqualTo(Reports.message("pmobuyin.pattern.scope-creep.explanation"));
    assertThat(pattern(all, "SCOPE_CREEP").get("issues").asLong()).isEqualTo(38);
    assertThat(pattern(all, "SCHEDULE_SLIP").get("valueAreas").toString())
        .isEqualTo("[\"customer\",\"financial\"]");
    assertThat(pattern(mine, "SCHEDULE_SLIP").get("issues").asLong()).isZero();
    // How each cost is known, and the effort that bounds it, summed over the caller's projects.
    assertThat(creep.get("costBasis").asText()).isEqualTo("ATTRIBUTED");
    assertThat(pattern(all, "SCHEDULE_SLIP").get("costBasis").asText()).isEqualTo("DELAY");
    assertThat(pattern(all, "STALLED_WORK").get("costBasis").asText()).isEqualTo("UPPER_BOUND");
    JsonNode allCreep = pattern(all, "SCOPE_CREEP");
    assertThat(allCreep.get("upToHours").asDouble())
        .isEqualTo(allCreep.get("costHours").asDouble())
        .isGreaterThan(creep.get("upToHours").asDouble());
  }

  @Test
  void givesOnePatternByIdAndAJsonNotFoundForAnUnknownId() throws Exception {
    api.withRun();

    JsonNode slip =
        ReportApi.json(api.resource.pattern(api.executive(), "SCHEDULE_SLIP", null, null));
    Response unknown = api.resource.pattern(api.executive(), "schedule_slip", null, null);

    assertThat(slip.get("issues").asLong()).isEqualTo(14);
    assertThat(slip.get("quarters")).isNotEmpty();
    assertThat(slip.get("beforePmo").get("affected").asLong()).isEqualTo(14);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(ReportApi.json(unknown).get("message").asText())
        .isEqualTo(Reports.message("pmobuyin.rest.error.no-such-pattern"));
    assertThat(api.resource.evidence(api.user(), "NOPE").getStatus()).isEqualTo(404);
  }

  @Test
  void givesEvidenceOnlyOfProjectsTheCallerMayBrowse() throws Exception {
    api.withRun();

    JsonNode user = ReportApi.json(api.resource.evidence(api.user(), "SCOPE_CREEP"));
    JsonNode admin = ReportApi.json(api.resource.evidence(api.admin(), "SCHEDULE_SLIP"));

    assertThat(keys(user.get("projects"))).containsExactly("APP");
    assertThat(user.get("projects").get(0).get("issueKeys").toString()).isEqualTo("[\"APP-1\"]");
    // The admin was granted GONE, but Jira no longer knows it: no keys of it.
    assertThat(keys(admin.get("projects"))).containsExactly("INF");
  }

  @Test
  void givesAnExecutiveWithoutBrowsePermissionNoIssueKeyAtAll() throws Exception {
    api.withRun();

    for (String pattern : List.of("SCOPE_CREEP", "SCHEDULE_SLIP")) {
      JsonNode evidence = ReportApi.json(api.resource.evidence(api.executive(), pattern));

      assertThat(evidence.get("projects")).isEmpty();
      assertThat(evidence.toString()).doesNotContain("APP-1", "INF-1", "GONE-1");
    }
  }

  @Test
  void drawsTheTrendAcrossKeptSnapshotsOldestFirstOverTheCallersProjects() throws Exception {
    api.withRun(ReportApi.portfolio(100).build(), "2025-05-31T02:00:00Z").withRun();

    JsonNode user = ReportApi.json(api.resource.trend(api.user()));
    JsonNode executive = ReportApi.json(api.resource.trend(api.executive()));

    assertThat(user.get("points")).hasSize(2);
    assertThat(user.get("points").get(0).get("taken").asText()).isEqualTo("2025-05-31T02:00:00Z");
    assertThat(user.get("points").get(0).get("issues").asLong()).isEqualTo(100);
    assertThat(user.get("points").get(1).get("issues").asLong()).isEqualTo(120);
    assertThat(user.get("points").get(1).get("projects").asLong()).isEqualTo(1);
    assertThat(user.get("points").get(1).get("wholePortfolio").asBoolean()).isFalse();
    assertThat(executive.get("points").get(1).get("issues").asLong()).isEqualTo(220);
    assertThat(executive.get("points").get(1).get("wholePortfolio").asBoolean()).isTrue();
    assertThat(executive.get("points").get(1).get("kpis").get("onTimeRate").asDouble())
        .isEqualTo(0.7);
  }

  @ParameterizedTest
  @MethodSource("everyEndpoint")
  void namesNoAssigneeInAnyAnswerOfAMinedReportAndSponsorsOnlyByTheirId(Call call)
      throws Exception {
    List<IssueRecord> issues = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      issues.add(
          IssueBuilder.anIssue()
              .key((i % 2 == 0 ? "APP-" : "INF-") + i)
              .createdOnDay(i)
              .startedOnDay(i + 1)
              .reassignedOnDay(i + 1.5, "acc-person-" + (i % 7))
              .reassignedOnDay(i + 2.5, "acc-person-" + (i % 5))
              .reassignedOnDay(i + 3.5, "acc-person-" + (i % 3))
              .dueOnDay(i + 4)
              .resolvedOnDay(i + 9)
              .sponsor(i % 2 == 0 ? "sp-9" : null)
              .build());
    }
    api.withRun(
        Reports.mine(issues, MiningConfig.defaults().withPmoStart(IssueBuilder.date(20))),
        "2025-06-30T02:00:00Z");

    for (HttpServletRequest caller : List.of(api.user(), api.executive(), api.admin())) {
      String json = ReportApi.json(call.on(api.resource, caller)).toString();

      assertThat(json).doesNotContain("acc-person").doesNotContainIgnoringCase("assignee");
      assertThat(json.replace("\"sponsorId\":\"sp-9\"", "")).doesNotContain("sp-9");
    }
  }

  private static JsonNode pattern(JsonNode patterns, String id) {
    for (JsonNode pattern : patterns.get("patterns")) {
      if (pattern.get("id").asText().equals(id)) {
        return pattern;
      }
    }
    throw new AssertionError("no pattern " + id);
  }

  private static List<String> keys(JsonNode projects) {
    List<String> keys = new ArrayList<>();
    projects.forEach(p -> keys.add(p.get("key").asText()));
    return keys;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
