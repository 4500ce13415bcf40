package io.pmobuyin.mining.portfolio;

/**
 * Delivery KPIs of a project or of many. Rates are shares from 0 to 1; a value is NaN when the data
 * holds nothing to compute it from (no due dates, no estimates, nothing resolved).
 *
 * @param onTimeRate share of resolved issues with a due date that were resolved by it
 * @param medianSlipDays median days late of the issues resolved after their due date
 * @param scopeGrowth issues added to a commitment after it was made (scope creep) per issue
 *     committed in time; of many projects, the median of theirs; NaN for a project with fewer than
 *     10 committed issues
 * @param reworkRate share of resolved issues that were reopened
 * @param estimateAccuracy share of estimated issues whose time spent stayed within the band
 * @param abandonmentRate share of issues not done (not-done resolution or left open)
 * @param cycleTimeP50Days median days from start of work to resolution
 * @param cycleTimeP85Days 85th percentile of the same
 * @param throughputPerWeek issues resolved per week of the projects' timelines
 * @param predictabilityIndex 0–100: the mean of on-time rate, 1 − rework, estimate accuracy, 1 −
 *     abandonment and 1 − scope growth (capped at 1), over those that are known
 */
public record DeliveryKpis(
    long issues,
    long resolved,
    double onTimeRate,
    double medianSlipDays,
    double scopeGrowth,
    double reworkRate,
    double estimateAccuracy,
    double abandonmentRate,
    double cycleTimeP50Days,
    double cycleTimeP85Days,
    double throughputPerWeek,
    double predictabilityIndex) {}
