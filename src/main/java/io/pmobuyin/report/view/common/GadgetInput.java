package io.pmobuyin.report.view.common;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.value.ImprovementTargets;
import java.util.Objects;

/**
 * Everything a gadget view is made from.
 *
 * @param instance tells apart two gadgets of one kind on one page (element ids); letters, digits
 *     and dashes
 * @param drill where a number opens the issues behind it: chosen by the side that renders (Jira's
 *     issue navigator, the preview's evidence page); none, and numbers stay text, unless given
 */
public record GadgetInput(
    PortfolioReport report,
    GadgetQuery query,
    ServiceCatalogue catalogue,
    PortfolioLeadership leadership,
    ImprovementTargets targets,
    Texts texts,
    String instance,
    DrillLinks drill) {

  public GadgetInput {
    Objects.requireNonNull(report, "report");
    query = query == null ? GadgetQuery.everything() : query;
    catalogue = catalogue == null ? ServiceCatalogue.empty() : catalogue;
    leadership = leadership == null ? PortfolioLeadership.none() : leadership;
    if (!query.visible().isAll()) {
      // Leads and sponsors only of projects the reader may see, active ones included.
      leadership = leadership.only(query.visible()::includes);
    }
    targets = targets == null ? ImprovementTargets.defaults() : targets;
    Objects.requireNonNull(texts, "texts");
    instance = instance == null ? "" : instance.replaceAll("[^A-Za-z0-9-]", "");
    drill = drill == null ? DrillLinks.none() : drill;
  }

  /** An input whose numbers open nothing. */
  public GadgetInput(
      PortfolioReport report,
      GadgetQuery query,
      ServiceCatalogue catalogue,
      PortfolioLeadership leadership,
      ImprovementTargets targets,
      Texts texts,
      String instance) {
    this(report, query, catalogue, leadership, targets, texts, instance, null);
  }

  /** The same input with numbers that open their issues there. */
  public GadgetInput withDrill(DrillLinks links) {
    return new GadgetInput(report, query, catalogue, leadership, targets, texts, instance, links);
  }

  public ProjectSelection selection() {
    return ProjectSelection.of(report, query);
  }

  public Figures figures() {
    return new Figures(texts.locale(), report.settings().rates().currency());
  }

  /** An element id unique to this gadget on the page. */
  public String elementId(String local) {
    return "pmo-" + (instance.isEmpty() ? "" : instance + "-") + local;
  }

  /** One line on what the gadget looks at: projects, issues, category, period. */
  public String summary(ProjectSelection selection) {
    Figures figures = figures();
    String category =
        query.category() == null ? texts.text("pmobuyin.gadget.category.all") : query.category();
    return texts.text(
        "pmobuyin.gadget.summary",
        figures.whole(selection.projects().size()),
        figures.whole(selection.issues()),
        category,
        texts.text(query.period().labelKey()));
  }
}
