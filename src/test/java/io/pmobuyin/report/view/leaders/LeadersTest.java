package io.pmobuyin.report.view.leaders;

import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.activeProject;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.GadgetInputBuilder;
import io.pmobuyin.testing.LeadershipBuilder;
import io.pmobuyin.testing.ReportBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadersTest {

  /** Closed: an Infra project with late defects in 50 of 100, an Apps one with scope creep 30. */
  private static ReportBuilder closed() {
    return aReport()
        .projects(
            aProject("INF").category("Infra").issues(100).pattern(LATE_DEFECTS, 50, 5_000.0),
            aProject("APP").category("Apps").issues(100).pattern(SCOPE_CREEP, 30, 3_000.0));
  }

  private static LeadershipBuilder active() {
    return leadership()
        .project(closedProject("INF").sponsor("Carla Closed").lead("Leo Closed"))
        .project(
            activeProject("NET")
                .name("network refresh")
                .category("Infra")
                .lead("Lin Lead")
                .leadInactive()
                .sponsor("Sam Sponsor"))
        .project(activeProject("CRM").name("CRM rollout").category("Apps").lead("Lea Lead"))
        .project(
            activeProject("BI")
                .name("Éclair dashboards")
                .category("Data")
                .sponsor("Sue Sponsor")
                .sponsorInactive())
        .project(activeProject("ZZ").name("Zebra"));
  }

  private static GadgetInputBuilder input() {
    return anInput(closed()).leadership(active());
  }

  private static LeaderRow row(LeadersView view, String key) {
    return view.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void listsOnlyActiveProjectsByNameAsPeopleReadIt() {
    LeadersView view = Leaders.build(input().build());

    // the closed INF is left out; "network refresh" and "Éclair" sort as a reader expects
    assertThat(view.rows())
        .extracting(LeaderRow::project)
        .containsExactly("CRM rollout", "Éclair dashboards", "network refresh", "Zebra");
    assertThat(view.summary()).isEqualTo("4 active projects");
  }

  @Test
  void saysSoWhereNoSponsorOrLeadIsSet() {
    LeadersView view = Leaders.build(input().build());

    LeaderRow crm = row(view, "CRM");
    assertThat(crm.sponsor()).isEqualTo("No sponsor yet");
    assertThat(crm.sponsorMissing()).isTrue();
    assertThat(crm.sponsorInactive()).isFalse();
    LeaderRow zebra = row(view, "ZZ");
    assertThat(zebra.lead()).isEqualTo("No lead set");
    assertThat(zebra.leadInactive()).isFalse();
  }

  @Test
  void showsTheNamesOfLeadAndSponsorAndMarksInactiveAccounts() {
    LeadersView view = Leaders.build(input().build());

    LeaderRow network = row(view, "NET");
    assertThat(network.lead()).isEqualTo("Lin Lead");
    assertThat(network.leadInactive()).isTrue();
    assertThat(network.sponsor()).isEqualTo("Sam Sponsor");
    assertThat(network.sponsorMissing()).isFalse();
    assertThat(network.sponsorInactive()).isFalse();
    assertThat(row(view, "BI").sponsorInactive()).isTrue();
  }

  @Test
  void keepsToTheChosenCategory() {
    LeadersView view = Leaders.build(input().category("Infra").build());

    assertThat(view.rows()).extracting(LeaderRow::key).containsExactly("NET");
  }

  @Test
  void takesExposureFromClosedProjectsOfTheSameCategory() {
    LeadersView view = Leaders.build(input().build());

    assertThat(row(view, "NET").exposure()).isEqualTo("Late defects (50.0%)");
    assertThat(row(view, "CRM").exposure()).isEqualTo("Scope creep (30.0%)");
  }

  @Test
  void fallsBackToTheWholeSelectionWhereNoProjectOfTheCategoryClosed() {
    LeadersView view = Leaders.build(input().build());

    // Data has no closed project, Zebra no category: 50 and 30 of all 200 issues
    assertThat(row(view, "BI").exposure()).isEqualTo("Late defects (25.0%), Scope creep (15.0%)");
    assertThat(row(view, "ZZ").exposure()).isEqualTo("Late defects (25.0%), Scope creep (15.0%)");
  }

  @Test
  void saysSoWhenNoPatternWasSeenInSimilarProjects() {
    LeadersView view =
        Leaders.build(
            anInput(aReport().project(aProject("OK").category("Apps")))
                .leadership(active())
                .build());

    assertThat(row(view, "CRM").exposure()).isEqualTo("no pattern seen yet in similar projects");
  }

  @Test
  void exportsTheRowsWithEmptyCellsForPeopleNotSet() {
    LeadersView view = Leaders.build(input().build());

    assertThat(view.tables().get(0).rows())
        .containsExactly(
            List.of("CRM", "CRM rollout", "Apps", "Lea Lead", "", "SCOPE_CREEP"),
            List.of(
                "BI", "Éclair dashboards", "Data", "", "Sue Sponsor", "LATE_DEFECTS SCOPE_CREEP"),
            List.of("NET", "network refresh", "Infra", "Lin Lead", "Sam Sponsor", "LATE_DEFECTS"),
            List.of("ZZ", "Zebra", "", "", "", "LATE_DEFECTS SCOPE_CREEP"));
  }

  @Test
  void isEmptyWithoutActiveProjects() {
    LeadersView view =
        Leaders.build(
            anInput(closed()).leadership(leadership().project(closedProject("INF"))).build());

    assertThat(view.empty()).isTrue();
    assertThat(view.summary()).isEqualTo("0 active projects");
  }
}
