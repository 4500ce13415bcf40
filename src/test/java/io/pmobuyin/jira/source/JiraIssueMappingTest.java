package io.pmobuyin.jira.source;

import static io.pmobuyin.testing.JiraIssues.assigneeChange;
import static io.pmobuyin.testing.JiraIssues.change;
import static io.pmobuyin.testing.JiraIssues.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.record.VersionRecord;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.RecordingRunControl;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one Jira issue becomes in the engine, field by field. */
class JiraIssueMappingTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final JiraIssues jira = new JiraIssues(BERLIN);

  JiraIssueMappingTest() {
    jira.archivedProject(10, "ABC");
  }

  @Test
  void mapsEveryFieldTheEngineReadsFromJirasObjects() {
    Instant created = Instant.parse("2024-02-01T08:30:00Z");
    jira.issue("ABC-1")
        .type("Story")
        .priority("High")
        .status("In Review", "indeterminate")
        .resolution("Fixed")
        .created(created)
        .resolved(Instant.parse("2024-03-20T16:00:00Z"))
        .updated(Instant.parse("2024-03-21T07:45:12.345Z"))
        .due(LocalDate.of(2024, 3, 15))
        .originalEstimate(28_800L)
        .timeSpent(36_000L)
        .fixVersion("1.0", LocalDate.of(2024, 3, 31), true)
        .fixVersion("1.1", (LocalDate) null, false)
        .component("UI")
        .component("API")
        .label("risk")
        .label("q1")
        .assignee("JIRAUSER10001")
        .reporter("JIRAUSER10002")
        .scope("risk-review qa-gate")
        .sponsor(new JiraPeople().active("JIRAUSER10003", "Sam Sponsor").user("JIRAUSER10003"));

    IssueRecord issue = readOne();

    assertThat(issue.key()).isEqualTo("ABC-1");
    assertThat(issue.projectKey()).isEqualTo("ABC");
    assertThat(issue.type()).isEqualTo("Story");
    assertThat(issue.subtask()).isFalse();
    assertThat(issue.priority()).isEqualTo("High");
    assertThat(issue.status()).isEqualTo("In Review");
    assertThat(issue.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(issue.resolution()).isEqualTo("Fixed");
    assertThat(issue.created()).isEqualTo(created);
    assertThat(issue.resolved()).isEqualTo(Instant.parse("2024-03-20T16:00:00Z"));
    assertThat(issue.updated()).isEqualTo(Instant.parse("2024-03-21T07:45:12.345Z"));
    assertThat(issue.due()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(issue.originalEstimateSeconds()).isEqualTo(28_800L);
    assertThat(issue.timeSpentSeconds()).isEqualTo(36_000L);
    assertThat(issue.fixVersions())
        .containsExactly(
            new VersionRecord("1.0", LocalDate.of(2024, 3, 31), true),
            new VersionRecord("1.1", null, false));
    assertThat(issue.components()).containsExactly("UI", "API");
    assertThat(issue.labels()).containsExactly("risk", "q1");
    assertThat(issue.assigneeId()).isEqualTo("JIRAUSER10001");
    assertThat(issue.reporterId()).isEqualTo("JIRAUSER10002");
    assertThat(issue.pmoScope()).containsExactly("risk-review", "qa-gate");
    assertThat(issue.sponsorId()).isEqualTo("JIRAUSER10003");
    assertThat(issue.changelogCutShort()).isFalse();
  }

  @Test
  void leavesWhatJiraDoesNotSayEmptyNotGuessed() {
    jira.issue("ABC-1").noType().priority(null).status(null, null).resolution(null);

    IssueRecord issue = readOne();

    assertThat(issue.type()).isEmpty();
    assertThat(issue.priority()).isNull();
    assertThat(issue.status()).isNull();
    assertThat(issue.statusCategory()).isEqualTo(StatusCategory.UNKNOWN);
    assertThat(issue.resolution()).isNull();
    assertThat(issue.resolved()).isNull();
    assertThat(issue.due()).isNull();
    assertThat(issue.originalEstimateSeconds()).isNull();
    assertThat(issue.fixVersions()).isEmpty();
    assertThat(issue.pmoScope()).isEmpty();
    assertThat(issue.sponsorId()).isNull();
    assertThat(issue.changes()).isEmpty();
  }

  @Test
  void leavesSprintsTheFlagAndLinksToTheHistoryTheEngineReadsThemFrom() {
    jira.issue("ABC-1")
        .history(
            Instant.parse("2024-02-02T10:00:00Z"),
            change("custom", "Sprint", null, null, "12", "Sprint 4"),
            change("custom", "Flagged", null, null, "[10000]", "Impediment"))
        .history(
            Instant.parse("2024-02-03T10:00:00Z"),
            change("jira", "Link", null, null, "ABC-9", "This issue is blocked by ABC-9"));

    IssueRecord issue = readOne();

    assertThat(issue.sprints()).isEmpty();
    assertThat(issue.flagged()).isFalse();
    assertThat(issue.links()).isEmpty();
    assertThat(issue.changes())
        .extracting(ChangeEvent::field, ChangeEvent::to)
        .containsExactly(
            tuple(ChangeField.SPRINT, "Sprint 4"),
            tuple(ChangeField.FLAGGED, "Impediment"),
            tuple(ChangeField.LINK, "This issue is blocked by ABC-9"));
  }

  @Test
  void readsASubTaskFromItsIssueType() {
    jira.issue("ABC-1").subtaskType("Sub-task");

    assertThat(readOne().subtask()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "new, TO_DO",
        "indeterminate, IN_PROGRESS",
        "done, DONE",
        "undefined, UNKNOWN",
        "NULL, UNKNOWN"
      })
  void takesTheStatusCategoryFromJira(String jiraKey, StatusCategory expected) {
    // A status name the engine's own table would place elsewhere: Jira's category wins.
    jira.issue("ABC-1").status("Closed", jiraKey);

    assertThat(readOne().statusCategory()).isEqualTo(expected);
  }

  @Test
  void keepsEstimatesAndTimeSpentInSecondsAsJiraStoresThem() {
    // "2h" estimated, "1d 2h" logged on a Jira with 8-hour days: 7,200 and 36,000 in the database.
    jira.issue("ABC-1").originalEstimate(7_200L).timeSpent(36_000L);

    IssueRecord issue = readOne();

    assertThat(Duration.ofSeconds(issue.originalEstimateSeconds())).isEqualTo(Duration.ofHours(2));
    assertThat(Duration.ofSeconds(issue.timeSpentSeconds())).isEqualTo(Duration.ofHours(10));
  }

  @Test
  void readsADueDateOnTheDayJiraShowsNotTheDayBeforeInUtc() {
    // Jira hands out 15 March as 15 March 00:00 in Berlin, which is still 14 March in UTC.
    jira.issue("ABC-1").due(LocalDate.of(2024, 3, 15));

    assertThat(readOne().due()).isEqualTo(LocalDate.of(2024, 3, 15));
  }

  @Test
  void readsADueDateJustBeforeMidnightOnItsOwnDay() {
    Timestamp lastMoment =
        Timestamp.from(
            LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_000_000).atZone(BERLIN).toInstant());
    jira.issue("ABC-1").dueAt(lastMoment);

    assertThat(readOne().due()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void readsDueDatesOnTheDaysClocksChange() {
    // Berlin springs forward on 31 March 2024 and falls back on 27 October.
    jira.issue("ABC-1").due(LocalDate.of(2024, 3, 31));
    jira.issue("ABC-2").due(LocalDate.of(2024, 10, 27));

    assertThat(readAll())
        .extracting(IssueRecord::due)
        .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 10, 27));
  }

  @Test
  void readsADueDateOnADayThatHasNoMidnight() {
    // Sao Paulo skipped from 00:00 to 01:00 on 4 November 2018: Jira's "midnight" is 01:00.
    JiraIssues saoPaulo = new JiraIssues(ZoneId.of("America/Sao_Paulo"));
    saoPaulo.project(20, "SP");
    saoPaulo.issue("SP-1").due(LocalDate.of(2018, 11, 4));

    assertThat(read(saoPaulo, "SP").get(0).due()).isEqualTo(LocalDate.of(2018, 11, 4));
  }

  @Test
  void readsDueDatesInZonesFarFromUtc() {
    JiraIssues kiritimati = new JiraIssues(ZoneId.of("Pacific/Kiritimati"));
    kiritimati.project(21, "KI");
    kiritimati.issue("KI-1").due(LocalDate.of(2024, 1, 1));
    JiraIssues pagoPago = new JiraIssues(ZoneId.of("Pacific/Pago_Pago"));
    pagoPago.project(22, "PP");
    pagoPago.issue("PP-1").due(LocalDate.of(2024, 1, 1));

    assertThat(read(kiritimati, "KI").get(0).due()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(read(pagoPago, "PP").get(0).due()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void readsReleaseDatesInJirasZoneWhateverKindOfDateJiraHandsOut() {
    java.sql.Date sqlDate =
        new java.sql.Date(LocalDate.of(2024, 6, 1).atStartOfDay(BERLIN).toInstant().toEpochMilli());
    jira.issue("ABC-1")
        .fixVersion("2.0", LocalDate.of(2024, 5, 1), true)
        .fixVersion("2.1", sqlDate, false);

    assertThat(readOne().fixVersions())
        .extracting(VersionRecord::releaseDate)
        .containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1));
  }

  @Test
  void readsPmoScopeIdsAsTheFieldTypeStoresThemEachOnce() {
    jira.issue("ABC-1").scope("Risk-Review, qa-gate  risk-review");

    assertThat(readOne().pmoScope()).containsExactly("risk-review", "qa-gate");
  }

  @Test
  void readsEveryPmoScopeFieldWhenJiraHasSeveralOfThatName() {
    var second = jira.customField(JiraIssues.SCOPE_FIELD);
    jira.issue("ABC-1").scope("risk-review").value(second, "qa-gate risk-review");

    assertThat(readOne().pmoScope()).containsExactly("risk-review", "qa-gate");
  }

  @Test
  void readsNoScopeAndNoSponsorWhereTheAppsFieldsWereNeverAdded() {
    jira.issue("ABC-1");
    jira.withoutAppFields();

    IssueRecord issue = readOne();

    assertThat(issue.pmoScope()).isEmpty();
    assertThat(issue.sponsorId()).isNull();
  }

  @Test
  void keepsTheKeyOfASponsorWhoWasDeleted() {
    JiraPeople people = new JiraPeople().deleted("JIRAUSER10009");
    jira.issue("ABC-1").sponsor(people.userManager().getUserByKeyEvenWhenUnknown("JIRAUSER10009"));

    assertThat(readOne().sponsorId()).isEqualTo("JIRAUSER10009");
  }

  @Test
  void ignoresAStrangersFieldOfTheSponsorsNameThatHoldsText() {
    var stranger = jira.customField(JiraIssues.SPONSOR_FIELD);
    jira.issue("ABC-1").value(stranger, "Alice Example");

    assertThat(readOne().sponsorId()).isNull();
  }

  @Test
  void keepsUserKeysWhetherOrNotTheUserStillExists() {
    // Unassigned; a reporter deleted from Jira keeps the key Jira stored.
    jira.issue("ABC-1").assignee(null).reporter("JIRAUSER10404");

    IssueRecord issue = readOne();

    assertThat(issue.assigneeId()).isNull();
    assertThat(issue.reporterId()).isEqualTo("JIRAUSER10404");
  }

  @Test
  void readsTheHistoryKeepingWhatTheEngineComparesAndOnlyTheTimeOfTheRest() {
    Instant saved = Instant.parse("2024-02-05T09:00:00Z");
    jira.issue("ABC-1")
        .history(
            saved,
            statusChange("Open", "In Progress"),
            change("jira", "Fix Version", null, null, "10100", "1.0"),
            change("jira", "description", null, "old text", null, "new text"),
            change("jira", "summary", null, "old", null, "new"),
            change("jira", "duedate", "2024-03-01", "2024-03-01 00:00:00.0", null, null));

    assertThat(readOne().changes())
        .containsExactly(
            new ChangeEvent(saved, ChangeField.STATUS, "Open", "In Progress"),
            new ChangeEvent(saved, ChangeField.FIX_VERSION, null, "1.0"),
            new ChangeEvent(saved, ChangeField.OTHER, null, null),
            new ChangeEvent(saved, ChangeField.DUE_DATE, "2024-03-01 00:00:00.0", null));
  }

  @Test
  void putsTheHistoryInOrderWhateverOrderJiraGivesIt() {
    jira.issue("ABC-1")
        .history(Instant.parse("2024-02-07T09:00:00Z"), statusChange("In Progress", "Done"))
        .history(Instant.parse("2024-02-05T09:00:00Z"), statusChange("Open", "In Progress"));

    assertThat(readOne().changes())
        .extracting(ChangeEvent::to)
        .containsExactly("In Progress", "Done");
  }

  @Test
  void namesNoPersonOnlyUserKeysAnywhereInTheRecord() {
    JiraPeople people =
        new JiraPeople()
            .active("JIRAUSER10001", "Alice Example")
            .active("JIRAUSER10002", "Bob Sample")
            .active("JIRAUSER10003", "Carol Sponsor");
    Instant saved = Instant.parse("2024-02-05T09:00:00Z");
    jira.issue("ABC-1")
        .assignee("JIRAUSER10002")
        .reporter("JIRAUSER10001")
        .sponsor(people.user("JIRAUSER10003"))
        .history(
            saved,
            assigneeChange("JIRAUSER10001", "Alice Example", "JIRAUSER10002", "Bob Sample"),
            change("custom", "Executive Sponsor", null, null, "JIRAUSER10003", "Carol Sponsor"))
        .history(
            saved.plusSeconds(60),
            change(
                "jira",
                "reporter",
                "JIRAUSER10002",
                "Bob Sample",
                "JIRAUSER10001",
                "Alice Example"));

    IssueRecord issue = readOne();

    assertThat(issue.toString()).doesNotContain("Alice", "Bob", "Carol", "Example", "Sample");
    assertThat(issue.changes())
        .filteredOn(e -> e.field() == ChangeField.ASSIGNEE)
        .containsExactly(
            new ChangeEvent(saved, ChangeField.ASSIGNEE, "JIRAUSER10001", "JIRAUSER10002"));
    assertThat(issue.sponsorId()).isEqualTo("JIRAUSER10003");
  }

  @Test
  void dropsTheNamesOfAPeopleFieldNamedLikeAFieldTheEngineCompares() {
    // An odd set-up: the sponsor field renamed after a field the engine reads by display string.
    jira.issue("ABC-1")
        .history(
            Instant.parse("2024-02-05T09:00:00Z"),
            change("custom", "executive sponsor ", null, null, "JIRAUSER10003", "Carol Sponsor"));

    assertThat(readOne().toString()).doesNotContain("Carol");
  }

  private IssueRecord readOne() {
    List<IssueRecord> all = readAll();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private List<IssueRecord> readAll() {
    return read(jira, "ABC");
  }

  static List<IssueRecord> read(JiraIssues jira, String projectKey) {
    RecordingRunControl control = new RecordingRunControl();
    List<IssueRecord> records = new ArrayList<>();
    SourceFixture.over(jira)
        .deliver(jira.closed(projectKey), new SourceFixture.Collected(records), control);
    assertThat(control.problems()).isEmpty();
    return records;
  }
}
