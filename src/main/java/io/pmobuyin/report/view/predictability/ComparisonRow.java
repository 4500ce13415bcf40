package io.pmobuyin.report.view.predictability;

/**
 * One KPI before and since the PMO start, with the 95 % interval of the change.
 *
 * @param verdict {@code better}, {@code worse} or {@code unclear}: a CSS class
 */
public record ComparisonRow(
    String name,
    String before,
    String since,
    String change,
    String interval,
    String verdict,
    String verdictText) {}
