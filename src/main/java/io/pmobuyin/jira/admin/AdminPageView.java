package io.pmobuyin.jira.admin;

/**
 * What the admin page template shows. Templates call only the getters listed in the velocity
 * allowlist module, and never a service.
 */
public final class AdminPageView {

  private final String version;

  public AdminPageView(String version) {
    this.version = version;
  }

  public String getVersion() {
    return version;
  }
}
