package io.pmobuyin.jira.rest;

import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.CatalogueForm;

/**
 * A service catalogue entry in the REST API, both ways: a plain bean with public fields, which
 * Jira's REST stack reads from and writes to JSON without annotations.
 */
public class CatalogueEntryDto {

  public String id;
  public String name;
  public String description;

  /** {@code IN_SCOPE}, {@code OUT_OF_SCOPE} or {@code OTHER_DEPARTMENT}. */
  public String status;

  public String department;
  public boolean retired;

  public CatalogueEntryDto() {}

  static CatalogueEntryDto of(CatalogueEntry entry) {
    CatalogueEntryDto dto = new CatalogueEntryDto();
    dto.id = entry.id();
    dto.name = entry.name();
    dto.description = entry.description();
    dto.status = entry.status().name();
    dto.department = entry.department();
    dto.retired = entry.retired();
    return dto;
  }

  CatalogueForm form() {
    return new CatalogueForm(id, name, description, status, department, retired);
  }
}
