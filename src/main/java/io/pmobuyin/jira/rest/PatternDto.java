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
