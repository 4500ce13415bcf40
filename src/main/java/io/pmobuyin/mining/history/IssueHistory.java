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
      reopened = firstReopening() != null;
    }
    return reopened;
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
   * Fix versions taken off while another was on the issue or put on later: one item from old to
   * new, a removal and an addition in one history entry (as Jira records a move), or in separate
   * ones.
   */
  public List<VersionMove> fixVersionMoves() {
    return FixVersionHistory.moves(issue.fixVersions(), events(ChangeField.FIX_VERSION));
  }

  /**
   * When the issue was planned into each fix version it ends in, leaving out versions set only once
   * the work was resolved: that records where finished work shipped, not a plan.
   */
  public List<VersionPlan> fixVersionPlans() {
    List<VersionPlan> plans =
        FixVersionHistory.plans(
            issue.fixVersions(), events(ChangeField.FIX_VERSION), issue.created());
    Instant resolvedAt = firstResolvedAt();
    if (resolvedAt == null) {
      return plans;
    }
    return plans.stream().filter(plan -> plan.plannedAt().isBefore(resolvedAt)).toList();
  }

  /** The first time the work was resolved (a done status or a resolution set); null if never. */
  public Instant firstResolvedAt() {
    Instant first = issue.resolved();
    for (StatusInterval interval : statuses) {
      if (interval.category() == StatusCategory.DONE && !interval.start().equals(issue.created())) {
        first = earlier(first, interval.start());
        break;
      }
    }
    for (ChangeEvent change : events(ChangeField.RESOLUTION)) {
      if (!change.isEmptyTo()) {
        first = earlier(first, change.at());
        break;
      }
    }
    return first;
  }

  /**
   * Time logged after the work was first reopened, in seconds: the issue's time spent now less what
   * its work log held at the reopening. 0 when never reopened; -1 when the history has no work-log
   * entries to tell (then the rework cannot be told apart from the rest of the work).
   */
  public long secondsLoggedAfterReopening() {
    if (!reopened()) {
      return 0;
    }
    List<ChangeEvent> logged = events(ChangeField.TIME_SPENT);
    Long spent = issue.timeSpentSeconds();
    if (logged.isEmpty() || spent == null) {
      return -1;
    }
    Instant reopenedAt = firstReopening();
    long atReopening = 0;
    for (ChangeEvent change : logged) {
      if (change.at().isAfter(reopenedAt)) {
        break;
      }
      atReopening = seconds(change.to());
    }
    return Math.max(0, spent - atReopening);
  }

  /**
   * The first move from a done status back to another (of a known category), or the first
   * resolution cleared; null when the work was never reopened.
   */
  private Instant firstReopening() {
    Instant first = null;
    for (int i = 1; i < statuses.size(); i++) {
      if (statuses.get(i - 1).category() == StatusCategory.DONE
          && statuses.get(i).category() != StatusCategory.DONE
          && statuses.get(i).category() != StatusCategory.UNKNOWN) {
        first = statuses.get(i).start();
        break;
      }
    }
    for (ChangeEvent change : events(ChangeField.RESOLUTION)) {
      if (!change.isEmptyFrom() && change.isEmptyTo()) {
        first = earlier(first, change.at());
        break;
      }
    }
    return first;
  }

  private static long seconds(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** When work on the issue began: first in progress, else first resolved; null if neither. */
  public Instant workStart() {
    for (StatusInterval interval : statuses) {
      if (interval.category() == StatusCategory.IN_PROGRESS) {
        return interval.start();
      }
    }
    return firstResolvedAt();
  }

  /**
   * Time flagged, in a blocked status, or with a blocked-by link, up to the work's resolution (see
   * {@link BlockedTime}).
   */
  public Duration blockedTime() {
    return BlockedTime.of(
        statuses,
        events(ChangeField.FLAGGED),
        events(ChangeField.LINK),
        BlockedTime.resolutionMoments(statuses, events(ChangeField.RESOLUTION), issue.resolved()),
        end,
        config.thresholds());
  }

  /**
   * Longest time in progress without any recorded change. One pass: the changes are oldest first
   * (IssueRecord keeps them so) and the status intervals follow one another, so a single cursor
   * over the changes serves every interval.
   */
  public Duration longestQuietSpellInProgress() {
    Duration longest = Duration.ZERO;
    List<ChangeEvent> changes = issue.changes();
    int next = 0;
    for (StatusInterval interval : statuses) {
      if (interval.category() != StatusCategory.IN_PROGRESS) {
        continue;
      }
      Instant last = interval.start();
      while (next < changes.size() && !changes.get(next).at().isAfter(last)) {
        next++;
      }
      while (next < changes.size() && changes.get(next).at().isBefore(interval.end())) {
        Instant moment = changes.get(next++).at();
        longest = max(longest, Duration.between(last, moment));
        last = moment;
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

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
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
