package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.history.IssueHistory;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An issue with its derived history, as the patterns judge it. */
public record IssueView(IssueRecord issue, IssueHistory history, MiningConfig config) {

  public static IssueView of(IssueRecord issue, MiningConfig config) {
    return new IssueView(issue, IssueHistory.of(issue, config), config);
  }

  public PatternThresholds thresholds() {
    return config.thresholds();
  }

  /** The calendar day (in the configured zone) the issue was resolved; null if it was not. */
  public LocalDate resolvedDay() {
    return issue.isResolved() ? LocalDate.ofInstant(issue.resolved(), config.zone()) : null;
  }

  /** Days resolved after the due date; 0 when on time, not due, or not resolved. */
  public int slipDays() {
    LocalDate resolved = resolvedDay();
    if (resolved == null || issue.due() == null) {
      return 0;
    }
    return (int) Math.max(0, ChronoUnit.DAYS.between(issue.due(), resolved));
  }

  /** Resolved after the planned release date of one of its fix versions. */
  public boolean resolvedAfterVersionDate() {
    LocalDate resolved = resolvedDay();
    if (resolved == null) {
      return false;
    }
    for (VersionRecord version : issue.fixVersions()) {
      if (version.releaseDate() != null && resolved.isAfter(version.releaseDate())) {
        return true;
      }
    }
    return false;
  }
}
