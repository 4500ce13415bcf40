package io.pmobuyin.report.view;

/**
 * One lesson: a pattern, how common it is, and where it is heading.
 *
 * @param direction {@code better}, {@code worse}, {@code steady} or {@code unknown}: a CSS class
 * @param sparklineHtml the share by quarter, as inline SVG made by the app
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
    String sparklineHtml) {}
