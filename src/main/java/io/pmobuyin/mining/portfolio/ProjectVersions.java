package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.history.VersionPlan;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A project's fix versions as its issues and the source describe them: each name held once (many
 * issues name the same few versions), its planned start and release days, and when work on it
 * began, the moment after which work put into it is scope added to a commitment.
 */
final class ProjectVersions {

  private final ZoneId zone;
  private final NameTable names = new NameTable();
  private final Map<String, LocalDate> releaseDays = new HashMap<>();
  private final Map<String, LocalDate> startDays = new HashMap<>();
  private final Map<String, Instant> firstWork = new HashMap<>();
  private TreeSet<LocalDate> sortedReleases;

  ProjectVersions(ZoneId zone) {
    this.zone = zone;
  }

  /** The one copy of this name kept for the project. */
  String name(String name) {
    return names.intern(name.trim());
  }

  /** The project's version names, each held once, by code: its issues' rows keep the codes. */
  NameTable names() {
    return names;
  }

  /** The earliest day any source gives wins, whatever the order they come in. */
  void describe(List<VersionRecord> versions) {
    for (VersionRecord version : versions) {
      String name = name(version.name());
      if (version.releaseDate() != null) {
        sortedReleases = null;
        releaseDays.merge(name, version.releaseDate(), ProjectVersions::earlier);
      }
      if (version.startDate() != null) {
        startDays.merge(name, version.startDate(), ProjectVersions::earlier);
      }
    }
  }

  /** An issue planned into these versions started work at {@code workStart} (null: never). */
  void started(List<VersionPlan> plans, Instant workStart) {
    if (workStart == null) {
      return;
    }
    for (VersionPlan plan : plans) {
      firstWork.merge(plan.version(), workStart, (a, b) -> b.isBefore(a) ? b : a);
    }
  }

  void clearStarts() {
    firstWork.clear();
  }

  /**
   * When work on the version began: its planned start day where the source gives one; else the day
   * after the project's previous release (the team turns to the next version once one ships); else,
   * for a first version, when the first of its planned issues started. Null when none of these is
   * known.
   */
  Instant workStart(String version) {
    LocalDate start = startDays.get(version);
    if (start != null) {
      return start.atStartOfDay(zone).toInstant();
    }
    LocalDate release = releaseDays.get(version);
    if (release != null) {
      LocalDate previous = releases().lower(release);
      if (previous != null) {
        return previous.plusDays(1).atStartOfDay(zone).toInstant();
      }
    }
    return firstWork.get(version);
  }

  /** The project's release days in order, kept once all issues are in (asked once per plan). */
  private TreeSet<LocalDate> releases() {
    if (sortedReleases == null) {
      sortedReleases = new TreeSet<>(releaseDays.values());
    }
    return sortedReleases;
  }

  /** By planned release day where both have one and they differ, else by version number. */
  boolean isLater(String from, String to) {
    LocalDate fromDay = releaseDays.get(from.trim());
    LocalDate toDay = releaseDays.get(to.trim());
    if (fromDay != null && toDay != null && !fromDay.equals(toDay)) {
      return toDay.isAfter(fromDay);
    }
    return VersionNameOrder.INSTANCE.compare(to.trim(), from.trim()) > 0;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }
}
