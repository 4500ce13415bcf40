package io.pmobuyin.report.view;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.value.ValueRates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value areas an admin gives a pattern reach the report and every view built from it. */
class ValueAreasTest {

  /** Six hours over a ten-hour estimate: 600 USD of estimation miss, financial by default. */
  private static final List<IssueRecord> MISS =
      List.of(
          anIssue()
              .key("ABC-1")
              .estimatedHours(10)
              .spentHours(16)
              .startedOnDay(1)
              .resolvedOnDay(3)
              .build());

  private static PatternSection miss(PortfolioReport report) {
    return report.patterns().stream()
        .filter(p -> p.id() == PatternId.ESTIMATION_MISS)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void splitsAPatternsMoneyOverTheBuiltInAreasByDefault() {
    PortfolioReport report = Reports.mine(MISS, MiningConfig.defaults());

    assertThat(miss(report).valueAreas()).containsExactly(ValueArea.FINANCIAL);
    assertThat(report.portfolio().costByArea().get(ValueArea.FINANCIAL))
        .isCloseTo(600, within(1e-6));
  }

  @Test
  void splitsItOverTheAreasTheAdminGaveItInTheReportAndInTheViews() {
    ValueRates rates =
        new ValueRates(
            100,
            0,
            "USD",
            4,
            Map.of(PatternId.ESTIMATION_MISS, List.of(ValueArea.EMPLOYEE, ValueArea.CUSTOMER)));

    PortfolioReport report = Reports.mine(MISS, MiningConfig.defaults(), rates);
    Map<ValueArea, Double> inTheView =
        PatternFigures.of(anInput(report).build().selection()).stream()
            .filter(p -> p.id() == PatternId.ESTIMATION_MISS)
            .findFirst()
            .orElseThrow()
            .costByArea();

    assertThat(miss(report).valueAreas()).containsExactly(ValueArea.EMPLOYEE, ValueArea.CUSTOMER);
    assertThat(report.portfolio().costByArea())
        .containsEntry(ValueArea.EMPLOYEE, 300.0)
        .containsEntry(ValueArea.CUSTOMER, 300.0)
        .containsEntry(ValueArea.FINANCIAL, 0.0);
    assertThat(inTheView).isEqualTo(report.portfolio().costByArea());
  }
}
