package io.pmobuyin.report.analysis;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.activeProject;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetOptionsJson;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.brief.BriefView;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetView;
import io.pmobuyin.report.view.leaders.LeaderRow;
import io.pmobuyin.report.view.leaders.Leaders;
import io.pmobuyin.report.view.sponsors.SponsorBrief;
import io.pmobuyin.report.view.sponsors.SponsorCard;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.ReportBuilder;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Views limited to the projects a reader may see: the same views over fewer projects, adding up
 * exactly to the whole, and an empty view (never a failure) for a reader who sees none.
 */
class VisibleProjectsTest {

  private static final Set<String> APPS_AND_ONE_INFRA = Set.of("APP1", "APP2", "INF1");
  private static final Set<String> THE_REST = Set.of("INF2", "OLD1", "OLD2");

  private static ReportBuilder portfolio() {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(
            aProject("APP1")
                .category("Apps")
                .closed(2024, 5, 1)
                .issues(120)
                .pattern(PatternId.SCOPE_CREEP, 30, 4_000)
                .pattern(PatternId.REWORK, 12, 1_500),
            aProject("APP2")
                .category("Apps")
                .closed(2023, 8, 1)
                .issues(80)
                .pattern(PatternId.SCOPE_CREEP, 10, 900),
            aProject("INF1")
                .category("Infra")
                .closed(2024, 2, 1)
                .issues(60)
                .pattern(PatternId.SCHEDULE_SLIP, 6, 2_000),
            aProject("INF2")
                .category("Infra")
                .closed(2023, 3, 1)
                .issues(40)
                .pattern(PatternId.SCHEDULE_SLIP, 9, 3_000)
                .pattern(PatternId.REWORK, 2, 100),
            aProject("OLD1").category("Legacy").closed(2022, 11, 1).issues(30),
            aProject("OLD2")
                .category("Legacy")
                .closed(2022, 6, 1)
                .issues(50)
                .pattern(PatternId.ABANDONED_WORK, 20, 5_000));
  }

  private static ProjectSelection select(PortfolioReport report, VisibleProjects visible) {
    return ProjectSelection.of(report, GadgetQuery.everything().limitedTo(visible));
  }

  private static List<String> keys(ProjectSelection selection) {
    return selection.projects().stream().map(ProjectSection::key).toList();
  }

  @Test
  void picksOnlyTheProjectsTheReaderMaySee() {
    ProjectSelection seen =
        select(portfolio().build(), VisibleProjects.only(Set.of("APP1", "INF2", "GONE")));

    assertThat(keys(seen)).containsExactlyInAnyOrder("APP1", "INF2");
    assertThat(seen.issues()).isEqualTo(160); // 120 + 40
  }

  @Test
  void offersOnlyTheCategoriesOfProjectsTheReaderMaySee() {
    PortfolioReport report = portfolio().build();

    assertThat(select(report, VisibleProjects.only(Set.of("APP1"))).categories())
        .containsExactly("Apps");
    assertThat(select(report, VisibleProjects.all()).categories())
        .containsExactly("Apps", "Infra", "Legacy");
  }

  @Test
  void countsThePeriodBackFromTheWholeReportsNewestQuarterForEveryReader() {
    // A reader who sees only 2023's projects still gets 2023-Q3 to 2024-Q2 for the last four
    // quarters, not the four up to their own newest.
    GadgetQuery lastYear =
        new GadgetQuery(null, ClosePeriod.LAST_4_QUARTERS)
            .limitedTo(VisibleProjects.only(Set.of("APP2", "INF2")));

    assertThat(keys(ProjectSelection.of(portfolio().build(), lastYear))).containsExactly("APP2");
  }

