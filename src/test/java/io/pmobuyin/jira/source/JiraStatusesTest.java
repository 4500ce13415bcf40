package io.pmobuyin.jira.source;

import static io.pmobuyin.testing.JiraIssues.change;
import static io.pmobuyin.testing.JiraIssues.statusChange;
import static io.pmobuyin.testing.JiraIssues.statusId;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.RecordingRunControl;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Jira's status list, read by id: categories before any issue, names as Jira gives them today. */
class JiraStatusesTest {

  private static final Instant START = Instant.parse("2024-02-05T09:00:00Z");

  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  private final RecordingRunControl control = new RecordingRunControl();

  JiraStatusesTest() {
    jira.archivedProject(10, "ABC");
  }

  @Test
  void tellsTheEngineEveryStatusAndItsCategoryBeforeTheFirstIssue() {
    jira.status("Awaiting Legal", "indeterminate").status("Closed", "done");
    jira.issue("ABC-1").status("Closed", "done");
    List<String> calls = new ArrayList<>();

    SourceFixture.over(jira)
        .deliver(
            jira.closed("ABC"),
            new IssueSink() {
              @Override
              public void project(ProjectRecord project) {}

              @Override
              public void issue(IssueRecord issue) {
                calls.add("issue " + issue.key());
              }

              @Override
              public void status(String name, StatusCategory category) {
                calls.add(name + " " + category);
              }
            },
            control);

    assertThat(calls)
        .containsExactlyInAnyOrder(
            "Awaiting Legal " + StatusCategory.IN_PROGRESS,
            "Closed " + StatusCategory.DONE,
            "issue ABC-1");
    assertThat(calls).last().isEqualTo("issue ABC-1");
  }

  @Test
  void aStatusNoIssueSitsInAnyMoreIsNotLeftUncategorised() {
    // Every issue has left "Awaiting Legal"; only Jira's status list knows what it is.
    jira.status("Awaiting Legal", "indeterminate");
    jira.issue("ABC-1")
        .status("Closed", "done")
        .resolved(START.plusSeconds(20 * 86_400))
        .history(START, statusChange("Open", "Awaiting Legal"))
        .history(START.plusSeconds(20 * 86_400), statusChange("Awaiting Legal", "Closed"));

    assertThat(mine(SourceFixture.over(jira)).uncategorisedStatuses()).isEmpty();
    assertThat(
            mine(SourceFixture.over(jira, jira.statusManagerFailing(new IllegalStateException())))
                .uncategorisedStatuses())
        .containsOnlyKeys("Awaiting Legal");
  }

  @Test
  void readsAStatusRenamedSinceUnderItsNameToday() {
    renamedInReview();

    assertThat(readOne(SourceFixture.over(jira)).changes())
        .containsExactly(new ChangeEvent(START, ChangeField.STATUS, "Open", "In Review"));
  }

  @Test
  void keepsTheRecordedNameOfAStatusJiraNoLongerHas() {
    jira.issue("ABC-1").history(START, change("jira", "status", "1", "Open", "99999", "Triage"));

    assertThat(readOne(SourceFixture.over(jira)).changes())
        .containsExactly(new ChangeEvent(START, ChangeField.STATUS, "Open", "Triage"));
  }

  /** "In Review" was "Code Review" when ABC-1 moved into it: the history keeps the old name. */
  private void renamedInReview() {
    jira.status("In Review", "indeterminate");
    jira.issue("ABC-1")
        .history(
            START,
            change(
                "jira", "status", statusId("Open"), "Open", statusId("In Review"), "Code Review"));
  }

  static Stream<Throwable> failures() {
    return Stream.of(
        new IllegalStateException("no service behind the proxy"),
        new NoSuchMethodError("StatusManager.getStatuses()"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void readsTheIssuesAsRecordedWhenJiraCannotListItsStatuses(Throwable failure) {
    renamedInReview();

    IssueRecord issue = readOne(SourceFixture.over(jira, jira.statusManagerFailing(failure)));

    assertThat(issue.changes())
        .containsExactly(new ChangeEvent(START, ChangeField.STATUS, "Open", "Code Review"));
    assertThat(control.problems()).isEmpty();
  }

  private IssueRecord readOne(JiraIssueSource source) {
    List<IssueRecord> records = new ArrayList<>();
    source.deliver(jira.closed("ABC"), new SourceFixture.Collected(records), control);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private io.pmobuyin.mining.portfolio.MinedPortfolio mine(JiraIssueSource source) {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    miner.project(jira.closed("ABC").project());
    source.deliver(jira.closed("ABC"), miner, control);
    return miner.finish();
  }
}
