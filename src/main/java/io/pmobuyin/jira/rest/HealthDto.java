package io.pmobuyin.jira.rest;

/** Body of {@code GET /health}. A plain bean: Jira's REST stack serialises its getters. */
public final class HealthDto {

  private final String version;
  private final String status;

  public HealthDto(String version, String status) {
    this.version = version;
    this.status = status;
  }

  public String getVersion() {
    return version;
  }

  public String getStatus() {
    return status;
  }
}
