package io.pmobuyin.report.analysis;

/**
 * What a gadget shows: the projects of one category (or all), closed in one period, among those the
 * reader may see.
 *
 * @param category a project category as the report names it; null for every category
 * @param visible the projects the reader may see in aggregates; every project unless limited
 */
public record GadgetQuery(String category, ClosePeriod period, VisibleProjects visible) {

  public GadgetQuery {
    category = category == null || category.isBlank() ? null : category.strip();
    period = period == null ? ClosePeriod.ALL : period;
    visible = visible == null ? VisibleProjects.all() : visible;
  }

  /** A query over every project the report holds. */
  public GadgetQuery(String category, ClosePeriod period) {
    this(category, period, VisibleProjects.all());
  }

  public static GadgetQuery everything() {
    return new GadgetQuery(null, ClosePeriod.ALL);
  }

  /** From a gadget's saved preferences or a URL; missing or unknown values mean "all". */
  public static GadgetQuery of(String category, String periodId) {
    return new GadgetQuery(category, ClosePeriod.fromId(periodId));
  }

  /** The same query over only the projects the reader may see. */
  public GadgetQuery limitedTo(VisibleProjects projects) {
    return new GadgetQuery(category, period, projects);
  }

  public String periodId() {
    return period.id();
  }
}
