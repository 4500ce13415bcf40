package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.LinkRecord;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.mining.record.VersionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IssueFieldsReaderTest {

  private final CollectingSink page = Imported.fixture("search-page.json").sink();

  @Test
  void readsTheSystemFieldsOfASearchPageIssue() {
    IssueRecord issue = page.issue("ORB-1");

    assertThat(issue.projectKey()).isEqualTo("ORB");
    assertThat(issue.type()).isEqualTo("Story");
    assertThat(issue.subtask()).isFalse();
    assertThat(issue.priority()).isEqualTo("High");
    assertThat(issue.status()).isEqualTo("Done");
    assertThat(issue.statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(issue.resolution()).isEqualTo("Fixed");
    assertThat(issue.created()).isEqualTo(Instant.parse("2024-01-08T09:30:00Z"));
    assertThat(issue.resolved()).isEqualTo(Instant.parse("2024-02-20T16:45:00Z"));
    assertThat(issue.updated()).isEqualTo(Instant.parse("2024-02-20T16:45:10Z"));
    assertThat(issue.due()).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(issue.originalEstimateSeconds()).isEqualTo(28800L);
    assertThat(issue.components()).containsExactly("Payments", "Invoices");
    assertThat(issue.labels()).containsExactly("migration", "q1");
  }

  @Test
  void readsSubtasksAndStatusCategoriesOfOpenWork() {
    assertThat(page.issue("ORB-2").subtask()).isTrue();
    assertThat(page.issue("ORB-2").statusCategory()).isEqualTo(StatusCategory.TO_DO);
    assertThat(page.issue("ORB-2").resolution()).isNull();
    assertThat(page.issue("CAT-4").statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
  }

  @Test
  void leavesTheStatusCategoryUnknownWhenTheExportDoesNotSay() {
    IssueRecord issue = Imported.fixture("cp1252-page.json").sink().issue("CAFE-1");

    assertThat(issue.status()).isEqualTo("Erledigt");
    assertThat(issue.statusCategory()).isEqualTo(StatusCategory.UNKNOWN);
  }

  @Test
  void takesOpaqueUserIdsAndNeverDisplayNames() {
    assertThat(page.issue("ORB-1").assigneeId()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
    assertThat(page.issue("ORB-1").reporterId()).isEqualTo("JIRAUSER10200");
    assertThat(page.issue("ORB-2").reporterId()).isEqualTo("carl");
    assertThat(page.issue("ORB-2").assigneeId()).isNull();
  }

  @Test
  void fallsBackToAggregateTimeSpentOnlyWhenTimeSpentIsAbsent() {
    assertThat(page.issue("ORB-1").timeSpentSeconds()).as("timespent null").isNull();
    assertThat(page.issue("ORB-2").timeSpentSeconds()).as("timespent absent").isEqualTo(3600L);
    assertThat(page.issue("CAT-4").timeSpentSeconds()).as("both given").isEqualTo(7200L);
  }

  @Test
  void readsFixVersionsWithAndWithoutReleaseDates() {
    assertThat(page.issue("ORB-1").fixVersions())
        .containsExactly(
            new VersionRecord("2.0", LocalDate.of(2024, 2, 28), true),
            new VersionRecord("2.1", null, false));
  }

  @Test
  void readsLinksWithThePhraseThatReadsFromThisIssue() {
    assertThat(page.issue("ORB-1").links())
        .containsExactly(
            new LinkRecord("Blocks", "is blocked by", true, "ORB-7"),
            new LinkRecord("Relates", "relates to", false, "CAT-9"));
  }

  @Test
  void readsOffsetsZuluAndDateOnlyValuesInOneIssue() {
    CollectingSink sink =
        Imported.fixture(
                "timestamps.json",
                ImportOptions.defaults().withDateZone(ZoneId.of("Europe/Berlin")))
            .sink();

    IssueRecord issue = sink.issue("TIME-1");
    assertThat(issue.created()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    assertThat(issue.updated()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    assertThat(issue.resolved()).isEqualTo(Instant.parse("2024-03-02T10:15:30Z"));
    assertThat(issue.due()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(issue.fixVersions())
        .extracting(VersionRecord::releaseDate)
        .containsExactly(LocalDate.of(2024, 3, 31));
    assertThat(issue.changes())
        .extracting(c -> c.at())
        .containsExactly(
            Instant.parse("2024-03-01T06:30:00.123456Z"), Instant.parse("2024-03-01T23:00:00Z"));
    assertThat(sink.issue("TIME-2").created()).isEqualTo(Instant.parse("2024-03-04T23:00:00Z"));
  }

  @Test
  void toleratesNullsEverywhereAndTakesTheProjectFromTheKey() {
    IssueRecord issue = Imported.fixture("missing-fields.json").sink().issue("BARE-1");

    assertThat(issue.projectKey()).isEqualTo("BARE");
    assertThat(issue.type()).isEmpty();
    assertThat(issue)
        .extracting(
            IssueRecord::priority,
            IssueRecord::status,
            IssueRecord::resolution,
            IssueRecord::resolved,
            IssueRecord::due,
            IssueRecord::originalEstimateSeconds,
            IssueRecord::assigneeId)
        .containsOnlyNulls();
    assertThat(issue.components()).isEmpty();
    assertThat(issue.links()).isEmpty();
    assertThat(issue.fixVersions())
        .extracting(VersionRecord::name, VersionRecord::releaseDate)
        .containsExactly(tuple("Someday", null), tuple("Later", null));
  }

  @Test
  void skipsIssuesWithoutACreatedDate() {
    Imported imported = Imported.fixture("missing-fields.json");

    assertThat(imported.sink().keys()).containsExactly("BARE-1");
    assertThat(imported.summary().issuesSkipped()).isEqualTo(2);
    assertThat(imported.problemTexts())
        .containsExactly(
            "missing-fields.json (BARE-2): skipped: no 'created' date",
            "missing-fields.json (BARE-3): skipped: no 'created' date");
  }

  @Test
  void skipsTheRichTextOfRestV3ItDoesNotRead() {
    IssueRecord issue = Imported.fixture("v3-adf.json").sink().issue("ADF-1");

    assertThat(issue.status()).isEqualTo("Done");
    assertThat(issue.assigneeId()).isEqualTo("712020:1f2e3d4c");
  }

  @Test
  void skipsAnIssueWhoseFieldHasTheWrongKind() {
    Imported imported =
        Imported.json(
            """
            {"issues": [
              {"key": "WT-1", "fields": {"created": "2024-01-01T00:00:00Z", "timespent": "2h"}},
              {"key": "WT-2", "fields": {"created": "2024-01-01T00:00:00Z", "labels": "one"}},
              {"key": "WT-3", "fields": {"created": 1704067200000}},
              {"key": "WT-4", "fields": {"created": "2024-01-01T00:00:00Z"}}]}
            """);

    assertThat(imported.sink().keys()).containsExactly("WT-4");
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (WT-1): skipped: 'timespent' should be a number but is text",
            "test.json (WT-2): skipped: 'labels' should be a list but is text",
            "test.json (WT-3): skipped: 'created' should be text but is a number");
  }

  @Test
  void refusesDatesOutsideTheYearsWorkCanFallInAndSaysSo() {
    Imported imported =
        Imported.json(
            """
            {"issues": [
              {"key": "Y-1", "fields": {"created": "0500-02-15T10:00:00.000+0000"}},
              {"key": "Y-2", "fields": {"created": "2024-01-01T00:00:00Z", "duedate": "2999-01-01"}},
              {"key": "Y-3", "fields": {"created": "1969-12-31T23:00:00Z"}},
              {"key": "Y-4", "fields": {"created": "1970-01-01T00:00:00Z", "duedate": "2100-12-31"}}]}
            """);

    assertThat(imported.sink().keys()).containsExactly("Y-4");
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (Y-1): skipped: 'created' is outside the years 1970\u20132100:"
                + " \"0500-02-15T10:00:00.000+0000\"",
            "test.json (Y-2): skipped: 'duedate' is outside the years 1970\u20132100:"
                + " \"2999-01-01\"",
            "test.json (Y-3): skipped: 'created' is outside the years 1970\u20132100:"
                + " \"1969-12-31T23:00:00Z\"");
  }
}
