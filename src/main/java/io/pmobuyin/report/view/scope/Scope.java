package io.pmobuyin.report.view.scope;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds gadget 4 from the service catalogue; the report plays no part in it. */
public final class Scope {

  private Scope() {}

  public static ScopeView build(GadgetInput input) {
    Texts texts = input.texts();
    ServiceCatalogue catalogue = input.catalogue();
    List<ScopeGroup> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ScopeStatus status : ScopeStatus.values()) {
      String id = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
      List<ScopeItem> items = new ArrayList<>();
      for (CatalogueEntry entry : catalogue.withStatus(status)) {
        items.add(
            new ScopeItem(entry.name(), entry.description(), entry.department(), entry.retired()));
        rows.add(
            List.of(
                entry.id(),
                entry.name(),
                entry.description(),
                id,
                entry.department() == null ? "" : entry.department(),
                Boolean.toString(entry.retired())));
      }
      if (!items.isEmpty()) {
        groups.add(
            new ScopeGroup(
                id,
                texts.text("pmobuyin.gadget.scope." + id),
                texts.text("pmobuyin.gadget.scope." + id + ".intro"),
                items));
      }
    }
    long active = catalogue.entries().stream().filter(e -> !e.retired()).count();
    return new ScopeView(
        texts.text("pmobuyin.gadget.scope.summary", input.figures().whole(active)),
        groups.isEmpty(),
        groups,
        List.of(
            new CsvTable(
                "pmo-scope",
                List.of("id", "service", "description", "status", "department", "retired"),
                rows)));
  }
}
