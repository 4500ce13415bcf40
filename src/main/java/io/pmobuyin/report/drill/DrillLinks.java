package io.pmobuyin.report.drill;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import java.util.List;

/**
 * Where a number on a gadget or in the brief leads: Jira's issue navigator inside Jira, the
 * evidence page in the preview. The side that renders chooses; the views only ask, so they stay the
 * same on both sides. Each answer is empty when there is nothing the reader may open.
 */
public interface DrillLinks {

  /**
   * The issues that showed a pattern in these projects (a pattern's count, its current share), in
   * parts when they are too many for one address.
   */
  List<DrillLink> pattern(PatternId pattern, List<ProjectSection> projects, GadgetQuery query);

  /**
   * The projects a KPI point stands on: those that closed in its quarter. A KPI is a figure per
   * project, weighted by its issues, so what stands behind a point is the projects, each with its
   * own figure; their late or reopened issues are what the pattern counts open.
   */
  List<DrillLink> quarter(String quarter, List<ProjectSection> projects, GadgetQuery query);

  /** No links: numbers stay plain text (a report rendered where nothing can be opened). */
  static DrillLinks none() {
    return NoDrillLinks.INSTANCE;
  }
}
