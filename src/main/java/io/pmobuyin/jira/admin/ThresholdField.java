package io.pmobuyin.jira.admin;

import io.pmobuyin.mining.Threshold;

/** One pattern threshold's field in the admin form, as its definition says. */
public final class ThresholdField {

  private final Threshold threshold;

  ThresholdField(Threshold threshold) {
    this.threshold = threshold;
  }

  /** The form and settings key, such as {@code mining.stalledDays}. */
  public String getKey() {
    return threshold.settingsKey();
  }

  /** The stem of the field's element ids, such as {@code stalled-days}. */
  public String getSlug() {
    return threshold.slug();
  }

  public String getLabelKey() {
    return threshold.labelKey();
  }

  public String getHelpKey() {
    return threshold.helpKey();
  }

  /** The keyboard a phone shows: digits only for a count. */
  public String getInputMode() {
    return threshold.whole() ? "numeric" : "decimal";
  }
}
