package io.pmobuyin.mining.pattern;

import java.util.Locale;

/** The three areas executives watch; each failure pattern names those it hurts. */
public enum ValueArea {
  EMPLOYEE,
  CUSTOMER,
  FINANCIAL;

  public String nameKey() {
    return "pmobuyin.value-area." + name().toLowerCase(Locale.ROOT) + ".name";
  }

  /** The id used in reports: {@code employee}, {@code customer}, {@code financial}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
