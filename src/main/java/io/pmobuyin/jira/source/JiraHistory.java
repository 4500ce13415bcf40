package io.pmobuyin.jira.source;

import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.source.ChangeValues;
import io.pmobuyin.mining.source.HistoryEntryEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue's change history as the engine's events: each item of each entry one event at the
 * entry's time, its values kept by the rule every source shares ({@link ChangeValues}). Jira stores
 * an item's field by name ({@code status}, {@code Fix Version}, a custom field's name), its ids in
 * {@code from}/{@code to} (for the assignee: user keys) and display strings beside them (for the
 * assignee: names, which the shared rule drops). A status item's names are read by its ids, as Jira
 * names those statuses today ({@link JiraStatuses}), so a status renamed since is one status.
 */
final class JiraHistory {

  /** What an item's field is to the engine, and which of its values are kept. */
  private record Kind(ChangeField field, ChangeValues kept) {}

  private static final Kind UNNAMED = new Kind(ChangeField.OTHER, ChangeValues.NONE);

  /** Beyond this many distinct field names the data is odd; start over rather than grow. */
  private static final int MAX_REMEMBERED = 10_000;

  private final AppFields fields;
  private final JiraStatuses statuses;
  private final JiraVersions versions;

  /** A project's histories repeat a few dozen field names: each is worked out once. */
  private final Map<String, Kind> kinds = new HashMap<>();

  JiraHistory(AppFields fields, JiraStatuses statuses, JiraVersions versions) {
    this.fields = fields;
    this.statuses = statuses;
    this.versions = versions;
  }

  List<ChangeEvent> events(List<ChangeHistory> histories) {
    if (histories == null || histories.isEmpty()) {
      return List.of();
    }
    List<ChangeEvent> events = new ArrayList<>(histories.size() * 2);
    for (ChangeHistory history : histories) {
      Instant at = JiraDates.instant(history.getTimePerformed());
      List<ChangeItemBean> items = history.getChangeItemBeans();
      if (at == null || items == null) {
        continue;
      }
      HistoryEntryEvents entry = new HistoryEntryEvents(events);
      for (ChangeItemBean item : items) {
        entry.add(event(at, item));
      }
    }
    return events;
  }

  private ChangeEvent event(Instant at, ChangeItemBean item) {
    Kind kind = kindOf(item.getField());
    String fromText = item.getFromString();
    String toText = item.getToString();
    if (kind.field() == ChangeField.STATUS) {
      fromText = statuses.nameToday(item.getFrom(), fromText);
      toText = statuses.nameToday(item.getTo(), toText);
    } else if (kind.field() == ChangeField.FIX_VERSION) {
      fromText = versions.nameToday(item.getFrom(), fromText);
      toText = versions.nameToday(item.getTo(), toText);
    }
    return kind.kept().event(at, kind.field(), item.getFrom(), fromText, item.getTo(), toText);
  }

  private Kind kindOf(String name) {
    if (name == null) {
      return UNNAMED;
    }
    Kind kind = kinds.get(name);
    if (kind == null) {
      ChangeField field = ChangeField.named(name);
      kind = new Kind(field, ChangeValues.keptFor(field, fields.holdsPeople(name)));
      if (kinds.size() >= MAX_REMEMBERED) {
        kinds.clear();
      }
      kinds.put(name, kind);
    }
    return kind;
  }
}
