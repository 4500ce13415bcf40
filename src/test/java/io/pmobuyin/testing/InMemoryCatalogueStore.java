package io.pmobuyin.testing;

import io.pmobuyin.scope.CatalogueChange;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;

/** The catalogue store of tests: memory only. */
public final class InMemoryCatalogueStore implements CatalogueStore {

  private ServiceCatalogue catalogue = ServiceCatalogue.empty();
  private final List<CatalogueChange> changes = new ArrayList<>();

  @Override
  public ServiceCatalogue catalogue() {
    return catalogue;
  }

  @Override
  public List<CatalogueChange> changes() {
    return List.copyOf(changes);
  }

  @Override
  public void save(ServiceCatalogue catalogue, CatalogueChange change) {
    this.catalogue = catalogue;
    changes.add(0, change);
  }
}
