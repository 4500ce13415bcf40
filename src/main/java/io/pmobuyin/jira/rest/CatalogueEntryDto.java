package io.pmobuyin.jira.rest;

import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.CatalogueForm;

/**
 * A service catalogue entry in the REST API, both ways: a record, which Jira's REST stack writes
 * from its accessors and reads through its constructor, without annotations.
 *
 * @param status {@code IN_SCOPE}, {@code OUT_OF_SCOPE} or {@code OTHER_DEPARTMENT}
 */
public record CatalogueEntryDto(
    String id, String name, String description, String status, String department, boolean retired) {

  /** What a write without a body stands for: an entry with nothing filled in. */
  static final CatalogueEntryDto EMPTY = new CatalogueEntryDto(null, null, null, null, null, false);

  static CatalogueEntryDto of(CatalogueEntry entry) {
    return new CatalogueEntryDto(
        entry.id(),
        entry.name(),
        entry.description(),
        entry.status().name(),
        entry.department(),
        entry.retired());
  }

  /** The same entry under the id the request's path names, which wins over the body's. */
  CatalogueEntryDto withId(String pathId) {
    return new CatalogueEntryDto(pathId, name, description, status, department, retired);
  }

  CatalogueForm form() {
    return new CatalogueForm(id, name, description, status, department, retired);
  }
}
