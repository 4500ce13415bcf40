package io.pmobuyin.report;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.RandomPortfolio;
import io.pmobuyin.testing.Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties of the whole report: order-free, blame-free, trends split around the PMO start. */
class ReportPropertiesTest {

  private final List<IssueRecord> issues = RandomPortfolio.of(7, 6, 150);
  private final MiningConfig config = MiningConfig.defaults().withPmoStart(IssueBuilder.date(350));

  @Test
  void isTheSameWhateverOrderTheIssuesComeIn() {
    String inOrder = Reports.json(Reports.mine(issues, config));
    List<IssueRecord> shuffled = new ArrayList<>(issues);
    Collections.shuffle(shuffled, new Random(42));

    assertThat(Reports.json(Reports.mine(shuffled, config))).isEqualTo(inOrder);
  }

  @Test
  void namesNoPersonAnywhere() {
    String json = Reports.json(Reports.mine(issues, config));

    assertThat(issues).anySatisfy(issue -> assertThat(issue.assigneeId()).startsWith("acc-"));
    assertThat(json).doesNotContain("acc-");
    assertThat(Pattern.compile("(?i)assignee|reporter|accountId").matcher(json).find()).isFalse();
  }

  @Test
  void namesSponsorsOnlyAsTheSponsorsOfProjects() {
    List<IssueRecord> sponsored =
        List.of(
            anIssue().key("P1-1").sponsor("sp-9").resolvedOnDay(3).build(),
            anIssue().key("P1-2").sponsor("sp-9").resolvedOnDay(4).build(),
            anIssue().key("P2-1").resolvedOnDay(5).build());
    PortfolioReport report = Reports.mine(sponsored, config);
    String json = Reports.json(report);

    assertThat(report.sponsorship().sponsors())
        .singleElement()
        .satisfies(s -> assertThat(s.projectKeys()).containsExactly("P1"));
    assertThat(report.sponsorship().coverage()).isEqualTo(0.5);
    // Once in the sponsorship section, once as project P1's sponsor; assignees never.
    assertThat(json.split("sp-9", -1)).hasSize(3);
    assertThat(json).doesNotContain("acc-");
  }

  @Test
  void splitsEveryPatternAndTheKpisAroundThePmoStart() {
    PortfolioReport report = Reports.mine(issues, config);

    assertThat(report.trend().beforePmo().projects() + report.trend().afterPmo().projects())
        .isEqualTo(6);
    assertThat(report.trend().beforePmo().projects()).isEqualTo(3);
    assertThat(report.patterns())
        .allSatisfy(
            p -> {
              assertThat(p.beforePmo().affected() + p.afterPmo().affected()).isEqualTo(p.issues());
              assertThat(p.trend().stream().mapToLong(TrendPoint::affected).sum())
                  .isEqualTo(p.issues());
            });
    assertThat(report.trend().quarters())
        .extracting(KpiPoint::period)
        .isSorted()
        .allMatch(q -> q.matches("\\d{4}-Q[1-4]"));
  }

  @Test
  void leavesThePmoComparisonOutWithoutAStartDate() {
    PortfolioReport report = Reports.mine(issues, MiningConfig.defaults());

    assertThat(report.trend().beforePmo()).isNull();
    assertThat(report.patterns()).allSatisfy(p -> assertThat(p.afterPmo()).isNull());
    assertThat(Reports.json(report)).contains("\"pmoStart\": null");
  }

  @Test
  void listsPatternsMostCostlyFirstAndAddsTheirCostsUp() {
    PortfolioReport report = Reports.mine(issues, config);

    assertThat(report.patterns()).extracting(p -> -p.cost().money()).isSorted();
    double sum = report.patterns().stream().mapToDouble(p -> p.cost().money()).sum();
    assertThat(report.portfolio().cost())
        .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(report.settings().pmoStart()).isEqualTo(LocalDate.of(2024, 12, 16));
  }

  @Test
  void splitsEachPatternsCostOverTheProjectsThatShowIt() {
    PortfolioReport report = Reports.mine(issues, config);

    for (PatternSection pattern : report.patterns()) {
      double overProjects =
          report.projects().stream()
              .flatMap(p -> p.patterns().stream())
              .filter(p -> p.id() == pattern.id())
              .mapToDouble(ProjectSection.ProjectPattern::cost)
              .sum();
      assertThat(overProjects)
          .as(pattern.id().name())
          .isCloseTo(pattern.cost().money(), org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
