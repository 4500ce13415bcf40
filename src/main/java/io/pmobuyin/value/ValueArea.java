package io.pmobuyin.value;

import java.util.Locale;

/** The three areas executives watch. */
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
