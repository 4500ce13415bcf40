package io.pmobuyin.report.analysis;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.ProjectSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeenProjectsTest {

  private final List<ProjectSection> projects =
      aReport()
          .projects(
              aProject("A").issues(100).kpis(kpis().onTime(0.9)),
              aProject("B").issues(300).kpis(kpis().onTime(0.5)),
              aProject("C").issues(50))
          .build()
          .projects();

  @Test
  void countsOnlyTheProjectsTheReaderMaySee() {
    SeenProjects seen = SeenProjects.of(projects, VisibleProjects.only(List.of("A", "B")));

    assertThat(seen.projects()).isEqualTo(2);
    assertThat(seen.issues()).isEqualTo(400);
    assertThat(seen.wholePortfolio()).isFalse();
    // Weighted by issues: (0.9 * 100 + 0.5 * 300) / 400.
    assertThat(seen.kpis().onTimeRate()).isEqualTo(0.6);
  }

  @Test
  void isTheWholePortfolioOnlyWhenEveryProjectIsSeen() {
    assertThat(SeenProjects.of(projects, VisibleProjects.all()).wholePortfolio()).isTrue();
    assertThat(SeenProjects.of(projects, VisibleProjects.only(List.of())).projects()).isZero();
  }
}
