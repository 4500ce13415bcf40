package io.pmobuyin.run;

import io.pmobuyin.report.ProjectSection;
import java.time.LocalDate;
import java.util.List;

/**
 * What a trend across runs needs of one snapshot: when it was taken, and each closed project's key,
 * category, close date, size and KPIs. The projects carry no patterns and no evidence, so that many
 * snapshots can be kept in memory.
 *
 * @param pmoStart the start date the report was made with; null without one
 */
public record SnapshotProjects(
    SnapshotHeader header, LocalDate pmoStart, List<ProjectSection> projects) {

  public SnapshotProjects {
    projects = List.copyOf(projects);
  }

  static SnapshotProjects of(StoredReport stored) {
    return new SnapshotProjects(
        stored.header(),
        stored.report().settings().pmoStart(),
        stored.report().projects().stream()
            .map(
                p ->
                    new ProjectSection(
                        p.key(),
                        p.name(),
                        p.category(),
                        p.closed(),
                        p.issues(),
                        p.changelogsCutShort(),
                        p.kpis(),
                        List.of()))
            .toList());
  }
}
