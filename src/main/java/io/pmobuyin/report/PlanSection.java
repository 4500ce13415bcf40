package io.pmobuyin.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The PMO's improvement plan as it stood when the report was mined: its actions, by key (project
 * key, then issue number). Their effects are measured when a view is built, over the projects its
 * reader may see, so that no figure rests on a project the reader may not browse.
 */
public record PlanSection(List<ImprovementAction> actions) {

  /** Issue keys in Jira's order: {@code PMO-2} before {@code PMO-10}. */
  static final Comparator<String> KEY_ORDER =
      Comparator.comparing(PlanSection::projectPart)
          .thenComparingLong(PlanSection::numberPart)
          .thenComparing(Comparator.naturalOrder());

  public PlanSection {
    actions =
        actions.stream()
            .map(Objects::requireNonNull)
            .sorted(Comparator.comparing(ImprovementAction::key, KEY_ORDER))
            .toList();
    if (actions.stream().map(ImprovementAction::key).distinct().count() != actions.size()) {
      throw new IllegalArgumentException("each action's key must be given once");
    }
  }

  /** A plan without actions: what a report mined before there were any, or without any, holds. */
  public static PlanSection none() {
    return new PlanSection(List.of());
  }

  private static String projectPart(String key) {
    int dash = key.lastIndexOf('-');
    return dash < 0 ? key : key.substring(0, dash);
  }

  private static long numberPart(String key) {
    int dash = key.lastIndexOf('-');
    String number = dash < 0 ? "" : key.substring(dash + 1);
    return number.matches("\\d{1,18}") ? Long.parseLong(number) : Long.MAX_VALUE;
  }
}
