package io.pmobuyin.mining.history;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an issue's change history says about it, derived once per issue by a pure calculation: the
 * statuses it went through and for how long, and the facts the patterns ask about.
 */
public final class IssueHistory {

  private static final List<ChangeEvent> NONE = List.of();

  private final IssueRecord issue;
  private final List<StatusInterval> statuses;
  private final Instant end;
  private final MiningConfig config;
  private final List<ChangeEvent>[] byField;
  private double cycleDays = Double.NaN;
  private Boolean reopened;

  private IssueHistory(IssueRecord issue, MiningConfig config) {
    this.issue = issue;
    this.config = config;
    this.end = endOf(issue);
    this.byField = byField(issue.changes());
    this.statuses =
        StatusTimeline.of(issue, events(ChangeField.STATUS), config.statusCategories(), end);
  }

  @SuppressWarnings("unchecked")
  private static List<ChangeEvent>[] byField(List<ChangeEvent> changes) {
    List<ChangeEvent>[] buckets = new List[ChangeField.values().length];
    for (ChangeEvent change : changes) {
      int field = change.field().ordinal();
      if (buckets[field] == null) {
        buckets[field] = new ArrayList<>(4);
      }
      buckets[field].add(change);
    }
    return buckets;
  }

  public static IssueHistory of(IssueRecord issue, MiningConfig config) {
    return new IssueHistory(issue, config);
  }

  public IssueRecord issue() {
    return issue;
  }

  /** When the issue's story ends: resolved, else last updated, else its last change. */
  public Instant end() {
    return end;
  }

  public List<StatusInterval> statuses() {
    return statuses;
  }

  /** First entry into an in-progress status; the creation time for work never marked started. */
  public Instant cycleStart() {
    return statuses.stream()
        .filter(s -> s.category() == StatusCategory.IN_PROGRESS)
        .map(StatusInterval::start)
        .findFirst()
        .orElse(issue.created());
  }

  /** Days from start of work to resolution; negative when not resolved. */
  public double cycleDays() {
    if (Double.isNaN(cycleDays)) {
      if (!issue.isResolved()) {
        cycleDays = -1;
      } else {
        Duration cycle = Duration.between(cycleStart(), issue.resolved());
        cycleDays = cycle.isNegative() ? 0 : cycle.toMinutes() / (24.0 * 60);
      }
    }
    return cycleDays;
  }

  /** Moved from a done-category status back to another, or had its resolution cleared. */
  public boolean reopened() {
    if (reopened == null) {
      reopened = wasReopened();
    }
    return reopened;
  }

  private boolean wasReopened() {
    for (int i = 1; i < statuses.size(); i++) {
      if (statuses.get(i - 1).category() == StatusCategory.DONE
          && statuses.get(i).category() != StatusCategory.DONE
          && statuses.get(i).category() != StatusCategory.UNKNOWN) {
        return true;
      }
    }
    return events(ChangeField.RESOLUTION).stream().anyMatch(e -> !e.isEmptyFrom() && e.isEmptyTo());
  }

  public int assigneeChanges() {
    return events(ChangeField.ASSIGNEE).size();
  }

  public boolean everAssigned() {
    return issue.assigneeId() != null
        || events(ChangeField.ASSIGNEE).stream().anyMatch(e -> !e.isEmptyTo() || !e.isEmptyFrom());
  }

