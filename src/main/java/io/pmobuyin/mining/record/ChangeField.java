package io.pmobuyin.mining.record;

import java.util.Locale;
import java.util.Map;

/**
 * The change-history fields the patterns read. Exports name them by id ({@code status}) or by
 * display name ({@code Fix Version}); both map here.
 */
public enum ChangeField {
  STATUS,
  RESOLUTION,
  ASSIGNEE,
  FIX_VERSION,
  PRIORITY,
  SPRINT,
  FLAGGED,
  LINK,
  DUE_DATE,
  /** Work logged: Jira records the total time spent, in seconds, before and after. */
  TIME_SPENT,
  OTHER;

  private static final Map<String, ChangeField> BY_NAME =
      Map.ofEntries(
          Map.entry("status", STATUS),
          Map.entry("resolution", RESOLUTION),
          Map.entry("assignee", ASSIGNEE),
          Map.entry("fix version", FIX_VERSION),
          Map.entry("fix version/s", FIX_VERSION),
          Map.entry("fixversions", FIX_VERSION),
          Map.entry("priority", PRIORITY),
          Map.entry("sprint", SPRINT),
          Map.entry("flagged", FLAGGED),
          Map.entry("link", LINK),
          Map.entry("issuelinks", LINK),
          Map.entry("duedate", DUE_DATE),
          Map.entry("due date", DUE_DATE),
          Map.entry("timespent", TIME_SPENT),
          Map.entry("time spent", TIME_SPENT));

  /** The field a changelog item names, by its {@code field} or {@code fieldId}; OTHER if none. */
  public static ChangeField named(String name) {
    if (name == null) {
      return OTHER;
    }
    return BY_NAME.getOrDefault(name.trim().toLowerCase(Locale.ROOT), OTHER);
  }
}
