package io.pmobuyin.preview.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What one page or issue document gave, held until it ends: only then is it known whether it must
 * be read again, because Jira writes the {@code names} map after the issues, and the map may name a
 * custom field the issues were read without. A page is at most {@code maxResults} issues (Jira
 * allows 1,000 at most); a page that holds more than {@link #MAX_HELD_ISSUES} is passed on as it is
 * read instead, with the names known so far, so that memory stays bounded.
 */
final class HeldOutcomes {

  static final int MAX_HELD_ISSUES = 5_000;

  private sealed interface Outcome permits Issue, Skipped, Problem {}

  private record Issue(IssueDraft draft) implements Outcome {}

  private record Skipped(String where, String message) implements Outcome {}

  private record Problem(String where, String message) implements Outcome {}

  private final ExportOutcomes out;
  private final List<Outcome> held = new ArrayList<>();
  private int heldIssues;
  private boolean passingOn;
  private int issuesPassedOn;

  HeldOutcomes(ExportOutcomes out) {
    this.out = out;
  }

  /** An issue read to its end. */
  void issue(IssueDraft draft) {
    if (passingOn) {
      issuesPassedOn++;
      out.issue(draft);
    } else {
      hold(new Issue(draft));
    }
  }

  /** An issue position that holds no usable issue, and why. */
  void skipped(String where, String message) {
    if (passingOn) {
      issuesPassedOn++;
      out.skipped(where, message);
    } else {
      hold(new Skipped(where, message));
    }
  }

  /** A problem with the page or document itself. */
  void problem(String where, String message) {
    if (passingOn) {
      out.problem(where, message);
    } else {
      held.add(new Problem(where, message));
    }
  }

  /** Whether the outcomes are passed on as they come, so that reading again would repeat them. */
  boolean passingOn() {
    return passingOn;
  }

  /** How many issue positions of the page have been passed on already. */
  int issuesPassedOn() {
    return issuesPassedOn;
  }

  /** Passes on what is held, and starts over for the next page or document. */
  void release() {
    for (Outcome outcome : held) {
      passOn(outcome);
    }
    discard();
  }

  /** Forgets what is held (the page is read again), and starts over. */
  void discard() {
    held.clear();
    heldIssues = 0;
    passingOn = false;
    issuesPassedOn = 0;
  }

  private void hold(Outcome outcome) {
    held.add(outcome);
    if (++heldIssues >= MAX_HELD_ISSUES) {
      for (Outcome earlier : held) {
        passOn(earlier);
      }
      held.clear();
      issuesPassedOn = heldIssues;
      passingOn = true;
    }
  }

  private void passOn(Outcome outcome) {
    if (outcome instanceof Issue issue) {
      out.issue(issue.draft());
    } else if (outcome instanceof Skipped skipped) {
      out.skipped(skipped.where(), skipped.message());
    } else if (outcome instanceof Problem problem) {
      out.problem(problem.where(), problem.message());
    }
  }
}
