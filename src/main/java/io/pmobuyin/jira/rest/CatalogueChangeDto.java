package io.pmobuyin.jira.rest;

import io.pmobuyin.scope.CatalogueChange;

/** One audited catalogue change in the REST API (admins only: it names the admin). */
public class CatalogueChangeDto {

  public String actor;
  public String at;
  public String action;
  public CatalogueEntryDto before;
  public CatalogueEntryDto after;

  static CatalogueChangeDto of(CatalogueChange change) {
    CatalogueChangeDto dto = new CatalogueChangeDto();
    dto.actor = change.actor();
    dto.at = change.at().toString();
    dto.action = change.action().name();
    dto.before = change.before() == null ? null : CatalogueEntryDto.of(change.before());
    dto.after = CatalogueEntryDto.of(change.after());
    return dto;
  }
}
