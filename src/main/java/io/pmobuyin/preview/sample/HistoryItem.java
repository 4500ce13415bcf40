package io.pmobuyin.preview.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One changed field in a changelog history, as Jira writes it: {@code from}/{@code to} are ids
 * where Jira has them, the {@code ...String} values what a person reads. {@code fieldId} is null
 * where Jira omits it (links).
 */
record HistoryItem(
    String field,
    String fieldtype,
    String fieldId,
    String from,
    String fromText,
    String to,
    String toText) {

  static final String FLAGGED_OPTION_ID = "10019";
  static final String IMPEDIMENT = "Impediment";

  static HistoryItem status(JiraStatus from, JiraStatus to) {
    return new HistoryItem("status", "jira", "status", from.id(), from.name(), to.id(), to.name());
  }

  static HistoryItem resolution(JiraResolution from, JiraResolution to) {
    return new HistoryItem(
        "resolution",
        "jira",
        "resolution",
        from == null ? null : from.id(),
        from == null ? null : from.displayName(),
        to == null ? null : to.id(),
        to == null ? null : to.displayName());
  }

  static HistoryItem assignee(int from, int to) {
    return new HistoryItem(
        "assignee",
        "jira",
        "assignee",
        from == People.NOBODY ? null : People.accountId(from),
        from == People.NOBODY ? null : People.displayName(from),
        to == People.NOBODY ? null : People.accountId(to),
        to == People.NOBODY ? null : People.displayName(to));
  }

  static HistoryItem priority(JiraPriority from, JiraPriority to) {
    return new HistoryItem(
        "priority", "jira", "priority", from.id(), from.displayName(), to.id(), to.displayName());
  }

  /** Jira writes a fix version move as two items: the old version removed, the new one added. */
  static HistoryItem fixVersionRemoved(VersionSpec version) {
    return new HistoryItem(
        "Fix Version",
        "jira",
        "fixVersions",
        Long.toString(version.id()),
        version.name(),
        null,
        null);
  }

  static HistoryItem fixVersionAdded(VersionSpec version) {
    return new HistoryItem(
        "Fix Version",
        "jira",
        "fixVersions",
        null,
        null,
        Long.toString(version.id()),
        version.name());
  }

  /** Sprint values are comma-separated lists of every sprint the issue has been in. */
  static HistoryItem sprint(List<SprintSpec> from, List<SprintSpec> to) {
    return new HistoryItem(
        "Sprint",
        "custom",
        "customfield_10020",
        from.isEmpty() ? null : ids(from),
        from.isEmpty() ? null : names(from),
        ids(to),
        names(to));
  }

  static HistoryItem flagged(boolean on) {
    String id = "[" + FLAGGED_OPTION_ID + "]";
    return on
        ? new HistoryItem("Flagged", "custom", "customfield_10021", null, null, id, IMPEDIMENT)
        : new HistoryItem("Flagged", "custom", "customfield_10021", id, IMPEDIMENT, null, null);
  }

  static HistoryItem blockedBy(String otherKey) {
    return new HistoryItem(
        "Link", "jira", null, null, null, otherKey, "This issue is blocked by " + otherKey);
  }

  static HistoryItem timeSpent(long fromSeconds, long toSeconds) {
    String from = fromSeconds == 0 ? null : Long.toString(fromSeconds);
    String to = Long.toString(toSeconds);
    return new HistoryItem("timespent", "jira", "timespent", from, from, to, to);
  }

  static HistoryItem dueDate(LocalDate from, LocalDate to) {
    return new HistoryItem(
        "duedate",
        "jira",
        "duedate",
        from == null ? null : JiraTime.date(from),
        from == null ? null : JiraTime.dueDateChangeText(from),
        JiraTime.date(to),
        JiraTime.dueDateChangeText(to));
  }

  private static String ids(List<SprintSpec> sprints) {
    return sprints.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(", "));
  }

  private static String names(List<SprintSpec> sprints) {
    return sprints.stream().map(SprintSpec::name).collect(Collectors.joining(", "));
  }
}
