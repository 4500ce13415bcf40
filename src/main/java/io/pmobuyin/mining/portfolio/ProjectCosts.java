package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.pattern.PatternId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up one project's effort and what its patterns cost, issue by issue, so that every total
 * counts an issue's effort once; and its late deliverables, so that delay is counted per release,
 * never per issue.
 */
final class ProjectCosts {

  private final int evidenceLimit;
  private final Map<PatternId, PatternSum> patterns = new EnumMap<>(PatternId.class);
  private final LateDeliverables lateDeliverables = new LateDeliverables();
  private Effort all = Effort.NONE;
  private double recordedSeconds;
  private Effort failure = Effort.NONE;
  private Effort atStake = Effort.NONE;

  ProjectCosts(int evidenceLimit) {
    this.evidenceLimit = evidenceLimit;
  }

  /**
   * A due day (or, with {@code release}, a release day) whose delivered work came {@code days}
   * late; its latest work counts.
   */
  void late(boolean release, LocalDate day, int days) {
    lateDeliverables.add(release, day, days);
  }

  /**
   * One issue, with the patterns it shows.
   *
   * @param effortSeconds time spent, else estimate; negative when neither
   * @param spentSeconds time spent; negative when none was logged
   */
  void add(
      String key,
      List<PatternId> shown,
      long effortSeconds,
      long spentSeconds,
      long overrunSeconds,
      long reworkSeconds) {
    Effort effort = Effort.ofIssue(effortSeconds);
    all = all.plus(effort);
    recordedSeconds += Math.max(0, spentSeconds);
    if (shown.isEmpty()) {
      return;
    }
    atStake = atStake.plus(effort);
    Map<PatternId, Effort> attributed = new EnumMap<>(PatternId.class);
    Effort claimed = Effort.NONE;
    for (PatternId id : shown) {
      Effort part =
          CostAttribution.attributed(
              id, effortSeconds, spentSeconds, overrunSeconds, reworkSeconds);
      if (part != null) {
        attributed.put(id, part);
        claimed = claimed.plus(part);
      }
    }
    double fitting = CostAttribution.fitting(effort, claimed);
    for (PatternId id : shown) {
      PatternSum sum = patterns.computeIfAbsent(id, p -> new PatternSum());
      Effort part = attributed.get(id);
      sum.issues++;
      sum.onIssues = sum.onIssues.plus(effort);
      if (part == null) {
        sum.unseparated++;
      } else {
        sum.attributed = sum.attributed.plus(part);
        sum.share = sum.share.plus(part.times(fitting));
        failure = failure.plus(part.times(fitting));
      }
      if (sum.evidence.size() < evidenceLimit) {
        sum.evidence.add(key);
      }
      sum.keys.add(key);
    }
  }

  Map<PatternId, PatternTally> tallies() {
    long delayDays = delayDays();
    Map<PatternId, PatternTally> tallies = new EnumMap<>(PatternId.class);
    patterns.forEach(
        (id, sum) ->
            tallies.put(
                id,
                new PatternTally(
                    sum.issues,
                    sum.onIssues,
                    sum.attributed,
                    sum.unseparated,
                    sum.share,
                    id == PatternId.SCHEDULE_SLIP ? delayDays : 0,
                    sum.evidence,
                    sum.keys.build())));
    return tallies;
  }

  ProjectEffort effort() {
    return new ProjectEffort(
        all, recordedSeconds, failure, atStake, lateDeliverables.count(), delayDays());
  }

  private long delayDays() {
    return lateDeliverables.delayDays();
  }

  private static final class PatternSum {
    long issues;
    Effort onIssues = Effort.NONE;
    Effort attributed = Effort.NONE;
    long unseparated;
    Effort share = Effort.NONE;
    final List<String> evidence = new ArrayList<>();
    // every key, as runs: a pattern's issues in a project come mostly in ascending order
    final IssueKeys.Builder keys = new IssueKeys.Builder();
  }
}
