package io.pmobuyin.preview.sample;

import java.util.List;

/** Made-up projects to draw from: key, name and theme. Any resemblance is accidental. */
final class ProjectCatalogue {

  /** One catalogue entry. */
  record Entry(String key, String name, ProjectTheme theme) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("ATLAS", "Atlas Billing Revamp", ProjectTheme.BILLING),
          new Entry("LEDGER", "Ledger Consolidation", ProjectTheme.BILLING),
          new Entry("TALLY", "Tally Invoicing", ProjectTheme.BILLING),
          new Entry("COIN", "Coinflow Payments", ProjectTheme.BILLING),
          new Entry("QUILL", "Quill Tax Engine", ProjectTheme.BILLING),
          new Entry("MINT", "Mint Subscription Plans", ProjectTheme.BILLING),
          new Entry("ORBIT", "Orbit Mobile App", ProjectTheme.MOBILE),
          new Entry("PULSE", "Pulse Field Companion", ProjectTheme.MOBILE),
          new Entry("COMET", "Comet Offline Sync", ProjectTheme.MOBILE),
          new Entry("SWIFT", "Swift Check-in", ProjectTheme.MOBILE),
          new Entry("NOVA", "Nova Wallet App", ProjectTheme.MOBILE),
          new Entry("ECHO", "Echo Notifications", ProjectTheme.MOBILE),
          new Entry("PRISM", "Prism Analytics", ProjectTheme.DATA),
          new Entry("DELTA", "Delta Data Lake", ProjectTheme.DATA),
          new Entry("HARBOR", "Harbor Reporting", ProjectTheme.DATA),
          new Entry("LENS", "Lens Dashboards", ProjectTheme.DATA),
          new Entry("CEDAR", "Cedar Forecasting", ProjectTheme.DATA),
          new Entry("RIVER", "River Event Pipeline", ProjectTheme.DATA),
          new Entry("FORGE", "Forge CI Platform", ProjectTheme.PLATFORM),
          new Entry("ANVIL", "Anvil Cloud Migration", ProjectTheme.PLATFORM),
          new Entry("BEACON", "Beacon Monitoring", ProjectTheme.PLATFORM),
          new Entry("GRID", "Grid Cluster Rollout", ProjectTheme.PLATFORM),
          new Entry("VAULT", "Vault Secrets Service", ProjectTheme.PLATFORM),
          new Entry("RELAY", "Relay API Gateway", ProjectTheme.PLATFORM),
          new Entry("MAPLE", "Maple Storefront", ProjectTheme.WEB),
          new Entry("SPARK", "Spark Onboarding Flow", ProjectTheme.WEB),
          new Entry("IRIS", "Iris Design System", ProjectTheme.WEB),
          new Entry("WAVE", "Wave Website Relaunch", ProjectTheme.WEB),
          new Entry("BLOOM", "Bloom Checkout", ProjectTheme.WEB),
          new Entry("CREST", "Crest Partner Portal", ProjectTheme.WEB),
          new Entry("HELIX", "Helix CRM Rollout", ProjectTheme.CUSTOMER),
          new Entry("COMPASS", "Compass Service Desk", ProjectTheme.CUSTOMER),
          new Entry("TIDE", "Tide Loyalty Program", ProjectTheme.CUSTOMER),
          new Entry("ANCHOR", "Anchor Customer Portal", ProjectTheme.CUSTOMER),
          new Entry("MERID", "Meridian Sales Operations", ProjectTheme.CUSTOMER),
          new Entry("ATRIUM", "Atrium Knowledge Base", ProjectTheme.CUSTOMER),
          new Entry("SUMMIT", "Summit HR Suite", ProjectTheme.PEOPLE),
          new Entry("GROVE", "Grove Learning Platform", ProjectTheme.PEOPLE),
          new Entry("KITE", "Kite Expense Tool", ProjectTheme.PEOPLE),
          new Entry("HAVEN", "Haven Office Move", ProjectTheme.PEOPLE),
          new Entry("LARK", "Lark Intranet", ProjectTheme.PEOPLE),
          new Entry("OAK", "Oak Recruiting Pipeline", ProjectTheme.PEOPLE),
          new Entry("AEGIS", "Aegis Identity", ProjectTheme.SECURITY),
          new Entry("BASTION", "Bastion Audit Readiness", ProjectTheme.SECURITY),
          new Entry("SENTRY", "Sentry Access Review", ProjectTheme.SECURITY),
          new Entry("WARDEN", "Warden Compliance", ProjectTheme.SECURITY),
          new Entry("CIPHER", "Cipher Encryption Upgrade", ProjectTheme.SECURITY),
          new Entry("SHIELD", "Shield Fraud Detection", ProjectTheme.SECURITY));

  private ProjectCatalogue() {}
}
