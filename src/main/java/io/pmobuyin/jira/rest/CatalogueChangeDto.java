package io.pmobuyin.jira.rest;

import io.pmobuyin.scope.CatalogueChange;

/** One audited catalogue change in the REST API (admins only: it names the admin). */
public record CatalogueChangeDto(
    String actor, String at, String action, CatalogueEntryDto before, CatalogueEntryDto after) {

  static CatalogueChangeDto of(CatalogueChange change) {
    return new CatalogueChangeDto(
        change.actor(),
        change.at().toString(),
        change.action().name(),
        change.before() == null ? null : CatalogueEntryDto.of(change.before()),
        CatalogueEntryDto.of(change.after()));
  }
}
