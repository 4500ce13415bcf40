package io.pmobuyin.mining;

import io.pmobuyin.mining.record.StatusCategory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Status name to category, for statuses the data does not categorise (historical statuses in a
 * change log never carry their category). Defaults cover Jira's common workflows; admins add
 * theirs.
 */
public final class StatusCategories {

  /**
   * Workflows have few status names: remember each as written, instead of lowering it each time.
   */
  private static final int MAX_REMEMBERED = 10_000;

  private final Map<String, StatusCategory> byName;

  /** What admins set on top of the defaults, names as they wrote them, so settings can store it. */
  private final Map<String, StatusCategory> overrides;

  private final Map<String, StatusCategory> asWritten = new ConcurrentHashMap<>();

  private StatusCategories(
      Map<String, StatusCategory> byName, Map<String, StatusCategory> overrides) {
    this.byName = Map.copyOf(byName);
    this.overrides = Map.copyOf(overrides);
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
          "doing"
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
    return new StatusCategories(names, Map.of());
  }

  /** These categories win over the defaults and earlier overrides (names compared without case). */
  public StatusCategories with(Map<String, StatusCategory> more) {
    Map<String, StatusCategory> names = new HashMap<>(byName);
    Map<String, StatusCategory> written = new HashMap<>(overrides);
    more.forEach(
        (name, category) -> {
          written.keySet().removeIf(earlier -> lower(earlier).equals(lower(name)));
          written.put(name.trim(), category);
          names.put(lower(name), category);
        });
    return new StatusCategories(names, written);
  }

  /** The categories set on top of the defaults, by status name as written. */
  public Map<String, StatusCategory> overrides() {
    return overrides;
  }

  public StatusCategory of(String statusName) {
    if (statusName == null) {
      return StatusCategory.UNKNOWN;
    }
    StatusCategory seen = asWritten.get(statusName);
    if (seen == null) {
      seen = byName.getOrDefault(lower(statusName), StatusCategory.UNKNOWN);
      if (asWritten.size() < MAX_REMEMBERED) {
        asWritten.put(statusName, seen);
      }
    }
    return seen;
  }

  private static String lower(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** Every instance is the defaults plus its overrides, so equal overrides categorise alike. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatusCategories that && overrides.equals(that.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overrides);
  }

  @Override
  public String toString() {
    return "StatusCategories" + overrides;
  }
}
