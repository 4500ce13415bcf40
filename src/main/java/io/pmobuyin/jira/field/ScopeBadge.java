package io.pmobuyin.jira.field;

/**
 * One catalogue entry as the PMO Scope field shows it: its name and a badge for where it stands
 * with the PMO. Templates call only the getters the velocity allowlist lists.
 */
public final class ScopeBadge {

  private final String id;
  private final String name;
  private final String statusLabel;
  private final String lozenge;
  private final boolean retired;
  private final boolean selected;

  ScopeBadge(
      String id,
      String name,
      String statusLabel,
      String lozenge,
      boolean retired,
      boolean selected) {
    this.id = id;
    this.name = name;
    this.statusLabel = statusLabel;
    this.lozenge = lozenge;
    this.retired = retired;
    this.selected = selected;
  }

  public String getId() {
    return id;
  }

  /** The entry's name; for an id the catalogue does not know, the id itself. */
  public String getName() {
    return name;
  }

  /** "In PMO scope", "Out of PMO scope", "Owned by Finance", or "Not in the catalogue". */
  public String getStatusLabel() {
    return statusLabel;
  }

  /** The AUI lozenge modifier for the status, for example {@code aui-lozenge-success}. */
  public String getLozenge() {
    return lozenge;
  }

  public boolean isRetired() {
    return retired;
  }

  /** In the edit form: whether the entry is ticked. */
  public boolean isSelected() {
    return selected;
  }
}
