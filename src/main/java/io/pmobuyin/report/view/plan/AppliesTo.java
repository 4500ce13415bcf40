package io.pmobuyin.report.view.plan;

import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.List;

/**
 * What an improvement action applies to, in words: its projects by key and its PMO Scope services
 * by their catalogue name, as people know them ("Applies to 2 projects: APACHE, HDFS, and to
 * projects using Release planning"). The text is escaped where it is shown, names included.
 */
final class AppliesTo {

  private AppliesTo() {}

  static String text(
      ImprovementAction action, ServiceCatalogue catalogue, Texts texts, Figures figures) {
    if (action.appliesToEveryProject()) {
      return texts.text("pmobuyin.gadget.plan.scope.all");
    }
    String count = figures.whole(action.projects().size());
    String keys = String.join(", ", action.projects());
    if (action.services().isEmpty()) {
      return texts.text("pmobuyin.gadget.plan.scope.some", count, keys);
    }
    String services = services(action, catalogue, texts);
    return action.projects().isEmpty()
        ? texts.text("pmobuyin.gadget.plan.scope.services", services)
        : texts.text("pmobuyin.gadget.plan.scope.some-or-services", count, keys, services);
  }

  /**
   * The services' names, quoted so that a name reads apart from the sentence: "A", "B" or "C". An
   * id the catalogue lacks is shown as it is, and said.
   */
  private static String services(
      ImprovementAction action, ServiceCatalogue catalogue, Texts texts) {
    List<String> names =
        action.services().stream()
            .map(
                id ->
                    catalogue
                        .entry(id)
                        .map(
                            entry -> texts.text("pmobuyin.gadget.plan.scope.service", entry.name()))
                        .orElseGet(() -> unknown(id, catalogue, texts)))
            .toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return texts.text(
        "pmobuyin.gadget.plan.scope.service-list",
        String.join(", ", names.subList(0, names.size() - 1)),
        names.get(names.size() - 1));
  }

  /** Without any catalogue (an export in the preview) an id is all there is to show. */
  private static String unknown(String id, ServiceCatalogue catalogue, Texts texts) {
    String quoted = texts.text("pmobuyin.gadget.plan.scope.service", id);
    return catalogue.entries().isEmpty()
        ? quoted
        : texts.text("pmobuyin.gadget.plan.scope.unknown-service", quoted);
  }
}
