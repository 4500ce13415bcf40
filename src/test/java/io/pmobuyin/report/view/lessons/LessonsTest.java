package io.pmobuyin.report.view.lessons;

import static io.pmobuyin.mining.pattern.PatternId.ABANDONED_WORK;
import static io.pmobuyin.mining.pattern.PatternId.ESTIMATION_MISS;
import static io.pmobuyin.mining.pattern.PatternId.HANDOFF_CHURN;
import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCHEDULE_SLIP;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.mining.pattern.PatternId.VERSION_CARRY_OVER;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonsTest {

  private static LessonsView lessons(ReportBuilder report) {
    return Lessons.build(anInput(report).build());
  }

  private static LessonRow row(LessonsView view, PatternId id) {
    return view.rows().stream().filter(r -> r.id().equals(id.name())).findFirst().orElseThrow();
  }

  private static CsvTable table(LessonsView view, String name) {
    return view.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** Before: 1,000 issues closed in December 2023; since: 1,000 closed in February 2024. */
  private static ReportBuilder beforeAndSince(
      ReportBuilder.ProjectBuilder before, ReportBuilder.ProjectBuilder since) {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(before.closed(2023, 12, 1).issues(1_000), since.closed(2024, 2, 1).issues(1_000));
  }

  @Test
  void showsAtMostFivePatternsMostCommonFirstTiesByCatalogueOrder() {
    ReportBuilder report =
        aReport()
            .project(
                aProject("A")
                    .issues(100)
                    .pattern(SCHEDULE_SLIP, 5, 500.0)
                    .pattern(VERSION_CARRY_OVER, 40, 500.0)
                    .pattern(SCOPE_CREEP, 30, 500.0)
                    .pattern(REWORK, 20, 500.0)
                    .pattern(LATE_DEFECTS, 10, 500.0)
                    .pattern(ESTIMATION_MISS, 25, 500.0)
                    .pattern(ABANDONED_WORK, 1, 500.0)
                    .pattern(HANDOFF_CHURN, 30, 500.0));

    LessonsView view = lessons(report);

    // 40 %, then scope creep and handoff churn tied at 30 % (catalogue order), 25 %, 20 %.
    assertThat(view.rows())
        .extracting(LessonRow::id)
        .containsExactly(
            "VERSION_CARRY_OVER", "SCOPE_CREEP", "HANDOFF_CHURN", "ESTIMATION_MISS", "REWORK");
    assertThat(view.empty()).isFalse();
  }

  @Test
  void describesEachPatternInWordsAndFormattedNumbers() {
    ReportBuilder report =
        aReport()
            .projects(
                aProject("A").issues(100).closed(2024, 2, 1).pattern(SCOPE_CREEP, 30, 3_000.0),
                aProject("B").issues(300).closed(2024, 8, 1).pattern(SCOPE_CREEP, 30, 3_000.0),
                aProject("C").issues(100).closed(2024, 8, 2));

    LessonRow creep = row(lessons(report), SCOPE_CREEP);

    assertThat(creep.name()).isEqualTo("Scope creep");
    assertThat(creep.share()).isEqualTo("12.0%"); // 60 / 500
    assertThat(creep.issues()).isEqualTo("60");
    assertThat(creep.projects()).isEqualTo("in 2 of 3 projects");
    // 2024-Q1: 30 of 100; 2024-Q2 empty; 2024-Q3: 30 of 400
    assertThat(creep.sparklineHtml())
        .startsWith("<svg")
        .contains(
            "aria-label=\"Scope creep, share of issues by quarter: 2024-Q1 30.0% → 2024-Q3 7.5%\"");
  }

  /**
   * Six projects closed before the PMO start and six since, of 1,000 issues each, showing the
   * pattern in these numbers of issues.
   */
  private static ReportBuilder sides(PatternId pattern, int[] before, int[] since) {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2024, 1, 1));
    for (int i = 0; i < before.length; i++) {
      report.project(
          aProject("B" + i).closed(2023, 1 + i, 1).issues(1_000).pattern(pattern, before[i], 1.0));
    }
    for (int i = 0; i < since.length; i++) {
      report.project(
          aProject("S" + i).closed(2024, 2 + i, 1).issues(1_000).pattern(pattern, since[i], 1.0));
    }
    return report;
  }

  @Test
  void callsAShareThatFellBeyondItsIntervalImprovedInAWordAndASymbol() {
    LessonRow creep =
        row(
            lessons(
                sides(
                    SCOPE_CREEP,
                    new int[] {290, 300, 310, 295, 305, 300},
                    new int[] {145, 150, 155, 150, 148, 152})),
            SCOPE_CREEP);

    assertThat(creep.direction()).isEqualTo("better");
    assertThat(creep.change()).startsWith("30.0% → 15.0% · ✓ Improved (95% interval −");
  }

  @Test
  void callsAShareThatRoseBeyondItsIntervalWorse() {
    LessonRow rework =
        row(
            lessons(
                sides(
                    REWORK,
                    new int[] {95, 100, 105, 100, 98, 102},
                    new int[] {195, 200, 205, 200, 198, 202})),
            REWORK);

    assertThat(rework.direction()).isEqualTo("worse");
    assertThat(rework.change()).startsWith("10.0% → 20.0% · ✗ Got worse (95% interval +");
  }

  @Test
  void callsAChangeWhoseIntervalSpansNoChangeNoClearChange() {
    LessonRow late =
        row(
            lessons(
                sides(
                    LATE_DEFECTS,
                    new int[] {100, 300, 150, 250, 200, 200},
                    new int[] {290, 110, 240, 160, 196, 180})),
            LATE_DEFECTS);

    assertThat(late.direction()).isEqualTo("unclear");
    assertThat(late.change()).contains("≈ No clear change yet");
  }

  @Test
  void callsAComparisonOfTooFewProjectsTooLittleDataWhateverTheShares() {
    LessonRow creep =
        row(
            lessons(
                beforeAndSince(
                    aProject("B").pattern(SCOPE_CREEP, 300, 1_000.0),
                    aProject("S").pattern(SCOPE_CREEP, 150, 1_000.0))),
            SCOPE_CREEP);

    assertThat(creep.direction()).isEqualTo("unknown");
    assertThat(creep.change()).isEqualTo("30.0% → 15.0% · ? Too little data");
  }

  @Test
  void callsTheDirectionUnknownWithoutAPmoStart() {
    LessonRow creep =
        row(
            lessons(
                aReport()
                    .projects(
                        aProject("B").closed(2023, 1, 1).pattern(SCOPE_CREEP, 30, 1_000.0),
                        aProject("S").closed(2024, 1, 1).pattern(SCOPE_CREEP, 10, 1_000.0))),
            SCOPE_CREEP);

    assertThat(creep.direction()).isEqualTo("unknown");
    assertThat(creep.change()).isEqualTo("No comparison yet");
  }

  @Test
  void callsTheDirectionUnknownWhenNoProjectClosedOnOneSide() {
    ReportBuilder nothingSince =
        aReport()
            .pmoStart(LocalDate.of(2025, 1, 1))
            .project(aProject("B").closed(2024, 1, 1).pattern(SCOPE_CREEP, 30, 1_000.0));
    ReportBuilder nothingBefore =
        aReport()
            .pmoStart(LocalDate.of(2020, 1, 1))
            .project(aProject("S").closed(2024, 1, 1).pattern(SCOPE_CREEP, 30, 1_000.0));

    assertThat(row(lessons(nothingSince), SCOPE_CREEP).direction()).isEqualTo("unknown");
    assertThat(row(lessons(nothingBefore), SCOPE_CREEP).direction()).isEqualTo("unknown");
  }

  @Test
  void isEmptyWhenTheQueryMatchesNoProject() {
    LessonsView view =
        Lessons.build(
            anInput(aReport().project(aProject("A").category("Apps").pattern(REWORK, 5, 500.0)))
                .category("Infra")
                .build());

    assertThat(view.empty()).isTrue();
    assertThat(view.rows()).isEmpty();
    assertThat(view.summary())
        .isEqualTo("0 closed projects, 0 issues · Infra · closed at any time");
  }

  @Test
  void exportsOneRowPerPatternSeenAndOnePerPatternAndQuarter() {
    ReportBuilder report =
        aReport()
            .pmoStart(LocalDate.of(2024, 4, 1))
            .projects(
                aProject("A")
                    .closed(2024, 2, 1)
                    .issues(100)
                    .pattern(SCOPE_CREEP, 30, 3_000.0)
                    .pattern(REWORK, 10, 1_000.0),
                aProject("B").closed(2024, 8, 1).issues(200).pattern(SCOPE_CREEP, 20, 2_000.0));

    LessonsView view = lessons(report);
    CsvTable lessons = table(view, "lessons");
    CsvTable byQuarter = table(view, "lessons-by-quarter");

    // two patterns seen: scope creep 50 / 300, rework 10 / 300
    assertThat(lessons.rows())
        .containsExactly(
            List.of("SCOPE_CREEP", "Scope creep", "50", "2", "0.1667", "0.3", "0.1"),
            List.of("REWORK", "Rework", "10", "1", "0.0333", "0.1", "0"));
    // two patterns × three quarters (2024-Q2 had no closed project: no share)
    assertThat(byQuarter.rows()).hasSize(6);
    assertThat(byQuarter.rows())
        .contains(
            List.of("SCOPE_CREEP", "Scope creep", "2024-Q1", "100", "30", "0.3"),
            List.of("SCOPE_CREEP", "Scope creep", "2024-Q2", "0", "0", ""),
            List.of("REWORK", "Rework", "2024-Q3", "200", "0", "0"));
  }

  @Test
  void exportsEveryPatternSeenEvenBeyondTheFiveShown() {
    ReportBuilder.ProjectBuilder project = aProject("A").issues(100);
    PatternId[] seven = {
      SCHEDULE_SLIP,
      VERSION_CARRY_OVER,
      SCOPE_CREEP,
      REWORK,
      LATE_DEFECTS,
      ESTIMATION_MISS,
      ABANDONED_WORK
    };
    for (int i = 0; i < seven.length; i++) {
      project.pattern(seven[i], i + 1, 100.0);
    }

    LessonsView view = lessons(aReport().project(project));

    assertThat(view.rows()).hasSize(Lessons.SHOWN);
    assertThat(table(view, "lessons").rows()).hasSize(7);
    assertThat(table(view, "lessons-by-quarter").rows()).hasSize(7); // one quarter each
  }
}
