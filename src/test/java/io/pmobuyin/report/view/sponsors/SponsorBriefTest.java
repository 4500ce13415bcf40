package io.pmobuyin.report.view.sponsors;

import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.activeProject;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.GadgetInputBuilder;
import io.pmobuyin.testing.LeadershipBuilder;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SponsorBriefTest {

  private static final LocalDate PMO_START = LocalDate.of(2024, 1, 1);

  /**
   * Before the PMO: B1, B2 and OLD, each on time 50 %, 4 days slip, 30 % scope growth, 10 % rework.
   * Since: A1 (Ángela's) beats that on on-time rate by 1.5 pp, slip by 0.6 days and scope growth by
   * 10 pp, is worse on rework; Z1 (Zoë's) is better on every KPI but within the margins.
   */
  private static ReportBuilder portfolio() {
    return aReport()
        .pmoStart(PMO_START)
        .projects(
            aProject("B1").category("Apps").closed(2023, 3, 1).kpis(before()),
            aProject("B2").category("Apps").closed(2023, 6, 1).kpis(before()),
            aProject("OLD").name("Oldtown").category("Apps").closed(2023, 9, 1).kpis(before()),
            aProject("A1")
                .name("Apollo")
                .category("Apps")
                .closed(2024, 3, 1)
                .pattern(SCOPE_CREEP, 20, 2_000.0)
                .kpis(kpis().onTime(0.515).slipDays(3.4).scopeGrowth(0.2).rework(0.12)),
            aProject("Z1")
                .name("Zenith")
                .category("Data")
                .closed(2024, 5, 1)
                .kpis(kpis().onTime(0.505).slipDays(3.8).scopeGrowth(0.295).rework(0.1)));
  }

  private static ReportBuilder.KpisBuilder before() {
    return kpis().onTime(0.5).slipDays(4).scopeGrowth(0.3).rework(0.1);
  }

  private static LeadershipBuilder sponsors() {
    return leadership()
        .project(closedProject("B1"))
        .project(closedProject("A1").name("Apollo").category("Apps").sponsor("Ángela"))
        .project(
            activeProject("A2")
                .name("Artemis")
                .category("Apps")
                .sponsor("Ángela")
                .sponsorInactive())
        .project(closedProject("OLD").name("Oldtown").category("Apps").sponsor("bob"))
        .project(activeProject("NEW").name("Newtown").category("Apps").sponsor("bob"))
        .project(closedProject("Z1").name("Zenith").sponsor("Zoë").sponsorInactive())
        .project(activeProject("INF").name("Infranet").category("Infra").sponsor("Ivy"));
  }

  private static GadgetInputBuilder input() {
    return anInput(portfolio()).leadership(sponsors());
  }

  private static SponsorCard card(SponsorBriefView view, String name) {
    return view.sponsors().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void listsSponsorsAlphabeticallyAsPeopleReadNamesNotByCodePoint() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    // code-point order would give Ivy, Zoë, bob, Ángela
    assertThat(view.sponsors())
        .extracting(SponsorCard::name)
        .containsExactly("Ángela", "bob", "Ivy", "Zoë");
  }

  @Test
  void sharesAWinOnlyWhereTheirProjectsBeatTheBeforePmoProjectsByTheMargin() {
    SponsorCard angela = card(SponsorBrief.build(input().build()), "Ángela");

    // on time +1.5 pp (≥ 1 pp), slip −0.6 days (≥ 0.5), scope growth −10 pp; rework got worse
    assertThat(angela.wins())
        .containsExactly(
            "On-time rate: 51.5% in their projects since the PMO started, against 50.0% before",
            "Typical slip (days): 3.4 in their projects since the PMO started, against 4.0 before",
            "Scope growth: 20.0% in their projects since the PMO started, against 30.0% before");
    assertThat(angela.noWins()).isNull();
  }

  @Test
  void saysTheirProjectsAreInLineWhenEveryGainIsWithinTheMargin() {
    SponsorCard zoe = card(SponsorBrief.build(input().build()), "Zoë");

    // +0.5 pp on time, −0.2 days slip, −0.5 pp scope growth: none is a win
    assertThat(zoe.wins()).isEmpty();
    assertThat(zoe.noWins())
        .isEqualTo(
            "Their projects since the PMO started are in line with the portfolio before it.");
  }

  @Test
  void saysSoWhenNoneOfTheirProjectsClosedSinceThePmoStarted() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    // bob's only closed project closed before the start; Ivy's only project is active
    assertThat(card(view, "bob").wins()).isEmpty();
    assertThat(card(view, "bob").noWins())
        .isEqualTo("None of their projects has closed since the PMO started.");
    assertThat(card(view, "Ivy").noWins())
        .isEqualTo("None of their projects has closed since the PMO started.");
  }

  @Test
  void hasNoWinsWithoutAPmoStart() {
    SponsorBriefView view =
        SponsorBrief.build(anInput(portfolio().pmoStart(null)).leadership(sponsors()).build());

    assertThat(view.sponsors()).allSatisfy(card -> assertThat(card.wins()).isEmpty());
    assertThat(card(view, "Ángela").noWins())
        .isEqualTo("None of their projects has closed since the PMO started.");
  }

  @Test
  void marksActiveProjectsInTheProjectList() {
    SponsorCard bob = card(SponsorBrief.build(input().build()), "bob");

    assertThat(bob.projects()).isEqualTo("Oldtown, Newtown (active)");
  }

  @Test
  void flagsASponsorOnlyWhenInactiveOnEveryProject() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    assertThat(card(view, "Zoë").inactive()).isTrue();
    assertThat(card(view, "Ángela").inactive()).isFalse(); // inactive on Artemis, not on Apollo
    assertThat(card(view, "bob").inactive()).isFalse();
  }

  @Test
  void countsTheClosedProjectsOfTheSelectionWithASponsor() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    // A1, OLD and Z1 of B1, B2, OLD, A1, Z1; active projects do not count
    assertThat(view.coverage())
        .isEqualTo("3 of 5 closed projects had an executive sponsor (60.0%).");
  }

  @Test
  void keepsToTheChosenCategory() {
    SponsorBriefView view = SponsorBrief.build(input().category("Apps").build());

    // Zenith is Data, Infranet is Infra
    assertThat(view.sponsors()).extracting(SponsorCard::name).containsExactly("Ángela", "bob");
    assertThat(view.coverage())
        .isEqualTo("2 of 4 closed projects had an executive sponsor (50.0%).");
  }

  @Test
  void showsWhatTheirProjectsAreExposedToFromTheirCategoriesOrTheWholeSelection() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    // Ángela's projects are Apps: scope creep in 20 of the 400 issues of closed Apps projects
    assertThat(card(view, "Ángela").exposure()).isEqualTo("Scope creep (5.0%)");
    // Zoë's project has no category: the whole selection, 20 of 500
    assertThat(card(view, "Zoë").exposure()).isEqualTo("Scope creep (4.0%)");
  }

  @Test
  void exportsOneRowPerSponsorAndProject() {
    SponsorBriefView view = SponsorBrief.build(input().build());

    assertThat(view.tables().get(0).rows())
        .containsExactly(
            List.of("Ángela", "A1", "Apollo", "closed", "3"),
            List.of("Ángela", "A2", "Artemis", "active", "3"),
            List.of("bob", "OLD", "Oldtown", "closed", "0"),
            List.of("bob", "NEW", "Newtown", "active", "0"),
            List.of("Ivy", "INF", "Infranet", "active", "0"),
            List.of("Zoë", "Z1", "Zenith", "closed", "0"));
  }

  @Test
  void isEmptyWhenNoProjectHasASponsor() {
    SponsorBriefView view =
        SponsorBrief.build(
            anInput(portfolio()).leadership(leadership().project(closedProject("A1"))).build());

    assertThat(view.empty()).isTrue();
    assertThat(view.coverage())
        .isEqualTo("0 of 5 closed projects had an executive sponsor (0.0%).");
  }
}
