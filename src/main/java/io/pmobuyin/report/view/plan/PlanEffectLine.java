package io.pmobuyin.report.view.plan;

import io.pmobuyin.report.view.common.OpenLinks;

/**
 * One targeted pattern's measured effect, in words.
 *
 * @param direction the verdict's id ({@code better}, {@code unclear}, {@code worse}, {@code
 *     unknown}): a CSS class, never the only sign
 * @param change the share before → since, the verdict in a word and a symbol, and its interval; or
 *     why there is none yet
 * @param shortChange the same without the interval, for the brief
 * @param open the pattern's issues in the projects closed since the action started: what the
 *     "since" share stands on
 */
public record PlanEffectLine(
    String pattern, String direction, String change, String shortChange, OpenLinks open) {}
