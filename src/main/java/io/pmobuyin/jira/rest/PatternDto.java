package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * One failure pattern over the projects the caller may see: counts, cost, trend.
 *
 * @param costBasis how the cost is known: ATTRIBUTED (the pattern's own hours), DELAY (per late
 *     release, at the cost of delay) or UPPER_BOUND (the data cannot separate it; {@code upToHours}
 *     bounds it)
 * @param upToHours the whole effort of the pattern's issues
 * @param beforePmo null without a PMO start date
 * @param quarters by quarter of project close, oldest first, quarters without a closed project
 *     included
 */
public record PatternDto(
    String id,
    String name,
    String explanation,
    List<String> valueAreas,
    long issues,
    long projects,
    Double share,
    double costHours,
    double cost,
    String costBasis,
    double upToHours,
    Map<String, Double> costByArea,
    PeriodDto beforePmo,
    PeriodDto sincePmo,
    List<PeriodDto> quarters) {

  /** A period's issues, how many showed the pattern, and the share. */
  public record PeriodDto(String period, long issues, long affected, Double share) {}
}
