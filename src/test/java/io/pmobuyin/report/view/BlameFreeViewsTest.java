package io.pmobuyin.report.view;

import static io.pmobuyin.mining.pattern.PatternId.HANDOFF_CHURN;
import static io.pmobuyin.mining.pattern.PatternId.OWNERLESS_WORK;
import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.activeProject;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.brief.BriefView;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetView;
import io.pmobuyin.report.view.leaders.LeaderRow;
import io.pmobuyin.report.view.leaders.Leaders;
import io.pmobuyin.report.view.leaders.LeadersView;
import io.pmobuyin.report.view.lessons.Lessons;
import io.pmobuyin.report.view.lessons.LessonsView;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.predictability.PredictabilityView;
import io.pmobuyin.report.view.scope.Scope;
import io.pmobuyin.report.view.scorecard.Scorecard;
import io.pmobuyin.report.view.sponsors.SponsorBrief;
import io.pmobuyin.report.view.sponsors.SponsorBriefView;
import io.pmobuyin.report.view.sponsors.SponsorCard;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The app shows how work went, never who did it. The report holds no assignee at all; the only
 * people the views know are the sponsors and leads of the leadership, and those may appear only
 * where a gadget names a project's sponsor or lead, never beside a pattern, a cost or a KPI.
 */
class BlameFreeViewsTest {

  private static final Set<String> SPONSORS = Set.of("Ada Sponsorly", "Ben Backer", "Cy Funder");
  private static final Set<String> LEADS = Set.of("Dee Leader", "Eli Steer", "Flo Helm");
  private static final Set<String> EVERYONE =
      Set.of("Ada Sponsorly", "Ben Backer", "Cy Funder", "Dee Leader", "Eli Steer", "Flo Helm");

  /** Twelve closed projects, six each side of the PMO start, with patterns; sponsors and leads. */
  private static GadgetInput input() {
    var report = aReport().pmoStart(LocalDate.of(2024, 1, 1));
    for (int i = 0; i < 6; i++) {
      report.project(
          aProject("OLD" + i)
              .category(i % 2 == 0 ? "Apps" : "Infra")
              .closed(2023, 1 + 2 * i, 5)
              .issues(100 + 10 * i)
              .pattern(SCOPE_CREEP, 20 + i, 2_000.0)
              .pattern(OWNERLESS_WORK, 5, 500.0)
              .kpis(kpis().onTime(0.5 + 0.01 * i)));
      report.project(
          aProject("NEW" + i)
              .category(i % 2 == 0 ? "Apps" : "Infra")
              .closed(2024, 1 + 2 * i, 5)
              .issues(100 + 10 * i)
              .pattern(REWORK, 10, 1_000.0)
              .pattern(HANDOFF_CHURN, 3, 300.0)
              .kpis(kpis().onTime(0.8 - 0.01 * i)));
    }
    var people =
        leadership()
            .project(
                closedProject("OLD0").category("Apps").sponsor("Ada Sponsorly").lead("Dee Leader"))
            .project(
                closedProject("NEW1").category("Infra").sponsor("Ben Backer").lead("Eli Steer"))
            .project(closedProject("NEW2").category("Apps").sponsor("Ada Sponsorly"))
            .project(
                activeProject("RUN1")
                    .name("Billing revamp")
                    .category("Apps")
                    .sponsor("Cy Funder")
                    .lead("Flo Helm"))
            .project(activeProject("RUN2").name("Data lake").category("Infra").lead("Dee Leader"));
    ServiceCatalogue catalogue =
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry(
                    "plan", "Portfolio planning", "", ScopeStatus.IN_SCOPE, null, false),
                new CatalogueEntry(
                    "hr", "Hiring", "", ScopeStatus.OTHER_DEPARTMENT, "People team", false)));
    return anInput(report).leadership(people).catalogue(catalogue).instance("blame").build();
  }

  private static void assertNamesNobody(String text) {
    for (String name : EVERYONE) {
      assertThat(text).as("names %s", name).doesNotContain(name);
    }
  }

  /** Every cell of every table; where a column may name people, only the named column. */
  private static void assertTablesNameNobodyOutside(List<CsvTable> tables, Set<String> columns) {
    for (CsvTable table : tables) {
      for (List<String> row : table.rows()) {
        for (int i = 0; i < row.size(); i++) {
          if (!columns.contains(table.header().get(i))) {
            assertNamesNobody(row.get(i));
          }
        }
      }
    }
  }

  @Test
  void lessonsScorecardPredictabilityAndScopeNameNobody() {
    GadgetInput input = input();

    List<GadgetView> views =
        List.of(
            Lessons.build(input),
            Scorecard.build(input),
            Predictability.build(input),
            Scope.build(input));

    for (GadgetView view : views) {
      // records print every component, nested rows, charts and tables included
      assertNamesNobody(view.toString());
      assertTablesNameNobodyOutside(view.tables(), Set.of());
    }
    assertThat(((LessonsView) views.get(0)).rows()).isNotEmpty();
    assertThat(((PredictabilityView) views.get(2)).comparisons()).isNotEmpty();
  }

  @Test
  void theBriefNamesNobodyEvenInItsSponsorshipSentence() {
    BriefView brief = Brief.build(input());

    assertThat(brief.sponsorship()).startsWith("3 of 12 closed projects had an executive sponsor");
    assertNamesNobody(brief.toString());
  }

  @Test
  void theSponsorBriefNamesSponsorsOnlyAsTheCardsNameAndNeverALead() {
    SponsorBriefView view = SponsorBrief.build(input());

    assertThat(view.sponsors())
        .extracting(SponsorCard::name)
        .containsExactly("Ada Sponsorly", "Ben Backer", "Cy Funder");
    assertNamesNobody(view.summary());
    assertNamesNobody(view.coverage());
    for (SponsorCard card : view.sponsors()) {
      List<String> elsewhere = new ArrayList<>(card.wins());
      elsewhere.add(card.projects());
      elsewhere.add(String.valueOf(card.noWins()));
      elsewhere.add(card.exposure());
      elsewhere.forEach(BlameFreeViewsTest::assertNamesNobody);
    }
    assertTablesNameNobodyOutside(view.tables(), Set.of("sponsor"));
    assertThat(view.tables().get(0).rows())
        .extracting(row -> row.get(0))
        .allMatch(SPONSORS::contains);
  }

  @Test
  void theLeadersGadgetNamesPeopleOnlyInTheLeadAndSponsorFields() {
    LeadersView view = Leaders.build(input());

    assertThat(view.rows()).hasSize(2);
    assertNamesNobody(view.summary());
    for (LeaderRow row : view.rows()) {
      assertNamesNobody(row.project());
      assertNamesNobody(row.key());
      assertNamesNobody(row.category());
      assertNamesNobody(row.exposure());
      assertThat(LEADS).as("lead").contains(row.lead());
      assertThat(row.sponsorMissing() || SPONSORS.contains(row.sponsor())).isTrue();
    }
    assertTablesNameNobodyOutside(view.tables(), Set.of("lead", "sponsor"));
  }
}
