package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/** One failure pattern over the projects the caller may see: counts, cost, trend. */
public class PatternDto {

  public String id;
  public String name;
  public String explanation;
  public List<String> valueAreas;
  public long issues;
  public long projects;
  public Double share;
  public double costHours;
  public double cost;

  /**
   * How the cost is known: ATTRIBUTED (the pattern's own hours), DELAY (per late release, at the
   * cost of delay) or UPPER_BOUND (the data cannot separate it; {@link #upToHours} bounds it).
   */
  public String costBasis;

  /** The whole effort of the pattern's issues. */
  public double upToHours;

  public Map<String, Double> costByArea;

  /** Null without a PMO start date. */
  public PeriodDto beforePmo;

  public PeriodDto sincePmo;

  /** By quarter of project close, oldest first, quarters without a closed project included. */
  public List<PeriodDto> quarters;

  /** A period's issues, how many showed the pattern, and the share. */
  public static class PeriodDto {
    public String period;
    public long issues;
    public long affected;
    public Double share;
  }
}