  @ParameterizedTest
  @EnumSource(ClosePeriod.class)
  void selectionsOfReadersWhoSeeComplementaryProjectsAddUpToTheWhole(ClosePeriod period) {
    PortfolioReport report = portfolio().build();
    GadgetQuery query = new GadgetQuery(null, period);
    ProjectSelection whole = ProjectSelection.of(report, query);
    ProjectSelection one =
        ProjectSelection.of(report, query.limitedTo(VisibleProjects.only(APPS_AND_ONE_INFRA)));
    ProjectSelection other =
        ProjectSelection.of(report, query.limitedTo(VisibleProjects.only(THE_REST)));

    assertThat(one.issues() + other.issues()).isEqualTo(whole.issues());
    assertThat(one.projects().size() + other.projects().size()).isEqualTo(whole.projects().size());
    List<PatternFigures> all = PatternFigures.of(whole);
    List<PatternFigures> mine = PatternFigures.of(one);
    List<PatternFigures> theirs = PatternFigures.of(other);
    for (int i = 0; i < all.size(); i++) {
      assertThat(mine.get(i).issues() + theirs.get(i).issues()).isEqualTo(all.get(i).issues());
      assertThat(mine.get(i).projects() + theirs.get(i).projects())
          .isEqualTo(all.get(i).projects());
      assertThat(mine.get(i).cost() + theirs.get(i).cost()).isEqualTo(all.get(i).cost());
      if (all.get(i).beforePmo() != null) {
        assertThat(mine.get(i).beforePmo().affected() + theirs.get(i).beforePmo().affected())
            .isEqualTo(all.get(i).beforePmo().affected());
        assertThat(mine.get(i).sincePmo().affected() + theirs.get(i).sincePmo().affected())
            .isEqualTo(all.get(i).sincePmo().affected());
      }
    }
  }

  @Test
  void aReaderWhoSeesEveryProjectByKeyGetsTheSameFiguresAsOneWhoSeesAll() {
    PortfolioReport report = portfolio().build();
    List<String> everyKey = report.projects().stream().map(ProjectSection::key).toList();

    assertThat(PatternFigures.of(select(report, VisibleProjects.only(everyKey))))
        .isEqualTo(PatternFigures.of(select(report, VisibleProjects.all())));
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void givesAReaderWhoSeesNoProjectAnEmptyViewOfEveryGadget(Gadget gadget) {
    GadgetInput input =
        anInput(portfolio())
            .visible(VisibleProjects.only(Set.of()))
            .leadership(leadership().project(activeProject("NEW").lead("Lin").sponsor("Ada")))
            .build();

    GadgetView view = gadget.view(input);

    if (gadget != Gadget.SCOPE) { // the scope gadget shows the catalogue, no project
      assertThat(view.empty()).as(gadget.id()).isTrue();
    }
    assertThat(input.selection().isEmpty()).isTrue();
  }

  @Test
  void givesAReaderWhoSeesNoProjectABriefThatSaysSo() {
    BriefView brief =
        Brief.build(anInput(portfolio()).visible(VisibleProjects.only(Set.of())).build());

    assertThat(brief.headline())
        .isEqualTo(BundleTexts.english().text("pmobuyin.brief.headline.empty"));
  }

  @Test
  void showsLeadsAndSponsorsOnlyOfProjectsTheReaderMaySee() {
    GadgetInput input =
        anInput(portfolio())
            .visible(VisibleProjects.only(Set.of("APP1", "NEW1")))
            .leadership(
                leadership()
                    .project(closedProject("APP1").sponsor("Ada"))
                    .project(closedProject("INF1").sponsor("Ben"))
                    .project(activeProject("NEW1").lead("Lin").sponsor("Ada"))
                    .project(activeProject("NEW2").lead("Max").sponsor("Cy")))
            .build();

    assertThat(Leaders.build(input).rows()).extracting(LeaderRow::key).containsExactly("NEW1");
    assertThat(SponsorBrief.build(input).sponsors())
        .extracting(SponsorCard::name)
        .containsExactly("Ada");
  }

  @Test
  void offersOnlyTheVisibleProjectsCategoriesInTheGadgetForm() throws Exception {
    StringWriter json = new StringWriter();

    GadgetOptionsJson.write(
        portfolio().build(), VisibleProjects.only(Set.of("OLD1")), BundleTexts.english(), json);

    assertThat(new ObjectMapper().readTree(json.toString()).get("categories").toString())
        .isEqualTo("[\"Legacy\"]");
  }

  @Test
  void tellsAllFromAnyListOfKeys() {
    assertThat(VisibleProjects.all().isAll()).isTrue();
    assertThat(VisibleProjects.all().includes("ANY")).isTrue();
    assertThat(VisibleProjects.only(List.of("A")).isAll()).isFalse();
    assertThat(VisibleProjects.only(List.of("A")).includes("B")).isFalse();
    assertThat(VisibleProjects.only(List.of("A", "B")))
        .isEqualTo(VisibleProjects.only(Set.of("B", "A")));
  }
}
