package io.pmobuyin.preview.sample;

import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;

/** Options of the "PMO Scope" select field, from the PMO's service catalogue. */
enum PmoScopeOption {
  DELIVERY_ASSURANCE(
      "10200", "Delivery assurance", "Health checks and recovery plans for projects at risk."),
  PORTFOLIO_REPORTING(
      "10201", "Portfolio reporting", "One portfolio view for leadership, from Jira data."),
  RESOURCE_PLANNING("10202", "Resource planning", "Matching demand for people to capacity."),
  RISK_REVIEW("10203", "Risk review", "Regular review of project risks and their owners."),
  OUT_OF_SCOPE("10204", "Out of scope", "Team-level planning and estimation stay with the teams.");

  private final String id;
  private final String value;
  private final String description;

  PmoScopeOption(String id, String value, String description) {
    this.id = id;
    this.value = value;
    this.description = description;
  }

  /** The catalogue entry this option stands for; "Out of scope" is what the PMO does not do. */
  CatalogueEntry catalogueEntry() {
    ScopeStatus status = this == OUT_OF_SCOPE ? ScopeStatus.OUT_OF_SCOPE : ScopeStatus.IN_SCOPE;
    String name = this == OUT_OF_SCOPE ? "Team-level planning" : value;
    return new CatalogueEntry("opt-" + id, name, description, status, null, false);
  }

  String id() {
    return id;
  }

  String value() {
    return value;
  }
}
