package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.history.StatusInterval;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns status categories from the data as it streams: a change log names the statuses an issue
 * went through but never their categories, while every issue's current status comes with its own.
 * An issue whose history passes through a status nobody has categorised yet (not the admin, not the
 * data so far, not the built-in table) waits until the end of the run, or until many wait, so that
 * a status learned from a later issue still counts for it. Statuses still unknown then are counted,
 * for the admin to set.
 */
final class StatusLearning {

  /** Issues held back at most before they are judged with what is known (bounds the memory). */
  static final int MAX_WAITING = 5_000;

  /** Distinct unknown status names counted at most (a hostile export could invent millions). */
  static final int MAX_UNKNOWN_NAMES = 1_000;

  private MiningConfig config;
  private final Map<String, StatusCategory> learned = new HashMap<>();
  private final List<IssueRecord> waiting = new ArrayList<>();
  private final Map<String, Long> unknown = new TreeMap<>();

  StatusLearning(MiningConfig config) {
    this.config = config;
  }

  /** The configuration with every category learned so far. */
  MiningConfig config() {
    return config;
  }

  /**
   * Takes in what the issue says of its current status; answers whether it must wait for a status
   * of its history to be categorised.
   */
  boolean holdBack(IssueRecord issue) {
    learn(issue.status(), issue.statusCategory());
    StatusCategories categories = config.statusCategories();
    for (ChangeEvent change : issue.changes()) {
      if (change.field() == ChangeField.STATUS
          && (unknownIn(categories, change.from()) || unknownIn(categories, change.to()))) {
        waiting.add(issue);
        return true;
      }
    }
    return false;
  }

  /** A source that knows every status (Jira, a live pull) tells them up front. */
  void learn(String status, StatusCategory category) {
    if (status == null || category == null || category == StatusCategory.UNKNOWN) {
      return;
    }
    if (learned.putIfAbsent(status, category) == null
        && !config.statusCategories().settled(status)) {
      config =
          config.withStatusCategories(
              config.statusCategories().observing(Map.of(status, category)));
    }
  }

  boolean full() {
    return waiting.size() >= MAX_WAITING;
  }

  /** The issues held back, to be judged now; none are held afterwards. */
  List<IssueRecord> release() {
    List<IssueRecord> released = List.copyOf(waiting);
    waiting.clear();
    return released;
  }

  /** Counts, once per issue, each status it went through that nothing categorised. */
  void countUnknown(List<StatusInterval> statuses) {
    Set<String> counted = new HashSet<>();
    for (StatusInterval interval : statuses) {
      String name = interval.status();
      if (interval.category() == StatusCategory.UNKNOWN
          && name != null
          && !name.isBlank()
          && counted.add(name)
          && (unknown.containsKey(name) || unknown.size() < MAX_UNKNOWN_NAMES)) {
        unknown.merge(name, 1L, Long::sum);
      }
    }
  }

  /** Status name to the number of issues that went through it while it had no category. */
  Map<String, Long> unknownStatuses() {
    return unknown;
  }

  private static boolean unknownIn(StatusCategories categories, String status) {
    return status != null && !status.isBlank() && categories.of(status) == StatusCategory.UNKNOWN;
  }
}