  /** Some time in an in-progress status passed with nobody assigned. */
  public boolean unassignedWhileInProgress() {
    List<ChangeEvent> changes = events(ChangeField.ASSIGNEE);
    String assignee = changes.isEmpty() ? issue.assigneeId() : changes.get(0).from();
    int next = 0;
    for (StatusInterval interval : statuses) {
      while (next < changes.size() && !changes.get(next).at().isAfter(interval.start())) {
        assignee = changes.get(next++).to();
      }
      if (interval.category() != StatusCategory.IN_PROGRESS
          || !interval.end().isAfter(interval.start())) {
        continue;
      }
      if (isBlank(assignee)) {
        return true;
      }
      while (next < changes.size() && changes.get(next).at().isBefore(interval.end())) {
        assignee = changes.get(next++).to();
        if (isBlank(assignee)) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean priorityRaised() {
    PatternThresholds thresholds = config.thresholds();
    return events(ChangeField.PRIORITY).stream()
        .anyMatch(
            e -> {
              int from = thresholds.priorityRank(e.from());
              int to = thresholds.priorityRank(e.to());
              return from >= 0 && to >= 0 && to < from;
            });
  }

  /**
   * Times a fix version was replaced by another: one item from old to new, or (as Jira records it)
   * a removal and an addition in the same history entry.
   */
  public int fixVersionMoves() {
    List<ChangeEvent> changes = events(ChangeField.FIX_VERSION);
    int moves = 0;
    int i = 0;
    while (i < changes.size()) {
      Instant at = changes.get(i).at();
      int removed = 0;
      int added = 0;
      for (; i < changes.size() && changes.get(i).at().equals(at); i++) {
        ChangeEvent change = changes.get(i);
        if (!change.isEmptyFrom() && !change.isEmptyTo()) {
          moves++;
        } else if (!change.isEmptyFrom()) {
          removed++;
        } else if (!change.isEmptyTo()) {
          added++;
        }
      }
      moves += Math.min(removed, added);
    }
    return moves;
  }

  /** Time flagged, in a blocked status, or with a blocked-by link, as the history shows it. */
  public Duration blockedTime() {
    Intervals blocked = new Intervals();
    PatternThresholds thresholds = config.thresholds();
    for (StatusInterval interval : statuses) {
      if (thresholds.isBlockedStatus(interval.status())) {
        blocked.add(interval.start(), interval.end());
      }
    }
    addSpans(blocked, ChangeField.FLAGGED, e -> !e.isEmptyTo(), e -> e.isEmptyTo());
    addSpans(
        blocked, ChangeField.LINK, IssueHistory::addsBlockedBy, IssueHistory::removesBlockedBy);
    return blocked.covered();
  }

  /** Longest time in progress without any recorded change. */
  public Duration longestQuietSpellInProgress() {
    Duration longest = Duration.ZERO;
    for (StatusInterval interval : statuses) {
      if (interval.category() != StatusCategory.IN_PROGRESS) {
        continue;
      }
      Instant last = interval.start();
      for (ChangeEvent change : issue.changes()) {
        Instant moment = change.at();
        if (moment.isAfter(last) && moment.isBefore(interval.end())) {
          longest = max(longest, Duration.between(last, moment));
          last = moment;
        }
      }
      longest = max(longest, Duration.between(last, interval.end()));
    }
    return longest;
  }

  /** A sprint was added while it was already running. */
  public boolean addedToRunningSprint() {
    for (ChangeEvent change : events(ChangeField.SPRINT)) {
      for (String sprint : SprintNames.added(change.from(), change.to())) {
        boolean running =
            issue.sprints().stream()
                .anyMatch(
                    s ->
                        s.name().equals(sprint)
                            && s.start() != null
                            && s.start().isBefore(change.at()));
        if (running) {
          return true;
        }
      }
    }
    return false;
  }

  private void addSpans(
      Intervals into,
      ChangeField field,
      java.util.function.Predicate<ChangeEvent> opens,
      java.util.function.Predicate<ChangeEvent> closes) {
    Instant openedAt = null;
    for (ChangeEvent change : events(field)) {
      if (openedAt == null && opens.test(change)) {
        openedAt = change.at();
      } else if (openedAt != null && closes.test(change)) {
        into.add(openedAt, change.at());
        openedAt = null;
      }
    }
    if (openedAt != null) {
      into.add(openedAt, end);
    }
  }

  private static boolean addsBlockedBy(ChangeEvent change) {
    return change.to() != null && change.to().toLowerCase().contains("is blocked by");
  }

  private static boolean removesBlockedBy(ChangeEvent change) {
    return change.isEmptyTo()
        && change.from() != null
        && change.from().toLowerCase().contains("is blocked by");
  }

  private List<ChangeEvent> events(ChangeField field) {
    List<ChangeEvent> events = byField[field.ordinal()];
    return events == null ? NONE : events;
  }

  private static Instant endOf(IssueRecord issue) {
    Instant end = issue.created();
    if (!issue.changes().isEmpty()) {
      end = later(end, issue.changes().get(issue.changes().size() - 1).at());
    }
    if (issue.updated() != null) {
      end = later(end, issue.updated());
    }
    return issue.isResolved() ? later(issue.created(), issue.resolved()) : end;
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }

  private static Duration max(Duration a, Duration b) {
    return b.compareTo(a) > 0 ? b : a;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
