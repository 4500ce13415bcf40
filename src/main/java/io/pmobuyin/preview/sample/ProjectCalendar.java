package io.pmobuyin.preview.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A project's sprints (two weeks, Monday to the Friday after) and its fix versions, in order. */
final class ProjectCalendar {

  private static final int SPRINT_DAYS = 14;
  private static final int SPRINT_WORKING_SPAN_DAYS = 11;
  private static final int SPRINT_STARTS_AT = 9;
  private static final int SPRINT_ENDS_AT = 17;
  private static final int RELEASED_AT = 15;
  private static final int MINOR_VERSIONS_PER_MAJOR = 10;
  // Sprint and version ids are spaced per project; no sample project has this many of either.
  private static final long IDS_PER_PROJECT = 100;

  private final List<SprintSpec> sprints;
  private final List<VersionSpec> versions;

  private ProjectCalendar(List<SprintSpec> sprints, List<VersionSpec> versions) {
    this.sprints = List.copyOf(sprints);
    this.versions = List.copyOf(versions);
  }

  /**
   * Sprints from the project's first Monday until its close, and versions released every six to ten
   * weeks, the last on the day the project closes.
   */
  static ProjectCalendar plan(
      String projectKey,
      int projectOrdinal,
      LocalDate start,
      LocalDate close,
      boolean withSprints,
      boolean withVersions,
      Dice dice) {
    long idBase = IDS_PER_PROJECT * (projectOrdinal + 1L);
    List<SprintSpec> sprints = new ArrayList<>();
    if (withSprints) {
      LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (int k = 0; ; k++) {
        LocalDate sprintStart = monday.plusDays((long) SPRINT_DAYS * k);
        LocalDate sprintEnd = sprintStart.plusDays(SPRINT_WORKING_SPAN_DAYS);
        if (sprintEnd.isAfter(close) || k >= IDS_PER_PROJECT) {
          break;
        }
        sprints.add(
            new SprintSpec(
                idBase + k + 1,
                projectKey + " Sprint " + (k + 1),
                projectOrdinal + 1,
                JiraTime.at(sprintStart, SPRINT_STARTS_AT),
                JiraTime.at(sprintEnd, SPRINT_ENDS_AT)));
      }
    }
    List<VersionSpec> versions = new ArrayList<>();
    if (withVersions) {
      int cadenceDays = 7 * dice.between(6, 10);
      List<LocalDate> releases = new ArrayList<>();
      for (LocalDate d = thursdayOnOrBefore(start.plusDays(cadenceDays));
          d.isBefore(close.minusDays(SPRINT_DAYS));
          d = thursdayOnOrBefore(d.plusDays(cadenceDays))) {
        releases.add(d);
      }
      releases.add(close);
      boolean lastReleased = dice.chance(0.85);
      long baselineDays =
          Math.round(ChronoUnit.DAYS.between(start, close) * IssueArrivals.BASELINE);
      LocalDate firstStart = start.plusDays(baselineDays);
      for (int v = 0; v < releases.size() && v < IDS_PER_PROJECT; v++) {
        LocalDate date = releases.get(v);
        LocalDate begins =
            v > 0
                ? releases.get(v - 1).plusDays(1)
                : earliest(firstStart, date.minusDays(SPRINT_DAYS), start);
        String name = (1 + v / MINOR_VERSIONS_PER_MAJOR) + "." + (v % MINOR_VERSIONS_PER_MAJOR);
        boolean released = v < releases.size() - 1 || lastReleased;
        versions.add(
            new VersionSpec(
                10_000L + idBase + v,
                name,
                begins,
                date,
                JiraTime.at(date, RELEASED_AT),
                released));
      }
    }
    return new ProjectCalendar(sprints, versions);
  }

  List<SprintSpec> sprints() {
    return sprints;
  }

  List<VersionSpec> versions() {
    return versions;
  }

  boolean hasSprints() {
    return !sprints.isEmpty();
  }

  boolean hasVersions() {
    return !versions.isEmpty();
  }

  /** The sprint running at {@code instant}, else the next one to start; null after the last. */
  SprintSpec sprintAt(long instant) {
    for (SprintSpec sprint : sprints) {
      if (sprint.end() > instant) {
        return sprint;
      }
    }
    return null;
  }

  /** The first version released after {@code instant}; null after the last. */
  VersionSpec versionAfter(long instant) {
    for (VersionSpec version : versions) {
      if (version.releaseAt() > instant) {
        return version;
      }
    }
    return null;
  }

  /** The earlier of the first two, but not before the third. */
  private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate notBefore) {
    LocalDate day = a.isBefore(b) ? a : b;
    return day.isBefore(notBefore) ? notBefore : day;
  }

  private static LocalDate thursdayOnOrBefore(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
  }
}
