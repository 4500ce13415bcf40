package io.pmobuyin.mining;

import io.pmobuyin.mining.record.StatusCategory;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Status name to category, for statuses the data does not categorise: a change log names the
 * statuses an issue went through but never their categories. Three sources, the first that knows a
 * name wins: what the admin set; what the data itself says, wherever an issue currently sits in
 * that status (Jira gives the category of a current status); the built-in table of Jira's common
 * workflows.
 */
public final class StatusCategories {

  /**
   * Workflows have few status names: remember each as written, instead of lowering it each time.
   */
  private static final int MAX_REMEMBERED = 10_000;

  private final NamedValues<StatusCategory> names;

  /** What the data said, by lower-case name. */
  private final Map<String, StatusCategory> observed;

  private final Map<String, StatusCategory> asWritten = new ConcurrentHashMap<>();

  private StatusCategories(
      NamedValues<StatusCategory> names, Map<String, StatusCategory> observed) {
    this.names = names;
    this.observed = Map.copyOf(observed);
  }

  public static StatusCategories defaults() {
    Map<String, StatusCategory> names = new HashMap<>();
    for (String todo :
        new String[] {
          "open",
          "to do",
          "backlog",
          "new",
          "selected for development",
          "reopened",
          "ready",
          "ready for development",
          "waiting for support",
          "pending"
        }) {
      names.put(todo, StatusCategory.TO_DO);
    }
    for (String doing :
        new String[] {
          "in progress",
          "in review",
          "code review",
          "in development",
          "in testing",
          "testing",
          "qa",
          "in qa",
          "review",
          "blocked",
          "on hold",
          "impeded",
          "waiting",
          "in analysis",
          "ready for qa",
          "ready for review",
          "work in progress",
          "doing",
          "patch available"
        }) {
      names.put(doing, StatusCategory.IN_PROGRESS);
    }
    for (String done :
        new String[] {
          "done",
          "closed",
          "resolved",
          "cancelled",
          "canceled",
          "complete",
          "completed",
          "released",
          "won't do",
          "rejected",
          "declined"
        }) {
      names.put(done, StatusCategory.DONE);
    }
    return new StatusCategories(new NamedValues<>(names), Map.of());
  }

  /** These categories win over the defaults and earlier overrides (names compared without case). */
  public StatusCategories with(Map<String, StatusCategory> more) {
    return new StatusCategories(names.with(more), observed);
  }

  /**
   * What the data says of these statuses (by name, as an issue currently in it shows), below the
   * admin's settings and above the built-in table. Unknown categories are ignored.
   */
  public StatusCategories observing(Map<String, StatusCategory> seen) {
    Map<String, StatusCategory> all = new HashMap<>(observed);
    seen.forEach(
        (name, category) -> {
          if (name != null && category != null && category != StatusCategory.UNKNOWN) {
            all.put(NamedValues.lower(name), category);
          }
        });
    return new StatusCategories(names, all);
  }

  /** The categories set on top of the defaults, by status name as written. */
  public Map<String, StatusCategory> overrides() {
    return names.overrides();
  }

  /** Whether the admin or the data categorised this status (the built-in table aside). */
  public boolean settled(String statusName) {
    return statusName != null
        && (names.override(statusName) != null
            || observed.containsKey(NamedValues.lower(statusName)));
  }

  public StatusCategory of(String statusName) {
    if (statusName == null) {
      return StatusCategory.UNKNOWN;
    }
    StatusCategory seen = asWritten.get(statusName);
    if (seen == null) {
      seen = lookUp(statusName);
      if (asWritten.size() < MAX_REMEMBERED) {
        asWritten.put(statusName, seen);
      }
    }
    return seen;
  }

  private StatusCategory lookUp(String statusName) {
    StatusCategory set = names.override(statusName);
    if (set != null) {
      return set;
    }
    StatusCategory fromData = observed.get(NamedValues.lower(statusName));
    if (fromData != null) {
      return fromData;
    }
    StatusCategory builtIn = names.builtIn(statusName);
    return builtIn == null ? StatusCategory.UNKNOWN : builtIn;
  }

  /** Equal when the admin's overrides and what the data said are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatusCategories that
        && names.equals(that.names)
        && observed.equals(that.observed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, observed);
  }

  @Override
  public String toString() {
    return "StatusCategories" + overrides();
  }
}
