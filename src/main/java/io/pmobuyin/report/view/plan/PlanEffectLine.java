package io.pmobuyin.report.view.plan;

/**
 * One targeted pattern's measured effect, in words.
 *
 * @param direction the verdict's id ({@code better}, {@code unclear}, {@code worse}, {@code
 *     unknown}): a CSS class, never the only sign
 * @param change the share before → since, the verdict in a word and a symbol, and its interval; or
 *     why there is none yet
 * @param shortChange the same without the interval, for the brief
 */
public record PlanEffectLine(String pattern, String direction, String change, String shortChange) {}
