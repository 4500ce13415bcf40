package io.pmobuyin.report.view.lessons;

import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.report.view.common.OpenLinks;

/**
 * One lesson: a pattern, how common it is, and where it is heading.
 *
 * @param direction the {@link Verdict}'s id ({@code better}, {@code unclear}, {@code worse}, {@code
 *     unknown}): a CSS class
 * @param change the shares before and since the PMO start, the verdict and its interval
 * @param shortChange the same without the interval, where a page has little room (the brief)
 * @param sparklineHtml the share by quarter, as inline SVG made by the app
 * @param open where its count of issues opens them
 */
public record LessonRow(
    String id,
    String name,
    String explanation,
    String share,
    String issues,
    String projects,
    String direction,
    String change,
    String shortChange,
    String sparklineHtml,
    OpenLinks open) {}
