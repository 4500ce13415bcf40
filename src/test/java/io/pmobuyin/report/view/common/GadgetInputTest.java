package io.pmobuyin.report.view.common;

import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.ReportBuilder;
import io.pmobuyin.value.ImprovementTargets;
import org.junit.jupiter.api.Test;

class GadgetInputTest {

  private static final ReportBuilder REPORT =
      aReport()
          .projects(
              aProject("A").category("Apps").issues(1_200).closed(2024, 1, 1),
              aProject("B").category("Apps").issues(34).closed(2024, 6, 1),
              aProject("C").category("Infra").issues(5).closed(2024, 6, 1));

  @Test
  void summarisesProjectsIssuesCategoryAndPeriodInOneLine() {
    GadgetInput input =
        anInput(REPORT).category("Apps").period(ClosePeriod.LAST_4_QUARTERS).build();

    // A and B: 1,200 + 34 issues
    assertThat(input.summary(input.selection()))
        .isEqualTo("2 closed projects, 1,234 issues · Apps · closed in the last 4 quarters");
  }

  @Test
  void saysAllCategoriesWhenNoneIsChosen() {
    GadgetInput input = anInput(REPORT).build();

    assertThat(input.summary(input.selection()))
        .isEqualTo("3 closed projects, 1,239 issues · all categories · closed at any time");
  }

  @Test
  void makesElementIdsUniqueToTheInstance() {
    assertThat(anInput(REPORT).instance("g-12").build().elementId("lessons"))
        .isEqualTo("pmo-g-12-lessons");
    assertThat(anInput(REPORT).build().elementId("lessons")).isEqualTo("pmo-lessons");
  }

  @Test
  void fillsInWhatTheCallerLeftOut() {
    GadgetInput input =
        new GadgetInput(REPORT.build(), null, null, null, null, BundleTexts.english(), null);

    assertThat(input.query()).isEqualTo(GadgetQuery.everything());
    assertThat(input.catalogue().entries()).isEmpty();
    assertThat(input.leadership().projects()).isEmpty();
    assertThat(input.targets()).isEqualTo(ImprovementTargets.defaults());
    assertThat(input.instance()).isEmpty();
  }

  @Test
  void formatsMoneyInTheReportsCurrencyAndTheReadersLocale() {
    GadgetInput input =
        anInput(REPORT.currency("EUR")).texts(new BundleTexts(java.util.Locale.GERMAN)).build();

    assertThat(input.figures().money(1_500_000)).isEqualTo("1,5\u00a0Mio. EUR");
  }
}
