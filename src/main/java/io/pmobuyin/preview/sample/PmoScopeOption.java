package io.pmobuyin.preview.sample;

/** Options of the "PMO Scope" select field, from the PMO's service catalogue. */
enum PmoScopeOption {
  DELIVERY_ASSURANCE("10200", "Delivery assurance"),
  PORTFOLIO_REPORTING("10201", "Portfolio reporting"),
  RESOURCE_PLANNING("10202", "Resource planning"),
  RISK_REVIEW("10203", "Risk review"),
  OUT_OF_SCOPE("10204", "Out of scope");

  private final String id;
  private final String value;

  PmoScopeOption(String id, String value) {
    this.id = id;
    this.value = value;
  }

  String id() {
    return id;
  }

  String value() {
    return value;
  }
}
