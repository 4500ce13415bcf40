package io.pmobuyin.scope;

import java.util.Objects;

/**
 * One service of the PMO's catalogue. Stored values refer to the id, so a rename never breaks them;
 * a retired entry still displays but is no longer offered.
 *
 * @param department the department that owns the service; only for {@link
 *     ScopeStatus#OTHER_DEPARTMENT}, else null
 */
public record CatalogueEntry(
    String id,
    String name,
    String description,
    ScopeStatus status,
    String department,
    boolean retired) {

  public CatalogueEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    description = description == null ? "" : description;
    if (status != ScopeStatus.OTHER_DEPARTMENT) {
      department = null;
    } else if (department == null || department.isBlank()) {
      throw new IllegalArgumentException(
          "entry " + id + " is owned by another department: name it");
    }
  }
}
