package io.pmobuyin.report.view.common;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.view.lessons.LessonRow;
import io.pmobuyin.report.view.lessons.Lessons;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.scorecard.Scorecard;
import io.pmobuyin.report.view.scorecard.ScorecardRow;
import io.pmobuyin.testing.ReportBuilder;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenLinksTest {

  /** BIG: 1,000 slipped issues; SMALL: 4. */
  private static ReportBuilder portfolio() {
    return aReport()
        .projects(
            aProject("BIG").issues(2_000).pattern(PatternId.SCHEDULE_SLIP, 1_000, 5_000),
            aProject("SMALL").issues(10).pattern(PatternId.SCHEDULE_SLIP, 4, 100));
  }

  @Test
  void leavesNumbersAsTextWhereTheSideGaveNoLinks() {
    LessonRow row = Lessons.build(anInput(portfolio()).build()).rows().get(0);

    assertThat(row.open().any()).isFalse();
    assertThat(row.open().parts()).isEmpty();
  }

  @Test
  void linksACountToItsIssuesInPartsWhenTheyAreMany() {
    LessonRow row =
        Lessons.build(anInput(portfolio()).drill(new IssueNavigatorLinks("", k -> true)).build())
            .rows()
            .get(0);

    assertThat(row.open().any()).isTrue();
    assertThat(row.open().title()).isEqualTo("Open these 1,004 issues");
    assertThat(row.open().parts()).hasSizeGreaterThan(1);
    assertThat(row.open().parts().get(0).label()).startsWith("issues 1\u2013");
    assertThat(row.open().url()).isEqualTo(row.open().parts().get(0).url());
  }

  @Test
  void saysWhenTheReaderMayOpenFewerIssuesThanTheNumberCounts() {
    ScorecardRow row =
        Scorecard.build(
                anInput(portfolio())
                    .drill(new IssueNavigatorLinks("", Set.of("SMALL")::contains))
                    .build())
            .rows()
            .get(0);

    assertThat(row.issues()).isEqualTo("1,004 issues");
    assertThat(row.open().title())
        .isEqualTo("Open the 4 of these 1,004 issues in projects you may browse");
    assertThat(row.open().parts()).isEmpty();
  }

  @Test
  void opensEachQuartersProjectsFromThePredictabilityGadget() {
    var view =
        Predictability.build(
            anInput(
                    aReport()
                        .projects(
                            aProject("A").closed(2024, 2, 1),
                            aProject("B").closed(2024, 3, 1),
                            aProject("C").closed(2024, 5, 1)))
                .drill(new IssueNavigatorLinks("/jira", k -> true))
                .build());

    assertThat(view.drillable()).isTrue();
    assertThat(view.quarters())
        .extracting(LinkPart::label)
        .containsExactly("2024-Q1 (2)", "2024-Q2 (1)");
    assertThat(view.quarters().get(0).url())
        .isEqualTo("/jira/issues/?jql=project+in+%28A%2CB%29+ORDER+BY+key+ASC");
  }

  @Test
  void listsEveryPartOfAQuarterWithMoreProjectsThanOneLinkHolds() {
    ReportBuilder report = aReport();
    for (int i = 0; i < 400; i++) {
      report.project(aProject("PROJECTKEY" + i).closed(2024, 2, 1 + i % 28));
    }

    var view =
        Predictability.build(
            anInput(report).drill(new IssueNavigatorLinks("/jira", k -> true)).build());

    List<LinkPart> parts = view.quarters();
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts.get(0).label()).startsWith("2024-Q1, projects 1\u2013");
    assertThat(parts.get(parts.size() - 1).label()).endsWith("\u2013400");
    // every project is in exactly one part
    List<String> opened = new ArrayList<>();
    for (LinkPart part : parts) {
      String jql = URLDecoder.decode(part.url().substring(part.url().indexOf("jql=") + 4), UTF_8);
      opened.addAll(
          List.of(jql.replaceAll("^project in \\((.*)\\) ORDER BY key ASC$", "$1").split(",")));
    }
    assertThat(opened).hasSize(400).doesNotHaveDuplicates();
  }
}
