package io.pmobuyin.mining.history;

import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Time an issue was flagged, in a blocked status, or had a blocked-by link, up to the work's
 * resolution: a flag or link left in place on finished work blocks nothing, and a reopened issue
 * counts again only when it is blocked again. Overlapping reasons count once.
 */
final class BlockedTime {

  private final List<Instant> resolutions;
  private final Intervals blocked = new Intervals();

  private BlockedTime(List<Instant> resolutions) {
    this.resolutions = resolutions;
  }

  /**
   * @param statuses the status intervals, oldest first
   * @param flags its Flagged changes; {@code links} its issue-link changes, oldest first
   * @param resolutions each moment it became resolved
   * @param end when its story ends
   */
  static Duration of(
      List<StatusInterval> statuses,
      List<ChangeEvent> flags,
      List<ChangeEvent> links,
      List<Instant> resolutions,
      Instant end,
      PatternThresholds thresholds) {
    BlockedTime time = new BlockedTime(resolutions);
    for (StatusInterval interval : statuses) {
      if (thresholds.isBlockedStatus(interval.status())) {
        time.blocked.add(interval.start(), time.until(interval.start(), interval.end()));
      }
    }
    time.addSpans(flags, e -> !e.isEmptyTo(), ChangeEvent::isEmptyTo, end);
    time.addSpans(links, BlockedTime::addsBlockedBy, BlockedTime::removesBlockedBy, end);
    return time.blocked.covered();
  }

  /** Each moment the work became resolved: entered a done status or had a resolution set. */
  static List<Instant> resolutionMoments(
      List<StatusInterval> statuses, List<ChangeEvent> resolutionChanges, Instant resolved) {
    List<Instant> moments = new ArrayList<>();
    for (int i = 1; i < statuses.size(); i++) {
      if (statuses.get(i).category() == StatusCategory.DONE
          && statuses.get(i - 1).category() != StatusCategory.DONE) {
        moments.add(statuses.get(i).start());
      }
    }
    for (ChangeEvent change : resolutionChanges) {
      if (!change.isEmptyTo()) {
        moments.add(change.at());
      }
    }
    if (resolved != null) {
      moments.add(resolved);
    }
    moments.sort(null);
    return moments;
  }

  private void addSpans(
      List<ChangeEvent> changes,
      Predicate<ChangeEvent> opens,
      Predicate<ChangeEvent> closes,
      Instant end) {
    Instant openedAt = null;
    Instant cutAt = null;
    for (ChangeEvent change : changes) {
      if (openedAt != null && !change.at().isBefore(cutAt)) {
        // Resolved while still open: the span ends there, and a reopened issue must open it anew.
        blocked.add(openedAt, cutAt);
        openedAt = null;
      }
      if (openedAt == null && opens.test(change)) {
        openedAt = change.at();
        cutAt = until(openedAt, Instant.MAX);
      } else if (openedAt != null && closes.test(change)) {
        blocked.add(openedAt, change.at());
        openedAt = null;
      }
    }
    if (openedAt != null) {
      blocked.add(openedAt, until(openedAt, end));
    }
  }

  /** The span's end, or the first resolution after its start if that comes sooner. */
  private Instant until(Instant start, Instant end) {
    int low = 0;
    int high = resolutions.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (resolutions.get(middle).isAfter(start)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    if (low == resolutions.size()) {
      return end;
    }
    Instant resolved = resolutions.get(low);
    return resolved.isBefore(end) ? resolved : end;
  }

  private static boolean addsBlockedBy(ChangeEvent change) {
    return change.to() != null && change.to().toLowerCase(Locale.ROOT).contains("is blocked by");
  }

  private static boolean removesBlockedBy(ChangeEvent change) {
    return change.isEmptyTo()
        && change.from() != null
        && change.from().toLowerCase(Locale.ROOT).contains("is blocked by");
  }
}
