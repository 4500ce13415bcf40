package io.pmobuyin.scope;

import java.util.Objects;
import java.util.regex.Pattern;

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

  /**
   * The form of an id: lower-case letters, digits and dashes, as the admin page accepts it; what a
   * PMO Scope value, an action's {@code pmo-service-} label and an actions file name a service by.
   */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

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
