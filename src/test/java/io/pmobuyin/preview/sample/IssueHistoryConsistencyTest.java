package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Replaying an issue's history ends where its fields are: the importer may trust either. Checked on
 * every issue of the standard portfolio whose changelog is complete.
 */
class IssueHistoryConsistencyTest {

  private static final Map<String, String> CATEGORY_OF_STATUS =
      Map.of(
          "To Do", "new",
          "Backlog", "new",
          "Open", "new",
          "Reopened", "new",
          "In Progress", "indeterminate",
          "In Review", "indeterminate",
          "Blocked", "indeterminate",
          "Done", "done",
          "Resolved", "done",
          "Closed", "done");

  @Test
  void statusChangesFollowOneAnotherAndEndInTheFinalStatus() {
    check(
        (softly, issue) -> {
          List<SampleIssue.Change> statuses = issue.changes("status");
          for (int i = 1; i < statuses.size(); i++) {
            softly
                .assertThat(statuses.get(i).fromText())
                .as(issue.key())
                .isEqualTo(statuses.get(i - 1).toText());
          }
          if (statuses.isEmpty()) {
            softly.assertThat(issue.statusCategory()).as(issue.key()).isEqualTo("new");
          } else {
            softly.assertThat(issue.lastChange("status").toText()).isEqualTo(issue.status());
          }
          softly
              .assertThat(CATEGORY_OF_STATUS.get(issue.status()))
              .as(issue.key())
              .isEqualTo(issue.statusCategory());
        });
  }

  @Test
  void anIssueIsResolvedExactlyWhenItsStatusIsDoneAndTheLastResolutionChangeSaysHow() {
    check(
        (softly, issue) -> {
          boolean done = issue.statusCategory().equals("done");
          softly.assertThat(issue.resolution() != null).as(issue.key()).isEqualTo(done);
          softly.assertThat(issue.resolved() != null).as(issue.key()).isEqualTo(done);
          SampleIssue.Change last = issue.lastChange("resolution");
          softly
              .assertThat(last == null ? null : last.toText())
              .as(issue.key())
              .isEqualTo(issue.resolution());
          if (done) {
            softly.assertThat(last.at()).as(issue.key()).isEqualTo(issue.resolved());
          }
        });
  }

  @Test
  void everyResolutionChangeComesWithAStatusChangeAcrossTheDoneLine() {
    check(
        (softly, issue) -> {
          for (JsonNode history : issue.changelog().path("histories")) {
            String status = null;
            boolean resolutionChanged = false;
            for (JsonNode item : history.path("items")) {
              if (item.path("field").asText().equals("status")) {
                status = item.path("toString").asText();
              }
              resolutionChanged |= item.path("field").asText().equals("resolution");
            }
            if (resolutionChanged) {
              softly.assertThat(status).as(issue.key()).isNotNull();
            }
          }
        });
  }

  @Test
  void theLastChangeOfEachFieldIsTheFieldsFinalValue() {
    check(
        (softly, issue) -> {
          JsonNode f = issue.fields();
          expectLast(softly, issue, "assignee", issue.assignee());
          expectLast(softly, issue, "priority", f.path("priority").path("name").asText(), true);
          expectLast(softly, issue, "duedate", text(f.path("duedate")));
          expectLast(softly, issue, "timespent", text(f.path("timespent")));
          expectLast(
              softly,
              issue,
              "Flagged",
              f.path("customfield_10021").isNull() ? null : "Impediment",
              true);
          List<String> sprintIds = new ArrayList<>();
          f.path("customfield_10020").forEach(s -> sprintIds.add(s.path("id").asText()));
          expectLast(
              softly, issue, "Sprint", sprintIds.isEmpty() ? null : String.join(", ", sprintIds));
        });
  }

  @Test
  void fixVersionMovesAddUpToTheFinalFixVersions() {
    check(
        (softly, issue) -> {
          Map<String, Boolean> lastSaysMember = new HashMap<>();
          for (SampleIssue.Change change : issue.changes("Fix Version")) {
            if (change.from() != null) {
              lastSaysMember.put(change.from(), false);
            }
            if (change.to() != null) {
              lastSaysMember.put(change.to(), true);
            }
          }
          List<String> finalIds = new ArrayList<>();
          issue.fields().path("fixVersions").forEach(v -> finalIds.add(v.path("id").asText()));
          lastSaysMember.forEach(
              (id, member) ->
                  softly.assertThat(finalIds.contains(id)).as(issue.key()).isEqualTo(member));
        });
  }

  @Test
  void linksInTheHistoryAreTheIssuesLinks() {
    check(
        (softly, issue) -> {
          List<String> linked = new ArrayList<>();
          issue
              .fields()
              .path("issuelinks")
              .forEach(l -> linked.add(l.path("inwardIssue").path("key").asText()));
          List<String> added = issue.changes("Link").stream().map(SampleIssue.Change::to).toList();
          softly.assertThat(added).as(issue.key()).containsExactlyElementsOf(linked);
        });
  }

  @Test
  void historiesRunForwardFromCreationToTheLastUpdate() {
    check(
        (softly, issue) -> {
          List<SampleIssue.Change> changes = issue.changes();
          for (int i = 1; i < changes.size(); i++) {
            softly
                .assertThat(changes.get(i).at())
                .as(issue.key())
                .isAfterOrEqualTo(changes.get(i - 1).at());
          }
          if (changes.isEmpty()) {
            softly.assertThat(issue.updated()).as(issue.key()).isEqualTo(issue.created());
          } else {
            softly
                .assertThat(changes.get(0).at())
                .as(issue.key())
                .isAfterOrEqualTo(issue.created());
            softly
                .assertThat(changes.get(changes.size() - 1).at())
                .as(issue.key())
                .isEqualTo(issue.updated());
          }
        });
  }

  @Test
  void aFewChangelogsAreCutShortAndTheRestAreComplete() {
    AtomicInteger cutShort = new AtomicInteger();
    StandardPortfolioPages.forEachIssue(
        issue -> {
          if (!issue.changelogComplete()) {
            cutShort.incrementAndGet();
          }
        });

    assertThat(cutShort.get()).isBetween(10, 200);
  }

  private interface IssueCheck {
    void check(SoftAssertions softly, SampleIssue issue);
  }

  /** Runs the check on every issue with its whole history. */
  private static void check(IssueCheck check) {
    SoftAssertions softly = new SoftAssertions();
    StandardPortfolioPages.forEachIssue(
        issue -> {
          if (issue.changelogComplete()) {
            check.check(softly, issue);
          }
        });
    softly.assertAll();
  }

  private static void expectLast(
      SoftAssertions softly, SampleIssue issue, String field, String value) {
    expectLast(softly, issue, field, value, false);
  }

  /** The last change's value is the final one; with {@code byText}, compared by display text. */
  private static void expectLast(
      SoftAssertions softly, SampleIssue issue, String field, String value, boolean byText) {
    SampleIssue.Change last = issue.lastChange(field);
    if (last != null) {
      softly
          .assertThat(byText ? last.toText() : last.to())
          .as(issue.key() + " " + field)
          .isEqualTo(value);
    }
  }

  private static String text(JsonNode node) {
    return node.isNull() ? null : node.asText();
  }
}
