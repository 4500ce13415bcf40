package io.pmobuyin.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The PMO's service catalogue: what it does, what it does not, and what others own. */
public record ServiceCatalogue(List<CatalogueEntry> entries) {

  public ServiceCatalogue {
    entries = List.copyOf(entries);
    Set<String> ids = new HashSet<>();
    for (CatalogueEntry entry : entries) {
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException("catalogue id " + entry.id() + " appears twice");
      }
    }
  }

  public static ServiceCatalogue empty() {
    return new ServiceCatalogue(List.of());
  }

  /** The entries with this status, retired ones last, each group in catalogue order. */
  public List<CatalogueEntry> withStatus(ScopeStatus status) {
    List<CatalogueEntry> active = new ArrayList<>();
    List<CatalogueEntry> retired = new ArrayList<>();
    for (CatalogueEntry entry : entries) {
      if (entry.status() == status) {
        (entry.retired() ? retired : active).add(entry);
      }
    }
    active.addAll(retired);
    return active;
  }
}
