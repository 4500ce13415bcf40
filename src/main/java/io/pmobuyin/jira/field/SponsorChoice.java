package io.pmobuyin.jira.field;

/**
 * One person as the Executive Sponsor field shows them: display name, and a mark when they are
 * inactive or deleted. Templates call only the getters the velocity allowlist lists.
 */
public final class SponsorChoice {

  private final String key;
  private final String displayName;
  private final String mark;
  private final boolean selected;

  SponsorChoice(String key, String displayName, String mark, boolean selected) {
    this.key = key;
    this.displayName = displayName;
    this.mark = mark;
    this.selected = selected;
  }

  /** The user key, which the field stores: it survives a change of username. */
  public String getKey() {
    return key;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** "inactive" or "deleted", translated; empty for an active user. */
  public String getMark() {
    return mark;
  }

  public boolean isMarked() {
    return !mark.isEmpty();
  }

  public boolean isSelected() {
    return selected;
  }
}
