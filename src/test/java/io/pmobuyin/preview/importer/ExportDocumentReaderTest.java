package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.VersionRecord;
import io.pmobuyin.mining.source.ImportProblem;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportDocumentReaderTest {

  @Test
  void readsASearchPage() {
    Imported imported = Imported.fixture("search-page.json");

    assertThat(imported.sink().keys()).containsExactly("ORB-1", "ORB-2", "CAT-4");
    assertThat(imported.summary().issuesRead()).isEqualTo(3);
    assertThat(imported.problems()).isEmpty();
  }

  @Test
  void readsASingleIssueDocument() {
    assertThat(Imported.fixture("single-issue.json").sink().keys()).containsExactly("LUM-12");
  }

  @Test
  void readsJsonLinesByContentWhateverTheFileIsCalled() {
    Imported imported = Imported.json(new String(Imported.fixtureBytes("issues.jsonl")));

    assertThat(imported.sink().keys()).containsExactly("NOVA-1", "NOVA-2", "NOVA-3");
    assertThat(imported.problems()).isEmpty();
  }

  @Test
  void readsATopLevelListOfIssues() {
    assertThat(Imported.fixture("issue-list.json").sink().keys()).containsExactly("DUO-1", "DUO-2");
  }

  @Test
  void readsSeveralPagesSavedOneAfterAnother() {
    Imported imported =
        Imported.json(
            """
            {"startAt": 0, "issues": [{"key": "PP-1", "fields": {"created": "2024-01-01"}}]}
            {"startAt": 1, "issues": [{"key": "PP-2", "fields": {"created": "2024-01-02"}}]}
            """);

    assertThat(imported.sink().keys()).containsExactly("PP-1", "PP-2");
    assertThat(imported.sink().projects).extracting(ProjectRecord::key).containsExactly("PP", "PP");
  }

  @Test
  void announcesEachProjectOfAPageWithTheFixVersionsSeenInIt() {
    Imported imported = Imported.fixture("search-page.json");

    assertThat(imported.sink().projects)
        .extracting(ProjectRecord::key, ProjectRecord::name, ProjectRecord::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ORB", "Orbit Billing", "Finance Systems"),
            org.assertj.core.groups.Tuple.tuple("CAT", "Catalogue", null));
    ProjectRecord orbit = imported.sink().project("ORB");
    assertThat(orbit.versions())
        .containsExactly(
            new VersionRecord("2.0", LocalDate.of(2024, 2, 28), true),
            new VersionRecord("2.1", null, false));
    assertThat(orbit.leadId()).isNull();
    assertThat(orbit.archived()).isFalse();
  }

  @Test
  void skipsMalformedIssuesButKeepsTheRestOfThePage() {
    Imported imported = Imported.fixture("malformed-issue-in-page.json");

    assertThat(imported.sink().keys()).containsExactly("MIX-1", "MIX-6");
    assertThat(imported.summary().issuesRead()).isEqualTo(2);
    assertThat(imported.summary().issuesSkipped()).isEqualTo(4);
    assertThat(imported.problemTexts())
        .containsExactly(
            "malformed-issue-in-page.json (MIX-2): skipped: 'created' is not a date and time:"
                + " \"yesterday\"",
            "malformed-issue-in-page.json (MIX-3): skipped: 'priority' should be an object but is"
                + " text",
            "malformed-issue-in-page.json (issue #4): skipped: no issue key",
            "malformed-issue-in-page.json (issue #5): is text, not an issue object");
  }

  @Test
  void keepsTheIssuesBeforeTheCutOfTruncatedJson() {
    Imported imported = Imported.fixture("truncated-page.json");

    assertThat(imported.sink().keys()).containsExactly("CUT-1", "CUT-2");
    assertThat(imported.sink().projects).extracting(ProjectRecord::key).containsExactly("CUT");
    assertThat(imported.summary().issuesSkipped()).isEqualTo(1);
    assertThat(imported.problemTexts())
        .containsExactly(
            "truncated-page.json (CUT-3): the JSON is cut short inside this issue; it is lost");
  }

  @Test
  void reportsJsonCutShortBetweenIssues() {
    Imported imported =
        Imported.json(
            "{\"issues\": [{\"key\": \"BT-1\", \"fields\": {\"created\": \"2024-01-01\"}},");

    assertThat(imported.sink().keys()).containsExactly("BT-1");
    assertThat(imported.problemTexts())
        .containsExactly("test.json: the JSON is cut short after issue #1");
  }

  @Test
  void countsASingleIssueCutShortInsideItsFieldsAsSkipped() {
    Imported imported =
        Imported.json(
            "{\"key\": \"ONE-1\", \"fields\": {\"created\": \"2024-01-01\", \"labels\": [");

    assertThat(imported.summary().issuesSkipped()).isEqualTo(1);
    assertThat(imported.problemTexts())
        .containsExactly("test.json (ONE-1): the JSON is cut short inside this issue; it is lost");
  }

  @Test
  void locatesALineOfJsonLinesThatIsNoIssueByItsLineNumber() {
    Imported imported =
        Imported.json(
            """
            {"key": "JL-1", "fields": {"created": "2024-01-01"}}
            {"total": 0}
            "stray text"
            {"key": "JL-4", "fields": {"created": "2024-01-04"}}
            """);

    assertThat(imported.sink().keys()).containsExactly("JL-1", "JL-4");
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (line 2): is neither a search page ('issues') nor an issue ('key',"
                + " 'fields')",
            "test.json (line 3): expected a search page, an issue or a list of issues, but found"
                + " text");
  }

  @Test
  void reportsAFileThatIsNotJsonOnce() {
    Imported imported = Imported.fixture("not-json.json");

    assertThat(imported.sink().issues).isEmpty();
    assertThat(imported.problemTexts())
        .containsExactly(
            "not-json.json: not valid JSON at line 1, column 1 (unexpected character '<'); the"
                + " rest of the file is lost");
  }

  @Test
  void losesOnlyWhatFollowsBrokenJsonInsideAPage() {
    Imported imported =
        Imported.json(
            """
            {"issues": [
              {"key": "BR-1", "fields": {"created": "2024-01-01"}},
              {"key": "BR-2", "fields": {"created": "2024-01-02"} oops},
              {"key": "BR-3", "fields": {"created": "2024-01-03"}}]}
            """);

    assertThat(imported.sink().keys()).containsExactly("BR-1");
    assertThat(imported.summary().issuesSkipped()).isEqualTo(1);
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (BR-2): not valid JSON at line 3, column 55 (unexpected character 'o');"
                + " the rest of the file is lost");
  }

  @Test
  void goesOnAfterABrokenLineOfJsonLines() {
    Imported imported = Imported.fixture("broken-line.jsonl");

    assertThat(imported.sink().keys()).containsExactly("LINE-1", "LINE-3", "LINE-5");
    assertThat(imported.summary().issuesSkipped()).isEqualTo(2);
    assertThat(imported.problems())
        .extracting(ImportProblem::where, ImportProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "LINE-2", "line 2 is not valid JSON (unexpected character '{'); went on after it"),
            org.assertj.core.groups.Tuple.tuple(
                "LINE-4", "line 4 is not valid JSON (unexpected character 'o'); went on after it"));
  }

  @Test
  void goesOnAfterLinesOfJsonLinesThatAreNotJsonAtAll() {
    Imported imported =
        Imported.json(
            """
            {"key": "TX-1", "fields": {"created": "2024-01-01"}}
            {"key": "TX-2", "fields": {"created": "2024-01-02"}}
            oops
            not json either
            {"key": "TX-5", "fields": {"created": "2024-01-05"}}
            """);

    assertThat(imported.sink().keys()).containsExactly("TX-1", "TX-2", "TX-5");
    assertThat(imported.problems())
        .extracting(ImportProblem::where, ImportProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "line 3", "line 3 is not valid JSON (unrecognized token 'oops'); went on after it"),
            org.assertj.core.groups.Tuple.tuple(
                "line 4", "line 4 is not valid JSON (unrecognized token 'not'); went on after it"));
  }

  /**
   * A line whose very first character Jackson refuses gives no place to go on from; going on from
   * the line end before it met the same line again, for ever (found by the fuzz suite).
   */
  @Test
  void goesOnAfterLinesThatBreakAtTheirFirstCharacter() {
    String lines =
        "{\"key\": \"TX-1\", \"fields\": {\"created\": \"2024-01-01\"}}\n"
            + "{\"key\": \"TX-2\", \"fields\": {\"created\": \"2024-01-02\"}}\n"
            + "\u0001 first\n"
            + "\u0002 second\n"
            + "{\"key\": \"TX-5\", \"fields\": {\"created\": \"2024-01-05\"}}\n";

    Imported imported =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Imported.json(lines));

    assertThat(imported.sink().keys()).containsExactly("TX-1", "TX-2", "TX-5");
    assertThat(imported.problems())
        .extracting(ImportProblem::where)
        .containsExactly("line 3", "line 4");
  }

  @Test
  void namesTheTopLevelShapeItCannotRead() {
    assertThat(Imported.fixture("unexpected-shape.json").problemTexts())
        .containsExactly(
            "unexpected-shape.json: is neither a search page ('issues') nor an issue ('key',"
                + " 'fields')");
    assertThat(Imported.json("42").problemTexts())
        .containsExactly(
            "test.json: expected a search page, an issue or a list of issues, but found a number");
    assertThat(Imported.json("{\"issues\": {\"key\": \"X-1\"}}").problemTexts())
        .containsExactly("test.json: 'issues' should be a list but is an object");
  }

  @Test
  void saysWhenTheFileIsAJiraErrorResponse() {
    assertThat(Imported.fixture("jira-error.json").problemTexts())
        .containsExactly(
            "jira-error.json: is a Jira error response, not an export: Issue does not exist or you"
                + " do not have permission to see it.");
  }

  @Test
  void saysWhenTheFileIsEmpty() {
    Imported imported = Imported.json("  \n");

    assertThat(imported.problemTexts())
        .containsExactly("test.json: is empty: there is no JSON in it");
    assertThat(imported.summary().nothingUsable()).isTrue();
  }

  @Test
  void writesProblemsWithoutStackTraces() {
    for (String fixture :
        new String[] {
          "malformed-issue-in-page.json",
          "truncated-page.json",
          "not-json.json",
          "broken-line.jsonl"
        }) {
      assertThat(Imported.fixture(fixture).problemTexts())
          .allSatisfy(
              text ->
                  assertThat(text)
                      .doesNotContain("Exception", "\tat ", "com.fasterxml", "\n", "Source:"));
    }
  }
}
