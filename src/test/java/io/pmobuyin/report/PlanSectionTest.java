package io.pmobuyin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.mining.pattern.PatternId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanSectionTest {

  @Test
  void ordersActionsAsJiraOrdersIssueKeys() {
    PlanSection plan =
        new PlanSection(
            List.of(action("PMO-10"), action("OPS-3"), action("PMO-2"), action("PMO-X")));

    assertThat(plan.actions())
        .extracting(ImprovementAction::key)
        .containsExactly("OPS-3", "PMO-2", "PMO-10", "PMO-X");
  }

  @Test
  void refusesAnActionTwice() {
    assertThatThrownBy(() -> new PlanSection(List.of(action("PMO-1"), action("PMO-1"))))
        .hasMessageContaining("once");
  }

  @Test
  void keepsTheProjectsOfAnActionSortedSoThatTheReportReadsTheSameEachRun() {
    ImprovementAction action =
        new ImprovementAction(
            "PMO-1", null, null, false, List.of(PatternId.REWORK), null, Set.of("ZZ", "AB", "M"));

    assertThat(action.projects()).containsExactly("AB", "M", "ZZ");
    assertThat(action.title()).isEmpty();
    assertThat(action.services()).isEmpty();
    assertThat(action.appliesToEveryProject()).isFalse();
  }

  @Test
  void keepsTheServicesOfAnActionSorted() {
    ImprovementAction action =
        new ImprovementAction(
            "PMO-1",
            "",
            "",
            false,
            List.of(PatternId.REWORK),
            null,
            null,
            Set.of("risk-review", "delivery"));

    assertThat(action.services()).containsExactly("delivery", "risk-review");
    assertThat(action.projects()).isEmpty();
    assertThat(action.appliesToEveryProject()).isFalse();
  }

  private static ImprovementAction action(String key) {
    return new ImprovementAction(
        key, "", "", false, List.of(PatternId.REWORK), LocalDate.of(2024, 1, 1), Set.of());
  }
}
