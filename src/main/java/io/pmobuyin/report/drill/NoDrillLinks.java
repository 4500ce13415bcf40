package io.pmobuyin.report.drill;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import java.util.List;

/** Numbers that open nothing. */
enum NoDrillLinks implements DrillLinks {
  INSTANCE;

  @Override
  public List<DrillLink> pattern(
      PatternId pattern, List<ProjectSection> projects, GadgetQuery query) {
    return List.of();
  }

  @Override
  public List<DrillLink> quarter(String quarter, List<ProjectSection> projects, GadgetQuery query) {
    return List.of();
  }
}
