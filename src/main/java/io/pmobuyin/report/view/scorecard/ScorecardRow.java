package io.pmobuyin.report.view.scorecard;

import io.pmobuyin.report.view.common.OpenLinks;

/**
 * One pattern in the value scorecard: its cost by value area and the plan for it.
 *
 * @param progressPercent 0–100, how far the share has come from its baseline to its target; for a
 *     progress bar (its text is {@code progress})
 * @param issues how many issues showed it, in words ("34 issues")
 * @param open where that count opens them
 * @param actions the improvement actions that target it, by count and key, or that none does
 */
public record ScorecardRow(
    String id,
    String name,
    String cost,
    String employees,
    String customers,
    String finances,
    String barHtml,
    String baseline,
    String target,
    String current,
    String saving,
    String progress,
    int progressPercent,
    String issues,
    OpenLinks open,
    String actions) {}
