package io.pmobuyin.preview.server;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's evidence page: what stands behind one number of a gadget, from the report alone (it
 * keeps keys, not summaries). A pattern's count lists every issue that showed it, by project, with
 * the rule that made each count; a KPI point lists the projects that closed in its quarter, each
 * with its own figures.
 *
 * @param heading what the number was
 * @param why why each listed item counts
 * @param summary how many, over which projects, with the gadget's settings
 * @param back the dashboard, with the settings the link came from
 */
public record EvidencePage(
    String heading, String why, String summary, String back, List<Group> groups, boolean empty) {

  /**
   * One project's part.
   *
   * @param keys its issue keys, when the page lists issues; else empty
   * @param figures its figures, when the page lists projects; else empty
   */
  public record Group(
      String key, String name, String closed, String count, List<String> keys, String figures) {}

  public EvidencePage {
    groups = List.copyOf(groups);
  }

  /**
   * A pattern's issues in the selected projects, or in those of them a link names; empty when no
   * such pattern.
   *
   * @param only project keys, comma-separated, or null for every selected project
   */
  static Optional<EvidencePage> pattern(GadgetInput input, String id, String only, String back) {
    PatternId pattern;
    try {
      pattern = PatternId.valueOf(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
    Texts texts = input.texts();
    Figures figures = input.figures();
    ProjectSelection selection = input.selection();
    List<Group> groups = new ArrayList<>();
    long issues = 0;
    Set<String> named = only == null ? null : new HashSet<>(Arrays.asList(only.split(",")));
    for (ProjectSection project : selection.projects()) {
      if (named != null && !named.contains(project.key())) {
        continue;
      }
      for (ProjectPattern shown : project.patterns()) {
        if (shown.id() == pattern && shown.issueKeys() != null && !shown.issueKeys().isEmpty()) {
          issues += shown.issueKeys().size();
          groups.add(
              new Group(
                  project.key(),
                  project.name(),
                  project.closed().toString(),
                  texts.text(
                      "pmobuyin.evidence.issues-of",
                      figures.whole(shown.issueKeys().size()),
                      figures.whole(project.issues())),
                  shown.issueKeys().keys(),
                  ""));
        }
      }
    }
    String name = texts.text(pattern.nameKey());
    return Optional.of(
        new EvidencePage(
            texts.text("pmobuyin.evidence.pattern.heading", name),
            texts.text("pmobuyin.evidence.pattern.why", texts.text(pattern.explanationKey())),
            texts.text(
                "pmobuyin.evidence.pattern.summary",
                figures.whole(issues),
                figures.whole(groups.size()),
                input.summary(selection)),
            back,
            groups,
            groups.isEmpty()));
  }

  /** The projects a quarter's KPI points stand on. */
  static EvidencePage quarter(GadgetInput input, String quarter, String back) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    ProjectSelection selection = input.selection();
    Map<String, List<ProjectSection>> quarters = selection.everyQuarter();
    List<Group> groups = new ArrayList<>();
    for (ProjectSection project : quarters.getOrDefault(quarter, List.of())) {
      DeliveryKpis kpis = project.kpis();
      groups.add(
          new Group(
              project.key(),
              project.name(),
              project.closed().toString(),
              texts.text("pmobuyin.evidence.project.issues", figures.whole(project.issues())),
              List.of(),
              texts.text(
                  "pmobuyin.evidence.project.kpis",
                  figures.percent(kpis.onTimeRate()),
                  figures.decimal(kpis.medianSlipDays()),
                  figures.percent(kpis.scopeGrowth()),
                  figures.percent(kpis.reworkRate()))));
    }
    return new EvidencePage(
        texts.text("pmobuyin.evidence.quarter.heading", quarter),
        texts.text("pmobuyin.evidence.quarter.why"),
        texts.text(
            "pmobuyin.evidence.quarter.summary",
            figures.whole(groups.size()),
            input.summary(selection)),
        back,
        groups,
        groups.isEmpty());
  }
}
