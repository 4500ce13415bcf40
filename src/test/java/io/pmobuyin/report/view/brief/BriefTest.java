package io.pmobuyin.report.view.brief;

import static io.pmobuyin.mining.pattern.PatternId.ABANDONED_WORK;
import static io.pmobuyin.mining.pattern.PatternId.BLOCKED_WORK;
import static io.pmobuyin.mining.pattern.PatternId.ESTIMATION_MISS;
import static io.pmobuyin.mining.pattern.PatternId.HANDOFF_CHURN;
import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.scope.ScopeStatus.IN_SCOPE;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.lessons.Lessons;
import io.pmobuyin.report.view.predictability.ComparisonRow;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.scorecard.Scorecard;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefTest {

  /** A: 100 issues, sponsored, on time 80 %; B: 300, on time 40 %; C: 100, on time 60 %. */
  private static ReportBuilder threeProjects() {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(
            aProject("A")
                .closed(2023, 5, 1)
                .issues(100)
                .kpis(kpis().onTime(0.8))
                .pattern(SCOPE_CREEP, 60, 12_000.0)
                .pattern(LATE_DEFECTS, 10, 8_000.0),
            aProject("B").closed(2024, 5, 1).issues(300).kpis(kpis().onTime(0.4)),
            aProject("C").closed(2024, 6, 1).issues(100).kpis(kpis().onTime(0.6)));
  }

  @Test
  void headlinesTheTotalCostAndTheMostCommonPatternAsTheGadgetsShowThem() {
    GadgetInput input = anInput(threeProjects()).build();

    BriefView brief = Brief.build(input);

    // 12,000 + 8,000; scope creep 60 of 500 issues
    assertThat(brief.headline())
        .isEqualTo(
            "Failure patterns cost 20K USD across 3 closed projects. The most common, Scope"
                + " creep, touched 12.0% of all issues.");
    assertThat(brief.totalCost()).isEqualTo(Scorecard.build(input).totalCost());
    assertThat(brief.patterns()).isEqualTo(Lessons.build(input).rows());
    assertThat(brief.summary()).isEqualTo(Lessons.build(input).summary());
    assertThat(brief.comparisons()).isEqualTo(Predictability.build(input).comparisons());
    assertThat(brief.guard()).isEqualTo(Predictability.build(input).guard());
  }

  @Test
  void saysWhyThereIsNoSavingWithoutAPmoStartInsteadOfADash() {
    BriefView without =
        Brief.build(
            anInput(aReport().project(aProject("A").issues(100).pattern(SCOPE_CREEP, 40, 800.0)))
                .build());

    assertThat(without.totalSaving()).startsWith("No PMO start date is set");
    // a start, but one project on each side: too few for a saving
    assertThat(Brief.build(anInput(threeProjects()).build()).totalSaving())
        .isEqualTo(
            "No saving can be stated yet: it needs at least 5 projects and 50 issues closed on"
                + " each side of the PMO start.");
  }

  /**
   * Five projects of 100 issues closed on each side of the PMO start, with scope creep on 40 issues
   * each before and on {@code since} each since: the default target is 40 % × (1 − 0.3) = 28 %.
   */
  private static ReportBuilder fiveAndFive(int since) {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2024, 1, 1));
    for (int i = 1; i <= 5; i++) {
      report.project(
          aProject("B" + i).closed(2023, i, 1).issues(100).pattern(SCOPE_CREEP, 40, 800.0));
      report.project(
          aProject("S" + i)
              .closed(2024, i, 1)
              .issues(100)
              .pattern(SCOPE_CREEP, since, since * 20.0));
    }
    return report;
  }

  @Test
  void saysEveryTargetIsMetRatherThanASavingOfNothing() {
    ReportBuilder report = fiveAndFive(10);

    BriefView brief = Brief.build(anInput(report).build());

    assertThat(brief.totalSaving()).startsWith("Every target shown is met");
  }

  @Test
  void saysTheCatalogueIsNotPublishedInsteadOfAnEmptyScopeSection() {
    BriefView without = Brief.build(anInput(threeProjects()).build());
    BriefView with =
        Brief.build(
            anInput(threeProjects())
                .catalogue(
                    new ServiceCatalogue(
                        List.of(
                            new CatalogueEntry(
                                "plan", "Portfolio planning", "", IN_SCOPE, null, false))))
                .build());

    assertThat(without.scope()).isEmpty();
    assertThat(without.scopeNote()).startsWith("The PMO has not published its service catalogue");
    assertThat(with.scope()).isNotEmpty();
    assertThat(with.scopeNote()).isNull();
  }

  @Test
  void keepsThreePatternsAndThreePlanRowsToFitOnePageBesideTheActions() {
    ReportBuilder.ProjectBuilder project = aProject("A").issues(100);
    PatternId[] seven = {
      SCOPE_CREEP,
      REWORK,
      LATE_DEFECTS,
      ESTIMATION_MISS,
      ABANDONED_WORK,
      HANDOFF_CHURN,
      BLOCKED_WORK
    };
    for (int i = 0; i < seven.length; i++) {
      project.pattern(seven[i], 10 + i, 1_000.0 * (i + 1));
    }
    GadgetInput input = anInput(aReport().project(project)).build();

    BriefView brief = Brief.build(input);

    assertThat(brief.patterns()).isEqualTo(Lessons.build(input).rows().subList(0, 3));
    assertThat(brief.plan()).isEqualTo(Scorecard.build(input).rows().subList(0, 3));
    // 1,000 + 2,000 + … + 7,000 = 28,000
    assertThat(brief.totalCost()).isEqualTo("28K USD");
  }

  @Test
  void comparesTheOnTimeRateOfSponsoredAndUnsponsoredProjectsWithoutNamingAnyone() {
    BriefView brief =
        Brief.build(
            anInput(threeProjects())
                .leadership(
                    leadership()
                        .project(closedProject("A").sponsor("Grace Sponsor"))
                        .project(closedProject("B").lead("Lee Lead")))
                .build());

    // with a sponsor: A, 80 %; without: (300 × 0.4 + 100 × 0.6) / 400 = 180 / 400 = 45 %
    assertThat(brief.sponsorship())
        .isEqualTo(
            "1 of 3 closed projects had an executive sponsor. Their on-time rate was 80.0%,"
                + " against 45.0% for projects without one.");
  }

  @Test
  void saysSoWhenNoClosedProjectHadASponsor() {
    BriefView brief = Brief.build(anInput(threeProjects()).build());

    assertThat(brief.sponsorship())
        .isEqualTo("No closed project had an executive sponsor recorded yet.");
  }

  @Test
  void hasAnEmptyHeadlineWhenNothingMatches() {
    BriefView brief = Brief.build(anInput(threeProjects()).category("None").build());

    assertThat(brief.headline()).isEqualTo("No closed project matches these settings yet.");
    assertThat(brief.patterns()).isEmpty();
    assertThat(brief.plan()).isEmpty();
  }

  @Test
  void carriesTheOnTimeTrendChartAndThePlansSaving() {
    BriefView brief = Brief.build(anInput(threeProjects()).build());

    assertThat(brief.trendChartHtml()).startsWith("<svg").contains("On-time rate");
    assertThat(brief.title()).isEqualTo("The case for the PMO");
  }

  @Test
  void carriesThePlansSavingWhenTheProjectsSinceAreAboveTheirTarget() {
    // 34 % since against the target of 28 %
    ReportBuilder report = fiveAndFive(34);

    BriefView brief = Brief.build(anInput(report).build());

    assertThat(brief.totalSaving())
        .isEqualTo(
            "Saving if every target were met: "
                + Scorecard.build(anInput(report).build()).totalSaving());
    assertThat(brief.totalSaving()).doesNotEndWith("–").doesNotEndWith(" 0 USD");
  }

  @Test
  void opensWithHowOnTimeDeliveryChangedSinceThePmoStartedAndItsInterval() {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2024, 1, 1));
    for (int i = 0; i < 6; i++) {
      report.projects(
          aProject("OLD" + i)
              .closed(2023, 3 + i, 1)
              .issues(100)
              .kpis(kpis().onTime(0.5 + i / 100.0)),
          aProject("NEW" + i)
              .closed(2024, 3 + i, 1)
              .issues(100)
              .kpis(kpis().onTime(0.8 + i / 100.0)));
    }
    GadgetInput input = anInput(report).build();
    ComparisonRow onTime = Predictability.build(input).comparisons().get(0);

    assertThat(Brief.build(input).verdict())
        .isEqualTo(
            "Since the PMO started: On-time rate "
                + onTime.before()
                + " \u2192 "
                + onTime.since()
                + ", "
                + onTime.change()
                + " ("
                + onTime.interval()
                + "): ✓ Improved.");
  }

  @Test
  void opensWithWhyNoChangeCanBeToldYetWhenTooFewProjectsClosedOnEitherSide() {
    GadgetInput input = anInput(threeProjects()).build();

    assertThat(Brief.build(input).verdict())
        .isEqualTo(Predictability.build(input).guard())
        .isNotBlank();
  }

  @Test
  void listsMeasuredActionsFirstWhateverTheirVerdictAndSaysHowManyMoreTheGadgetHas() {
    io.pmobuyin.testing.ReportBuilder report =
        aReport()
            .actions(
                new io.pmobuyin.report.ImprovementAction(
                    "PMO-1", "Not yet", "To Do", false, List.of(REWORK), null, null),
                new io.pmobuyin.report.ImprovementAction(
                    "PMO-2", "Pilot", "", false, List.of(REWORK), LocalDate.of(2024, 1, 1), null));
    for (int i = 0; i < 6; i++) {
      report.projects(
          aProject("OLD" + i).closed(2023, 6, 1 + i).issues(100).pattern(REWORK, 10, 0.0),
          aProject("NEW" + i).closed(2024, 6, 1 + i).issues(100).pattern(REWORK, 10, 0.0));
    }

    BriefView brief = Brief.build(anInput(report).build());

    assertThat(brief.actions()).extracting(BriefAction::key).containsExactly("PMO-2", "PMO-1");
    assertThat(brief.actions().get(0).effects()).contains("Rework", "No clear change yet");
    assertThat(brief.actionsNote()).isNull();
  }
}
