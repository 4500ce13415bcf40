package io.pmobuyin.mining.history;

import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds the statuses an issue went through from its status changes. */
final class StatusTimeline {

  private StatusTimeline() {}

  /** {@code changes}: the issue's status changes, oldest first. */
  static List<StatusInterval> of(
      IssueRecord issue, List<ChangeEvent> changes, StatusCategories categories, Instant end) {
    List<StatusInterval> intervals = new ArrayList<>(changes.size() + 1);
    String status = changes.isEmpty() ? issue.status() : changes.get(0).from();
    Instant since = issue.created();
    for (ChangeEvent change : changes) {
      intervals.add(
          new StatusInterval(status, category(issue, status, categories), since, change.at()));
      status = change.to();
      since = change.at();
    }
    Instant until = end.isAfter(since) ? end : since;
    intervals.add(new StatusInterval(status, category(issue, status, categories), since, until));
    return intervals;
  }

  /** The export's own category for the current status wins over the table. */
  private static StatusCategory category(IssueRecord issue, String status, StatusCategories table) {
    if (status != null
        && status.equals(issue.status())
        && issue.statusCategory() != StatusCategory.UNKNOWN) {
      return issue.statusCategory();
    }
    return table.of(status);
  }
}
