package io.pmobuyin.report.view.leaders;

import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.report.view.sponsors.Exposure;
import io.pmobuyin.report.view.sponsors.SponsorBrief;
import io.pmobuyin.scope.ProjectLeadership;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Builds gadget 6 from the active projects of the portfolio, in project-name order. */
public final class Leaders {

  private Leaders() {}

  public static LeadersView build(GadgetInput input) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    Collator byName = Collator.getInstance(texts.locale());
    List<ProjectLeadership> active =
        input.leadership().active().stream()
            .filter(p -> SponsorBrief.inCategory(input.query(), p.category()))
            .sorted(
                Comparator.comparing(ProjectLeadership::projectName, byName)
                    .thenComparing(ProjectLeadership::projectKey))
            .toList();
    List<LeaderRow> rows = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (ProjectLeadership project : active) {
      List<PatternFigures> exposure =
          Exposure.of(
              selection, project.category() == null ? Set.of() : Set.of(project.category()));
      String lead =
          project.lead() == null ? texts.text("pmobuyin.gadget.leaders.no-lead") : project.lead();
      String sponsor =
          project.sponsor() == null
              ? texts.text("pmobuyin.gadget.leaders.no-sponsor")
              : project.sponsor();
      rows.add(
          new LeaderRow(
              project.projectName(),
              project.projectKey(),
              project.category() == null ? "" : project.category(),
              lead,
              project.lead() != null && project.leadInactive(),
              sponsor,
              project.sponsor() == null,
              project.sponsor() != null && project.sponsorInactive(),
              Exposure.words(exposure, texts, figures)));
      csv.add(
          List.of(
              project.projectKey(),
              project.projectName(),
              project.category() == null ? "" : project.category(),
              project.lead() == null ? "" : project.lead(),
              project.sponsor() == null ? "" : project.sponsor(),
              String.join(" ", exposure.stream().map(p -> p.id().name()).toList())));
    }
    return new LeadersView(
        texts.text("pmobuyin.gadget.leaders.summary", figures.whole(rows.size())),
        rows.isEmpty(),
        rows,
        List.of(
            new CsvTable(
                "leaders",
                List.of("project_key", "project", "category", "lead", "sponsor", "exposed_to"),
                csv)));
  }
}
