package io.pmobuyin.run;

import io.pmobuyin.report.PortfolioReport;
import java.util.Objects;

/** A snapshot's report, read back from its JSON. */
public record StoredReport(SnapshotHeader header, PortfolioReport report) {

  public StoredReport {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(report, "report");
  }
}
