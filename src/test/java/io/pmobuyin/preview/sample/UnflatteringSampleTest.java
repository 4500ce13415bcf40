package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.testing.SampleGadgetData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sample must be able to fail the PMO: some projects closed since it started do not improve,
 * one pattern gets worse than it ever was, quarters stand on too few projects to read alone, and
 * one project's scope growth is an outlier. Mined by the real engine, as the preview mines it.
 */
class UnflatteringSampleTest {

  private static final PortfolioReport REPORT = SampleGadgetData.standard().report();
  private static final LocalDate PMO_START = REPORT.settings().pmoStart();

  private static List<ProjectSection> closed(boolean sincePmo) {
    return REPORT.projects().stream()
        .filter(p -> p.closed().isBefore(PMO_START) != sincePmo)
        .toList();
  }

  private static double share(ProjectSection project, PatternId id) {
    return project.patterns().stream()
        .filter(p -> p.id() == id)
        .mapToDouble(ProjectSection.ProjectPattern::share)
        .findFirst()
        .orElse(0);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void holdsProjectsSinceThePmoStartThatKeptTheirOldHabits() {
    double beforeMedian = median(closed(false).stream().map(p -> p.kpis().reworkRate()).toList());

    assertThat(closed(true).stream().filter(p -> p.kpis().reworkRate() >= beforeMedian))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void holdsAPatternThatGotWorseThanItEverWasBeforeThePmo() {
    double worstBefore =
        closed(false).stream().mapToDouble(p -> share(p, PatternId.HANDOFF_CHURN)).max().orElse(0);

    double worstSince =
        closed(true).stream().mapToDouble(p -> share(p, PatternId.HANDOFF_CHURN)).max().orElse(0);

    assertThat(worstSince).isGreaterThan(worstBefore);
  }

  @Test
  void holdsQuartersTooSmallToReadOnTheirOwnAndAScopeGrowthOutlier() {
    Map<String, Long> perQuarter = new TreeMap<>();
    REPORT
        .projects()
        .forEach(
            p ->
                perQuarter.merge(
                    p.closed().getYear() + "-Q" + ((p.closed().getMonthValue() + 2) / 3),
                    1L,
                    Long::sum));
    List<Double> growth =
        REPORT.projects().stream()
            .map(p -> p.kpis().scopeGrowth())
            .filter(Double::isFinite)
            .toList();

    assertThat(perQuarter.values()).anyMatch(n -> n < MinimumSample.PROJECTS);
    assertThat(growth.stream().mapToDouble(Double::doubleValue).max().orElse(0))
        .isGreaterThan(3 * median(growth));
  }
}
