package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.PatternChange;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.report.plan.ActionEffect;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.SampleGadgetData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample's improvement plan, measured by the real engine on the mined sample: it must show a
 * PMO's actions failing as well as working, so that the preview never sells only wins.
 */
class SamplePlanTest {

  private static final PortfolioReport REPORT = SampleGadgetData.standard().report();
  private static final ServiceCatalogue CATALOGUE = SampleGadgetData.standard().catalogue();

  private static final List<ActionEffect> EFFECTS =
      REPORT.plan().actions().stream()
          .map(
              a ->
                  ActionEffect.of(
                      a, ProjectSelection.of(REPORT, GadgetQuery.everything()), CATALOGUE))
          .toList();

  @Test
  void comesWithTheMinedSample() {
    assertThat(REPORT.plan().actions())
        .extracting(ImprovementAction::key)
        .containsExactly("PMO-1", "PMO-2", "PMO-3", "PMO-4", "PMO-5");
  }

  @Test
  void holdsAnActionWhosePatternsImprovedAndOneWhosePatternsDidNot() {
    assertThat(verdicts("PMO-1")).containsOnly(Verdict.IMPROVED);
    assertThat(verdicts("PMO-3")).singleElement().isIn(Verdict.NO_CLEAR_CHANGE, Verdict.WORSE);
  }

  @Test
  void holdsAnActionNotYetStartedAndOneOnTooFewProjectsToTell() {
    ActionEffect notStarted = effect("PMO-4");
    assertThat(notStarted.action().hasStarted()).isFalse();
    assertThat(notStarted.projectsSince()).isZero();

    ActionEffect pilot = effect("PMO-5");
    assertThat(pilot.projectsSince()).isEqualTo(SampleActions.SCOPE_GATE_PILOTS.size());
    assertThat(verdicts("PMO-5")).containsOnly(Verdict.TOO_LITTLE_DATA);
  }

  private static ActionEffect effect(String key) {
    return EFFECTS.stream().filter(e -> e.action().key().equals(key)).findFirst().orElseThrow();
  }

  private static List<Verdict> verdicts(String key) {
    return effect(key).changes().values().stream().map(PatternChange::verdict).toList();
  }
}
