package io.pmobuyin.mining.pattern;

import java.util.Locale;

/** The stable ids of the failure-pattern catalogue; reports and settings refer to these. */
public enum PatternId {
  SCHEDULE_SLIP,
  VERSION_CARRY_OVER,
  SCOPE_CREEP,
  REWORK,
  LATE_DEFECTS,
  ESTIMATION_MISS,
  ABANDONED_WORK,
  HANDOFF_CHURN,
  PRIORITY_ESCALATION,
  BLOCKED_WORK,
  STALLED_WORK,
  LONG_CYCLE,
  OWNERLESS_WORK;

  /** i18n key of the blame-free name, e.g. {@code pmobuyin.pattern.schedule-slip.name}. */
  public String nameKey() {
    return "pmobuyin.pattern." + slug() + ".name";
  }

  /** i18n key of the blame-free explanation. */
  public String explanationKey() {
    return "pmobuyin.pattern." + slug() + ".explanation";
  }

  private String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
