package io.pmobuyin.preview.text;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextSummaryTest {

  private static final List<IssueRecord> ISSUES =
      List.of(
          anIssue().key("OLD-1").dueOnDay(5).startedOnDay(1).resolvedOnDay(9).build(),
          anIssue().key("OLD-2").dueOnDay(5).startedOnDay(1).resolvedOnDay(4).build(),
          anIssue()
              .key("NEW-1")
              .createdOnDay(200)
              .dueOnDay(210)
              .startedOnDay(201)
              .resolvedOnDay(205)
              .build());

  private static String summary(MiningConfig config) {
    PortfolioReport report = Reports.mine(ISSUES, config);
    StringWriter text = new StringWriter();
    new TextSummary(Messages.forLocale(Locale.ENGLISH), Locale.ENGLISH)
        .write(report, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void tellsProjectsIssuesPatternsAndKpisInWords() {
    String text = summary(MiningConfig.defaults());

    assertThat(text)
        .contains("what went wrong in 2 closed projects (3 issues)")
        .contains("Schedule slip")
        .contains("On-time rate", "66.7%")
        .contains("Cost by value area (USD): Employees")
        .contains("Import: 1 files, 3 issues read");
  }

  @Test
  void comparesBeforeAndSinceThePmoStartWhenThereIsOne() {
    String text = summary(MiningConfig.defaults().withPmoStart(IssueBuilder.date(100)));

    assertThat(text)
        .contains("Before → after PMO start", "Before PMO", "Since PMO", "100.0%", "50.0%");
    assertThat(summary(MiningConfig.defaults())).doesNotContain("Before PMO");
  }

  @Test
  void showsTheTrendByQuarterOfProjectClose() {
    assertThat(summary(MiningConfig.defaults()))
        .contains("By quarter of project close", "2024-Q1", "2024-Q3");
  }

  @Test
  void showsAnUnknownKpiAsADashNotAsNaN() {
    assertThat(summary(MiningConfig.defaults())).contains("–").doesNotContain("NaN");
  }

  @Test
  void namesEachStatusLeftWithoutACategoryAndWhereToSetIt() {
    PortfolioReport report =
        Reports.mine(
            List.of(
                anIssue()
                    .key("OLD-1")
                    .movedTo("Awaiting Merge", StatusCategory.UNKNOWN, 1)
                    .resolvedOnDay(9)
                    .build()),
            MiningConfig.defaults());
    StringWriter text = new StringWriter();
    new TextSummary(Messages.forLocale(Locale.ENGLISH), Locale.ENGLISH)
        .write(report, new PrintWriter(text));

    assertThat(text.toString())
        .contains("Status \"Awaiting Merge\" (1 issues went through it) has no category")
        .contains("status.Awaiting Merge=to-do, in-progress or done");
    assertThat(summary(MiningConfig.defaults())).doesNotContain("has no category");
  }

  @Test
  void leadsWithFailureHoursAgainstAllEffortAndTheAssumptionsBehindTheMoney() {
    PortfolioReport report =
        Reports.mine(
            List.of(
                anIssue()
                    .key("OLD-1")
                    .estimatedHours(10)
                    .spentHours(16)
                    .startedOnDay(1)
                    .resolvedOnDay(3)
                    .build(),
                anIssue().key("OLD-2").spentHours(4).startedOnDay(1).resolvedOnDay(2).build()),
            MiningConfig.defaults());
    StringWriter text = new StringWriter();
    new TextSummary(Messages.forLocale(Locale.ENGLISH), Locale.ENGLISH)
        .write(report, new PrintWriter(text));

    assertThat(text.toString())
        .contains("Failure took 6 hours, 30.0% of all 20 hours of effort (100.0% of it recorded")
        .contains("about USD 600")
        .contains("USD 100 an hour")
        .contains("no cost of delay set");
  }
}
