package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangelogReaderTest {

  @Test
  void readsFieldsNamedByDisplayNameBesideThoseNamedById() {
    IssueRecord issue = Imported.fixture("changelog-display-names.json").sink().issue("ECHO-3");

    assertThat(issue.changes())
        .extracting(ChangeEvent::field, ChangeEvent::from, ChangeEvent::to)
        .startsWith(
            tuple(ChangeField.FIX_VERSION, null, "Echo 1.0"),
            tuple(ChangeField.LINK, null, "This issue blocks ECHO-9"),
            tuple(ChangeField.OTHER, null, null),
            tuple(ChangeField.STATUS, "Open", "In Progress"),
            tuple(ChangeField.RESOLUTION, "Fixed", null));
    assertThat(issue.changes()).allMatch(c -> c.at().equals(Instant.parse("2024-03-05T11:00:00Z")));
  }

  @Test
  void keepsOnlyTheTimeOfChangesToFieldsTheEngineDoesNotRead() {
    IssueRecord issue = Imported.fixture("changelog-display-names.json").sink().issue("ECHO-3");

    assertThat(issue.changes())
        .filteredOn(c -> c.field() == ChangeField.OTHER)
        .singleElement()
        .matches(c -> c.from() == null && c.to() == null && c.at() != null);
  }

  @Test
  void fallsBackToTheFieldIdWhenTheDisplayNameIsUnknown() {
    IssueRecord issue = Imported.fixture("changelog-display-names.json").sink().issue("ECHO-3");

    assertThat(issue.changes())
        .filteredOn(c -> c.field() == ChangeField.DUE_DATE)
        .extracting(ChangeEvent::from, ChangeEvent::to)
        .containsExactly(tuple("2024-03-10 00:00:00.0", "2024-03-20 00:00:00.0"));
  }

  @Test
  void keepsTheAssigneeAsIdsAndOtherPeopleNotAtAll() {
    IssueRecord issue = Imported.fixture("changelog-display-names.json").sink().issue("ECHO-3");

    assertThat(issue.changes())
        .filteredOn(c -> c.field() == ChangeField.ASSIGNEE)
        .extracting(ChangeEvent::from, ChangeEvent::to)
        .containsExactly(tuple("JIRAUSER10300", "JIRAUSER10400"));
    assertThat(issue.changes())
        .flatExtracting(ChangeEvent::from, ChangeEvent::to)
        .doesNotContain("JIRAUSER10500", "JIRAUSER10700")
        .doesNotContain("Dana Fjord", "Eli Stone", "Finn Hale", "Gus Rowe", "Hana Wick");
  }

  @Test
  void readsFixVersionMoveAsRemovalAndAddition() {
    IssueRecord issue = Imported.fixture("fix-version-move.json").sink().issue("ECHO-4");

    assertThat(issue.changes())
        .extracting(ChangeEvent::at, ChangeEvent::field, ChangeEvent::from, ChangeEvent::to)
        .containsExactly(
            tuple(Instant.parse("2024-03-12T15:20:00Z"), ChangeField.FIX_VERSION, "Echo 1.0", null),
            tuple(
                Instant.parse("2024-03-12T15:20:00Z"), ChangeField.FIX_VERSION, null, "Echo 1.1"));
  }

  @Test
  void recordsAChangelogCutShortWithoutGuessingTheRest() {
    Imported imported = Imported.fixture("changelog-cut-short.json");

    IssueRecord cut = imported.sink().issue("LONG-1");
    assertThat(cut.changelogTotal()).isEqualTo(57);
    assertThat(cut.changelogGiven()).isEqualTo(2);
    assertThat(cut.changes()).hasSize(2);
    assertThat(imported.sink().issue("LONG-2").changelogCutShort()).isFalse();
    assertThat(imported.summary().changelogsCutShort()).isEqualTo(1);
  }

  @Test
  void countsHistoriesNotItemsAsGiven() {
    IssueRecord issue = Imported.fixture("search-page.json").sink().issue("ORB-1");

    assertThat(issue.changes()).hasSize(4);
    assertThat(issue.changelogGiven()).isEqualTo(2);
    assertThat(issue.changelogTotal()).isEqualTo(2);
  }

  @Test
  void readsThePagedChangelogShapeWithValues() {
    IssueRecord issue =
        Imported.json(
                """
                {"key": "PG-1", "fields": {"created": "2024-01-01T00:00:00Z"},
                 "changelog": {"total": 3, "values": [
                   {"created": "2024-01-02T00:00:00Z", "items": [{"field": "status", "toString": "Done"}]}]}}
                """)
            .sink()
            .issue("PG-1");

    assertThat(issue.changes()).extracting(ChangeEvent::to).containsExactly("Done");
    assertThat(issue.changelogTotal()).isEqualTo(3);
    assertThat(issue.changelogGiven()).isEqualTo(1);
  }

  @Test
  void readsBothKindsOfValuesWhenAnItemNamesItsFieldLast() {
    IssueRecord issue =
        Imported.json(
                """
                {"key": "ORD-1", "fields": {"created": "2024-01-01T00:00:00Z"},
                 "changelog": {"histories": [{"items": [
                   {"from": "u1", "fromString": "Ida Lund", "to": "u2", "toString": "Jon Berg",
                    "field": "assignee", "fieldId": "assignee"},
                   {"from": "1", "fromString": "Open", "to": "3", "toString": "Done",
                    "field": "status", "fieldId": "status"}],
                  "created": "2024-01-02T00:00:00Z"}]}}
                """)
            .sink()
            .issue("ORD-1");

    assertThat(issue.changes())
        .extracting(ChangeEvent::field, ChangeEvent::from, ChangeEvent::to)
        .containsExactly(
            tuple(ChangeField.ASSIGNEE, "u1", "u2"), tuple(ChangeField.STATUS, "Open", "Done"));
  }

  @Test
  void skipsAnIssueWhoseHistoryHasNoTime() {
    Imported imported =
        Imported.json(
            """
            {"key": "NT-1", "fields": {"created": "2024-01-01T00:00:00Z"},
             "changelog": {"histories": [{"items": [{"field": "status", "toString": "Done"}]}]}}
            """);

    assertThat(imported.sink().issues).isEmpty();
    assertThat(imported.problemTexts())
        .containsExactly("test.json (NT-1): skipped: a change history has no 'created' time");
  }
}
