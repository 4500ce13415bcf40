package io.pmobuyin.report.analysis;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.report.ProjectSection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {

  /** One project per on-time rate, with these issues each. */
  private static WeightedSample onTime(long issues, double... rates) {
    List<ProjectSection> projects = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      projects.add(aProject("P" + i).issues(issues).kpis(kpis().onTime(rates[i])).build());
    }
    return WeightedSample.of(projects, KpiMeasure.ON_TIME_RATE);
  }

  private static final WeightedSample BEFORE = onTime(100, 0.42, 0.55, 0.61, 0.38, 0.5, 0.47);
  private static final WeightedSample SINCE = onTime(100, 0.58, 0.71, 0.49, 0.66, 0.74, 0.6);

  @Test
  void givesTheSameIntervalEveryTimeForTheSameProjects() {
    BootstrapInterval first = BootstrapInterval.of(BEFORE, SINCE);
    BootstrapInterval again =
        BootstrapInterval.of(
            onTime(100, 0.42, 0.55, 0.61, 0.38, 0.5, 0.47),
            onTime(100, 0.58, 0.71, 0.49, 0.66, 0.74, 0.6));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void putsTheObservedChangeInsideItsInterval() {
    BootstrapInterval interval = BootstrapInterval.of(BEFORE, SINCE);

    // means 2.93 / 6 and 3.78 / 6: change 0.85 / 6
    assertThat(interval.change()).isCloseTo(0.85 / 6, within(1e-12));
    assertThat(interval.low()).isLessThanOrEqualTo(interval.change());
    assertThat(interval.high()).isGreaterThanOrEqualTo(interval.change());
    assertThat(interval.low()).isLessThan(interval.high());
  }

  @Test
  void shrinksToAPointWhenEveryProjectOnEachSideHasTheSameValue() {
    BootstrapInterval interval =
        BootstrapInterval.of(onTime(100, 0.4, 0.4, 0.4, 0.4, 0.4), onTime(50, 0.7, 0.7, 0.7));

    // any resample of constants has the same mean: 0.7 − 0.4 every time
    assertThat(interval.change()).isCloseTo(0.3, within(1e-12));
    assertThat(interval.low()).isEqualTo(interval.change());
    assertThat(interval.high()).isEqualTo(interval.change());
    assertThat(interval.excludesZero()).isTrue();
  }

  @Test
  void findsNoChangeBetweenIdenticalConstantSides() {
    BootstrapInterval interval =
        BootstrapInterval.of(onTime(100, 0.5, 0.5, 0.5), onTime(100, 0.5, 0.5, 0.5));

    assertThat(interval.change()).isZero();
    assertThat(interval.low()).isZero();
    assertThat(interval.high()).isZero();
    assertThat(interval.excludesZero()).isFalse();
  }

  @Test
  void excludesZeroOnlyWhenTheWholeIntervalIsOnOneSide() {
    assertThat(new BootstrapInterval(0.1, 0.02, 0.2).excludesZero()).isTrue();
    assertThat(new BootstrapInterval(-0.1, -0.2, -0.02).excludesZero()).isTrue();
    assertThat(new BootstrapInterval(0.1, -0.01, 0.2).excludesZero()).isFalse();
    assertThat(new BootstrapInterval(0.1, 0, 0.2).excludesZero()).isFalse();
  }

  @Test
  void weighsEachProjectByItsIssuesAndSkipsThoseWithoutTheMeasure() {
    List<ProjectSection> projects =
        List.of(
            aProject("A").issues(100).kpis(kpis().onTime(0.4)).build(),
            aProject("B").issues(300).kpis(kpis().onTime(0.8)).build(),
            aProject("C").issues(500).kpis(kpis().onTime(Double.NaN)).build(),
            aProject("EMPTY").issues(0).kpis(kpis().onTime(0.1)).build());

    WeightedSample sample = WeightedSample.of(projects, KpiMeasure.ON_TIME_RATE);

    assertThat(sample.size()).isEqualTo(2);
    assertThat(sample.mean()).isCloseTo(0.7, within(1e-12)); // (40 + 240) / 400
    assertThat(WeightedSample.of(List.of(), KpiMeasure.ON_TIME_RATE).mean()).isNaN();
  }
}
