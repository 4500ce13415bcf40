package io.pmobuyin.report.view.plan;

import java.util.List;

/**
 * One improvement action in the plan: what it is, where it stands, and what it measurably did. It
 * names no person.
 *
 * @param keyPath the key as a URL path segment, for the link to its issue
 * @param done its status is in the done category: a CSS class beside the status's own words
 * @param scope which projects it applies to, in words
 * @param started whether it has started, so that something can have closed since
 * @param since when it started, or that it has not
 * @param projects how many of the projects it applies to closed before and since it started
 */
public record PlanRow(
    String key,
    String keyPath,
    String title,
    String status,
    boolean done,
    String patterns,
    String scope,
    boolean started,
    String since,
    String projects,
    List<PlanEffectLine> effects) {

  public PlanRow {
    effects = List.copyOf(effects);
  }
}
