package io.pmobuyin.report.view.common;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.report.view.CsvWriter;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines under every view that say when its data was mined and what its money assumes. */
class GadgetNotesTest {

  /** ABC closes on day 9 (2024-01-10), XYZ on day 40; XYZ-1 is the first to carry a PMO Scope. */
  private static final List<IssueRecord> ISSUES =
      List.of(
          anIssue()
              .key("ABC-1")
              .estimatedHours(10)
              .spentHours(16)
              .startedOnDay(1)
              .resolvedOnDay(9)
              .build(),
          anIssue()
              .key("XYZ-1")
              .createdOnDay(100)
              .pmoScope("risk-review")
              .spentHours(4)
              .startedOnDay(101)
              .resolvedOnDay(140)
              .build());

  private static GadgetInput input(MiningConfig config) {
    return anInput(Reports.mine(ISSUES, config)).build();
  }

  @Test
  void datesTheDataByTheNewestProjectCloseAndWhenItWasMined() {
    assertThat(GadgetNotes.dataAsOf(input(MiningConfig.defaults())))
        .isEqualTo(
            "Data to "
                + IssueBuilder.date(140)
                + " (the newest project close shown), mined 2026-12-01 06:00 (UTC).");
  }

  @Test
  void saysWhereToSetAMissingPmoStartAndSuggestsTheQuarterPmoScopeWasFirstUsed() {
    // XYZ-1 was created on 2024-04-10: the quarter begins 2024-04-01.
    assertThat(GadgetNotes.setup(input(MiningConfig.defaults())))
        .contains("No PMO start date is set")
        .contains("Costs and thresholds", "pmoStart in the --config file")
        .contains("quarter starting 2024-04-01");
    assertThat(
            GadgetNotes.setup(input(MiningConfig.defaults().withPmoStart(IssueBuilder.date(50)))))
        .isNull();
  }

  @Test
  void statesTheRateTheFallbackHoursTheMissingCostOfDelayAndTheShareOfEffortFailureTook() {
    // ABC-1 ran 6 hours over its estimate; all effort is 16 + 4 hours, all of it logged.
    assertThat(GadgetNotes.assumptions(input(MiningConfig.defaults())))
        .contains("Money at 100 USD an hour (4 h for an issue with neither")
        .contains("no cost of delay set")
        .contains("Failure took 6 h, 30.0% of all 20 h of effort (100.0% of it logged)");
  }

  @Test
  void showsTheNotesInEveryGadgetAndTheMoneyOnesWhereThereIsMoney() {
    GadgetInput input = input(MiningConfig.defaults());

    assertThat(GadgetNotes.of(input, false)).hasSize(2);
    assertThat(GadgetNotes.of(input, true)).hasSize(3);
  }

  @Test
  void headsTheScorecardCsvWithTheNotesAndLeavesItsTableAsItWas() {
    GadgetInput input = input(MiningConfig.defaults());
    CsvTable table = Gadget.SCORECARD.view(input).table("scorecard").orElseThrow();

    String csv = Gadget.SCORECARD.csv(input, "scorecard").orElseThrow();

    assertThat(csv)
        .startsWith("# " + GadgetNotes.dataAsOf(input) + "\r\n")
        .contains("# " + GadgetNotes.assumptions(input) + "\r\n")
        .endsWith(CsvWriter.text(table));
  }
}
