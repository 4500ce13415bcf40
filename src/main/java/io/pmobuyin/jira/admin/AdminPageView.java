package io.pmobuyin.jira.admin;

import io.pmobuyin.mining.pattern.Catalogue;
import java.util.List;

/**
 * What the admin page template shows. Templates call only the getters listed in the velocity
 * allowlist module, and never a service.
 */
public final class AdminPageView {

  /** Where our REST resources live below Jira's context path. */
  static final String REST_PATH = "/rest/pmo-buyin/1.0";

  private final String version;
  private final String restBase;

  /**
   * @param restBase the URL path of our REST API, with Jira's context path, which the page's script
   *     cannot tell on its own
   */
  public AdminPageView(String version, String restBase) {
    this.version = version;
    this.restBase = restBase;
  }

  public String getVersion() {
    return version;
  }

  public String getRestBase() {
    return restBase;
  }

  /** A field for each threshold the failure patterns declare, in catalogue order. */
  public List<ThresholdField> getThresholds() {
    return Catalogue.thresholds().stream().map(ThresholdField::new).toList();
  }
}
