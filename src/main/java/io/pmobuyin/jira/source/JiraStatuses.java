package io.pmobuyin.jira.source;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.source.IssueSink;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's statuses by id, each with its name today and the category Jira gives it. A change history
 * keeps a status's id beside the name it had then: read by id, a status renamed since counts under
 * its name today, and a status no issue sits in any more still has its category before any issue is
 * read.
 *
 * <p>Reading them is a bonus, never a condition: when the status service is missing or fails (its
 * Jira 10/11 form is unconfirmed, see the declaration), the run logs it once and learns categories
 * from the issues, as it does for an export.
 */
final class JiraStatuses {

  private static final Logger LOG = LoggerFactory.getLogger(JiraStatuses.class);

  static final JiraStatuses NONE = new JiraStatuses(Map.of());

  /** A status as it is named and categorised today. */
  private record Known(String name, StatusCategory category) {}

  private final Map<String, Known> byId;

  private JiraStatuses(Map<String, Known> byId) {
    this.byId = byId;
  }

  /** What Jira says now, or {@link #NONE} when it cannot say. */
  static JiraStatuses read(StatusManager manager) {
    if (manager == null) {
      return NONE;
    }
    try {
      Collection<Status> statuses = manager.getStatuses();
      if (statuses == null) {
        return NONE;
      }
      Map<String, Known> byId = new HashMap<>(statuses.size() * 2);
      for (Status status : statuses) {
        if (status != null && status.getId() != null && status.getName() != null) {
          byId.put(status.getId(), new Known(status.getName(), JiraIssueMapper.category(status)));
        }
      }
      return new JiraStatuses(Map.copyOf(byId));
    } catch (RuntimeException | LinkageError e) {
      // Reading the statuses, not only asking for them, may fail to link (getId is new to us).
      LOG.warn(
          "PMO Buy-In: Jira's status list could not be read ({}); status categories are learnt from"
              + " the issues instead",
          e.toString());
      return NONE;
    }
  }

  /** Tells the engine every status and its category before any issue arrives. */
  void announce(IssueSink sink) {
    for (Known status : byId.values()) {
      sink.status(status.name(), status.category());
    }
  }

  /**
   * The status's name today where Jira still knows its id; else the name the history recorded (a
   * status deleted since, or no list to read).
   */
  String nameToday(String id, String recorded) {
    Known known = id == null ? null : byId.get(id);
    return known != null ? known.name() : recorded;
  }

  /** The category Jira gives the status of that id today; unknown where it has no such status. */
  StatusCategory category(String id) {
    Known known = id == null ? null : byId.get(id);
    return known != null ? known.category() : StatusCategory.UNKNOWN;
  }

  int size() {
    return byId.size();
  }
}
