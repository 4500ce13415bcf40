package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.history.IssueHistory;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ResolutionClass;
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

  /** Resolved as delivered: neither given up (Won't Fix…) nor a duplicate of other work. */
  public boolean delivered() {
    return issue.isResolved()
        && thresholds().resolutionClass(issue.resolution()) == ResolutionClass.DONE;
  }

  /**
   * The day the work was due: its due date where one is set, else the planned release of its fix
   * versions (the latest, so that work shipped in several releases, a backport say, is late only
   * when it missed them all); null when neither says.
   */
  public LocalDate dueBasis() {
    if (issue.due() != null) {
      return issue.due();
    }
    LocalDate latest = null;
    for (VersionRecord version : issue.fixVersions()) {
      LocalDate date = version.releaseDate();
      if (date != null && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
    return latest;
  }

  /**
   * Days delivered after the day it was due; 0 when on time, without a due day, or not delivered
   * (work given up or duplicated was not late: it was not delivered at all).
   */
  public int slipDays() {
    LocalDate resolved = resolvedDay();
    LocalDate due = dueBasis();
    if (resolved == null || due == null || !delivered()) {
      return 0;
    }
    return (int) Math.max(0, ChronoUnit.DAYS.between(due, resolved));
  }
}
