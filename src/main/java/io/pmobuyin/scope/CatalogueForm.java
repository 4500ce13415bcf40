package io.pmobuyin.scope;

/**
 * A catalogue entry as an admin typed it, before it is checked: any field may be missing or wrong.
 *
 * @param status {@code IN_SCOPE}, {@code OUT_OF_SCOPE} or {@code OTHER_DEPARTMENT}
 */
public record CatalogueForm(
    String id, String name, String description, String status, String department, boolean retired) {

  public CatalogueForm {
    id = trimmed(id);
    name = trimmed(name);
    description = trimmed(description);
    status = trimmed(status);
    department = trimmed(department);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
