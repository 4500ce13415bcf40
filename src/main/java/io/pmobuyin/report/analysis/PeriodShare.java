package io.pmobuyin.report.analysis;

/** How many issues of the projects closed in a period showed a pattern, out of all their issues. */
public record PeriodShare(String period, long issues, long affected) {

  public double share() {
    return issues == 0 ? Double.NaN : (double) affected / issues;
  }

  public boolean known() {
    return issues > 0;
  }
}
