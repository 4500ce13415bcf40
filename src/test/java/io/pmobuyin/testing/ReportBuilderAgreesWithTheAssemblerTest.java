package io.pmobuyin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PortfolioReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReportBuilder} makes reports from the project figures a view test states, without mining:
 * the assembler cannot take those (it pools raw KPI inputs, not KPI values). So the builder sums
 * projects into pattern sections, trends and periods itself, and this test holds it to the
 * assembler: given the very project sections the assembler made from mined issues, the builder
 * makes the same report-level figures. Only the pooled KPIs differ by design: the builder pools
 * project KPIs weighted by issues, as the gadgets do ({@code WeightedKpis}).
 */
class ReportBuilderAgreesWithTheAssemblerTest {

  private static final Offset<Double> CENTS = Offset.offset(0.01);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void sumsProjectsIntoTheSamePatternsTrendsAndPeriods(long seed) {
    MiningConfig config =
        seed % 2 == 0
            ? MiningConfig.defaults()
            : MiningConfig.defaults().withPmoStart(IssueBuilder.date(200));
    PortfolioReport mined = Reports.mine(RandomPortfolio.of(seed, 6, 30), config);
    ReportBuilder builder = ReportBuilder.aReport().pmoStart(config.pmoStart());
    mined.projects().forEach(builder::project);

    PortfolioReport built = builder.build();

    assertThat(mined.patterns()).anySatisfy(p -> assertThat(p.cost().money()).isPositive());
    assertThat(mined.patterns()).anySatisfy(p -> assertThat(p.trend()).hasSizeGreaterThan(1));

    assertThat(built.projects()).isEqualTo(mined.projects());
    assertThat(built.patterns())
        .extracting(PatternSection::id)
        .containsExactlyInAnyOrderElementsOf(
            mined.patterns().stream().map(PatternSection::id).toList());
    for (PatternSection expected : mined.patterns()) {
      PatternSection actual =
          built.patterns().stream().filter(p -> p.id() == expected.id()).findFirst().orElseThrow();
      assertThat(actual.issues()).as(expected.id() + " issues").isEqualTo(expected.issues());
      assertThat(actual.projects()).as(expected.id() + " projects").isEqualTo(expected.projects());
      assertThat(actual.share()).as(expected.id() + " share").isEqualTo(expected.share());
      assertThat(actual.trend()).as(expected.id() + " trend").isEqualTo(expected.trend());
      assertThat(actual.beforePmo()).as(expected.id() + " before").isEqualTo(expected.beforePmo());
      assertThat(actual.afterPmo()).as(expected.id() + " after").isEqualTo(expected.afterPmo());
      assertThat(actual.cost().money())
          .as(expected.id() + " cost")
          .isCloseTo(expected.cost().money(), CENTS);
      assertThat(actual.cost().hours())
          .as(expected.id() + " hours")
          .isCloseTo(expected.cost().hours(), CENTS);
    }
    assertThat(periods(built, KpiPoint::period)).isEqualTo(periods(mined, KpiPoint::period));
    assertThat(periods(built, KpiPoint::projects)).isEqualTo(periods(mined, KpiPoint::projects));
    assertThat(built.portfolio().projects()).isEqualTo(mined.portfolio().projects());
    assertThat(built.portfolio().issues()).isEqualTo(mined.portfolio().issues());
    assertThat(built.portfolio().cost()).isCloseTo(mined.portfolio().cost(), CENTS);
  }

  private static <T> List<T> periods(PortfolioReport report, Function<KpiPoint, T> figure) {
    List<T> values = new ArrayList<>();
    report.trend().quarters().forEach(point -> values.add(figure.apply(point)));
    for (KpiPoint side : new KpiPoint[] {report.trend().beforePmo(), report.trend().afterPmo()}) {
      values.add(side == null ? null : figure.apply(side));
    }
    return values;
  }
}
