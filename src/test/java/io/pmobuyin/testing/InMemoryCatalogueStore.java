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
  private int reads;

  /** A store already holding this catalogue, with no audit trail. */
  public static InMemoryCatalogueStore holding(ServiceCatalogue catalogue) {
    InMemoryCatalogueStore store = new InMemoryCatalogueStore();
    store.catalogue = catalogue;
    return store;
  }

  @Override
  public ServiceCatalogue catalogue() {
    reads++;
    return catalogue;
  }

  /** How often the catalogue was read. */
  public int reads() {
    return reads;
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
