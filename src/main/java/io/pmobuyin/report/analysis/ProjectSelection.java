package io.pmobuyin.report.analysis;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.Quarter;
import io.pmobuyin.value.EffortFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The closed projects a gadget's query picks from a report, and how they split in time. Only
 * projects the reader may see are picked, and only their categories offered; the period still
 * counts back from the newest quarter of the whole report, so "the last four quarters" are the same
 * quarters for every reader, and the selections of readers who see different projects add up to the
 * selection of one who sees them all.
 */
public final class ProjectSelection {

  private final List<ProjectSection> projects;
  private final LocalDate pmoStart;
  private final List<String> categories;
  private final boolean wholeReport;
  private final Map<PatternId, List<ValueArea>> areas;

  private ProjectSelection(
      List<ProjectSection> projects,
      LocalDate pmoStart,
      List<String> categories,
      boolean wholeReport,
      Map<PatternId, List<ValueArea>> areas) {
    this.projects = projects;
    this.pmoStart = pmoStart;
    this.categories = categories;
    this.wholeReport = wholeReport;
    this.areas = areas;
  }

  /** The value areas the report split this pattern's money over (the admin's, or built in). */
  public List<ValueArea> areasOf(PatternId pattern) {
    return areas.getOrDefault(pattern, pattern.valueAreas());
  }

  public static ProjectSelection of(PortfolioReport report, GadgetQuery query) {
    List<ProjectSection> all = report.projects();
    Quarter newest =
        all.stream().map(p -> Quarter.of(p.closed())).max(Quarter::compareTo).orElse(null);
    Quarter oldestKept =
        newest == null || query.period().quarters() == 0
            ? null
            : newest.plus(-(query.period().quarters() - 1));
    List<ProjectSection> picked = new ArrayList<>();
    List<ProjectSection> visible = new ArrayList<>();
    for (ProjectSection project : all) {
      if (!query.visible().includes(project.key())) {
        continue;
      }
      visible.add(project);
      boolean inCategory = query.category() == null || query.category().equals(project.category());
      boolean inPeriod =
          oldestKept == null || Quarter.of(project.closed()).compareTo(oldestKept) >= 0;
      if (inCategory && inPeriod) {
        picked.add(project);
      }
    }
    List<String> categories =
        List.copyOf(
            visible.stream()
                .map(ProjectSection::category)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    Map<PatternId, List<ValueArea>> areas = new EnumMap<>(PatternId.class);
    report.patterns().forEach(pattern -> areas.put(pattern.id(), pattern.valueAreas()));
    return new ProjectSelection(
        List.copyOf(picked),
        report.settings().pmoStart(),
        categories,
        picked.size() == all.size(),
        areas);
  }

  /** The same report's view of fewer projects: a subset of this selection. */
  public ProjectSelection narrowedTo(List<ProjectSection> subset) {
    return new ProjectSelection(
        List.copyOf(subset),
        pmoStart,
        categories,
        wholeReport && subset.size() == projects.size(),
        areas);
  }

  /**
   * Every project of the report is picked: figures the report pools over all issues (rather than
   * per project) hold for this selection too.
   */
  public boolean coversWholeReport() {
    return wholeReport;
  }

  public List<ProjectSection> projects() {
    return projects;
  }

  /**
   * The chosen projects' effort, added up; null when any of them comes from a report that did not
   * yet keep effort, since a sum over part of them would understate it.
   */
  public EffortFigures effort() {
    EffortFigures sum = EffortFigures.NONE;
    for (ProjectSection project : projects()) {
      if (project.effort() == null) {
        return null;
      }
      sum = sum.plus(project.effort());
    }
    return sum;
  }

  public boolean isEmpty() {
    return projects.isEmpty();
  }

  public long issues() {
    return projects.stream().mapToLong(ProjectSection::issues).sum();
  }

  /**
   * Every category of the projects the reader may see, whatever else the query picked: the choices
   * for the gadget's form.
   */
  public List<String> categories() {
    return categories;
  }

  /** Null when no PMO start date is set. */
  public LocalDate pmoStart() {
    return pmoStart;
  }

  public List<ProjectSection> closedBeforePmo() {
    return pmoStart == null
        ? List.of()
        : projects.stream().filter(p -> p.closed().isBefore(pmoStart)).toList();
  }

  public List<ProjectSection> closedSincePmo() {
    return pmoStart == null
        ? List.of()
        : projects.stream().filter(p -> !p.closed().isBefore(pmoStart)).toList();
  }

  /** Quarter label to the projects closed in it, oldest first; quarters without any are absent. */
  public SortedMap<String, List<ProjectSection>> byQuarter() {
    SortedMap<String, List<ProjectSection>> quarters = new TreeMap<>();
    for (ProjectSection project : projects) {
      quarters.computeIfAbsent(quarterOf(project.closed()), q -> new ArrayList<>()).add(project);
    }
    return quarters;
  }

  /**
   * Every quarter from the oldest to the newest of the selection, empty ones included, so that
   * charts show a gap where nothing closed.
   */
  public SortedMap<String, List<ProjectSection>> everyQuarter() {
    SortedMap<String, List<ProjectSection>> known = byQuarter();
    SortedMap<String, List<ProjectSection>> all = new TreeMap<>();
    if (known.isEmpty()) {
      return all;
    }
    Quarter first = null;
    Quarter last = null;
    for (ProjectSection project : projects) {
      Quarter q = Quarter.of(project.closed());
      first = first == null || q.compareTo(first) < 0 ? q : first;
      last = last == null || q.compareTo(last) > 0 ? q : last;
    }
    for (Quarter q = first; q.compareTo(last) <= 0; q = q.plus(1)) {
      all.put(q.label(), known.getOrDefault(q.label(), List.of()));
    }
    return all;
  }

  /** The first quarter that starts on or after the PMO start date; null without a start date. */
  public String firstQuarterSincePmo() {
    if (pmoStart == null) {
      return null;
    }
    Quarter quarter = Quarter.of(pmoStart);
    return (quarter.startsOn(pmoStart) ? quarter : quarter.plus(1)).label();
  }

  public static String quarterOf(LocalDate day) {
    return Quarter.of(day).label();
  }
}
