package io.pmobuyin.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a PMO Scope value may be saved: every id must be in the catalogue, and a retired entry
 * may stay on an issue that already had it but may not be newly chosen.
 */
public final class ScopeValueCheck {

  private final ServiceCatalogue catalogue;

  public ScopeValueCheck(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The problems with choosing {@code chosen} on an issue that held {@code kept}; none means it may
   * be saved.
   */
  public List<ScopeProblem> problems(ScopeValue chosen, ScopeValue kept) {
    List<ScopeProblem> problems = new ArrayList<>();
    for (String id : chosen.ids()) {
      Optional<CatalogueEntry> entry = catalogue.entry(id);
      if (entry.isEmpty()) {
        problems.add(new ScopeProblem("pmobuyin.field.scope.error.unknown", id));
      } else if (entry.get().retired() && !kept.contains(id)) {
        problems.add(new ScopeProblem("pmobuyin.field.scope.error.retired", entry.get().name()));
      }
    }
    return problems;
  }

  /** The ids of a value the catalogue does not know, in the order given. */
  public List<String> unknownIds(ScopeValue value) {
    return value.ids().stream().filter(id -> catalogue.entry(id).isEmpty()).toList();
  }

  /** Why a PMO Scope value was refused: an i18n key and the id or name at fault. */
  public record ScopeProblem(String messageKey, String argument) {}
}
