package io.pmobuyin.report.view;

/**
 * What a gadget shows: the projects of one category (or all), closed in one period.
 *
 * @param category a project category as the report names it; null for every category
 */
public record GadgetQuery(String category, ClosePeriod period) {

  public GadgetQuery {
    category = category == null || category.isBlank() ? null : category.strip();
    period = period == null ? ClosePeriod.ALL : period;
  }

  public static GadgetQuery everything() {
    return new GadgetQuery(null, ClosePeriod.ALL);
  }

  /** From a gadget's saved preferences or a URL; missing or unknown values mean "all". */
  public static GadgetQuery of(String category, String periodId) {
    return new GadgetQuery(category, ClosePeriod.fromId(periodId));
  }

  public String periodId() {
    return period.id();
  }
}
