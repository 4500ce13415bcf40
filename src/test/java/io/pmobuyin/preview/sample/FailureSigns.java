package io.pmobuyin.preview.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Simple stand-ins for the failure patterns, read from one exported issue the way the engine would
 * read it, so that tests can compare their rates before and after the PMO started.
 */
enum FailureSigns {
  SCHEDULE_SLIP {
    @Override
    boolean appliesTo(SampleIssue issue) {
      return isDone(issue) && issue.due() != null;
    }

    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      LocalDate due = issue.due();
      return isDone(issue)
          && due != null
          && LocalDate.ofInstant(issue.resolved(), ZoneOffset.UTC).isAfter(due);
    }
  },
  VERSION_CARRY_OVER {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.changes("Fix Version").stream().anyMatch(change -> change.from() != null);
    }
  },
  SCOPE_CREEP {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.created().isAfter(project.at(0.2));
    }
  },
  REWORK {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.changes("status").stream()
          .anyMatch(
              c -> DONE_STATUSES.contains(c.fromText()) && !DONE_STATUSES.contains(c.toText()));
    }
  },
  LATE_DEFECTS {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.type().equals("Bug") && issue.created().isAfter(project.at(0.8));
    }
  },
  ESTIMATION_MISS {
    @Override
    boolean appliesTo(SampleIssue issue) {
      return isDone(issue) && issue.fields().path("timeoriginalestimate").asLong() > 0;
    }

    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      long estimate = issue.fields().path("timeoriginalestimate").asLong();
      long spent = issue.fields().path("timespent").asLong();
      return isDone(issue) && estimate > 0 && (spent < 0.5 * estimate || spent > 1.5 * estimate);
    }
  },
  ABANDONED_WORK {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.resolution() == null || NOT_DONE.contains(issue.resolution());
    }
  },
  HANDOFF_CHURN {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.changes("assignee").size() >= 3;
    }
  },
  PRIORITY_ESCALATION {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.changes("priority").stream()
          .anyMatch(change -> Integer.parseInt(change.to()) < Integer.parseInt(change.from()));
    }
  },
  BLOCKED_WORK {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return issue.changes().stream()
          .anyMatch(
              c ->
                  c.field().equals("Flagged")
                      || c.field().equals("Link")
                      || "Blocked".equals(c.toText()) && c.field().equals("status"));
    }
  },
  STALLED_WORK {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      List<SampleIssue.Change> changes = issue.changes();
      String status = null;
      for (int i = 0; i < changes.size(); i++) {
        SampleIssue.Change change = changes.get(i);
        if (i > 0
            && status != null
            && IN_PROGRESS_STATUSES.contains(status)
            && Duration.between(changes.get(i - 1).at(), change.at()).toDays() >= 14) {
          return true;
        }
        status = change.field().equals("status") ? change.toText() : status;
      }
      return false;
    }
  },
  OWNERLESS_WORK {
    @Override
    boolean shows(SampleIssue issue, ProjectSpan project) {
      return isDone(issue) && issue.assignee() == null && issue.changes("assignee").isEmpty();
    }
  };

  private static final Set<String> DONE_STATUSES = Set.of("Done", "Resolved", "Closed");
  private static final Set<String> IN_PROGRESS_STATUSES =
      Set.of("In Progress", "In Review", "Blocked");
  private static final Set<String> NOT_DONE =
      Set.of("Won't Do", "Won't Fix", "Cannot Reproduce", "Obsolete", "Incomplete");

  /** A project's timeline as seen in its issues: first creation to last activity. */
  record ProjectSpan(Instant start, Instant close) {
    Instant at(double fraction) {
      return start.plusSeconds(Math.round(Duration.between(start, close).getSeconds() * fraction));
    }
  }

  /** The issues whose share showing the sign is measured: all, unless a sign says otherwise. */
  boolean appliesTo(SampleIssue issue) {
    return true;
  }

  abstract boolean shows(SampleIssue issue, ProjectSpan project);

  private static boolean isDone(SampleIssue issue) {
    return "Done".equals(issue.resolution()) || "Fixed".equals(issue.resolution());
  }
}
