package io.pmobuyin.preview.sample;

import java.util.List;

/**
 * What a made-up project is about: its components, labels and the things its issues talk about.
 * Gives the sample the texture of a real portfolio without copying anyone's.
 */
enum ProjectTheme {
  BILLING(
      List.of("API", "Invoicing", "Payments", "Reporting", "Tax"),
      List.of("billing", "invoices", "payments", "finance", "customer-impact"),
      List.of(
          "invoice export",
          "payment retries",
          "tax rounding",
          "credit notes",
          "dunning emails",
          "refund flow",
          "price tiers",
          "ledger sync")),
  MOBILE(
      List.of("iOS", "Android", "Backend", "Push", "Offline"),
      List.of("mobile", "ux", "release", "performance", "accessibility"),
      List.of(
          "login screen",
          "offline cache",
          "push settings",
          "photo upload",
          "map view",
          "app onboarding",
          "deep links",
          "crash reporting")),
  DATA(
      List.of("Ingestion", "Warehouse", "Dashboards", "Models", "Quality"),
      List.of("data", "etl", "reporting", "quality", "gdpr"),
      List.of(
          "nightly load",
          "revenue dashboard",
          "churn model",
          "schema migration",
          "data quality checks",
          "event ingestion",
          "retention report",
          "table partitioning")),
  PLATFORM(
      List.of("CI", "Kubernetes", "Networking", "Observability", "Storage"),
      List.of("infra", "ops", "reliability", "cost", "security"),
      List.of(
          "build pipeline",
          "cluster upgrade",
          "alert routing",
          "backup policy",
          "load balancer",
          "log retention",
          "autoscaling",
          "service mesh")),
  WEB(
      List.of("Frontend", "Checkout", "CMS", "Search", "Design System"),
      List.of("web", "ux", "seo", "conversion", "accessibility"),
      List.of(
          "product page",
          "checkout form",
          "search filters",
          "cookie banner",
          "landing page",
          "cart summary",
          "navigation menu",
          "image gallery")),
  CUSTOMER(
      List.of("CRM", "Service Desk", "Portal", "Integrations", "Notifications"),
      List.of("crm", "support", "customer-impact", "sales", "integration"),
      List.of(
          "lead import",
          "ticket routing",
          "customer profile",
          "SLA timers",
          "email templates",
          "case escalation",
          "contact sync",
          "satisfaction survey")),
  PEOPLE(
      List.of("Onboarding", "Payroll", "Facilities", "Learning", "Intranet"),
      List.of("hr", "internal", "facilities", "training", "policy"),
      List.of(
          "onboarding checklist",
          "expense policy",
          "desk booking",
          "training catalogue",
          "payroll export",
          "holiday calendar",
          "org chart",
          "benefits page")),
  SECURITY(
      List.of("Identity", "Audit", "Access", "Encryption", "Monitoring"),
      List.of("security", "compliance", "audit", "risk", "gdpr"),
      List.of(
          "SSO login",
          "access review",
          "audit trail",
          "key rotation",
          "password policy",
          "MFA enrolment",
          "role mapping",
          "vulnerability scan"));

  private final List<String> components;
  private final List<String> labels;
  private final List<String> subjects;

  ProjectTheme(List<String> components, List<String> labels, List<String> subjects) {
    this.components = components;
    this.labels = labels;
    this.subjects = subjects;
  }

  List<String> components() {
    return components;
  }

  List<String> labels() {
    return labels;
  }

  /** What issues are about, lower case, to be put into an issue summary. */
  List<String> subjects() {
    return subjects;
  }
}
