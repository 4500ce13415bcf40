package io.pmobuyin.scope;

import java.util.List;

/**
 * Where the service catalogue and its audit trail are kept: Jira's database inside Jira (through
 * SAL plugin settings, the same on every node), memory in tests.
 */
public interface CatalogueStore {

  ServiceCatalogue catalogue();

  /** The audited changes, newest first. */
  List<CatalogueChange> changes();

  /** Saves the catalogue as the change left it, and the change on its audit trail. */
  void save(ServiceCatalogue catalogue, CatalogueChange change);
}
