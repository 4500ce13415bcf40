package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.SprintRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomFieldReaderTest {

  private static IssueRecord issueWithFields(String customFields, ImportOptions options) {
    String json =
        """
        {"key": "CF-1", "fields": {"created": "2024-01-01T00:00:00Z", %s},
         "names": {"customfield_1": "Sprint", "customfield_2": "Flagged",
                   "customfield_3": "PMO Scope", "customfield_4": "Executive Sponsor"}}
        """
            .formatted(customFields);
    Imported imported = Imported.json(json, options);
    assertThat(imported.problems()).isEmpty();
    return imported.sink().issue("CF-1");
  }

  private static IssueRecord issueWithFields(String customFields) {
    return issueWithFields(customFields, ImportOptions.defaults());
  }

  @Test
  void readsCustomFieldsNamedInTheNamesMapThatFollowsTheIssues() {
    IssueRecord issue = Imported.fixture("search-page.json").sink().issue("ORB-1");

    assertThat(issue.sprints())
        .containsExactly(
            new SprintRecord("Orbit Sprint 1", Instant.parse("2024-01-08T09:00:00Z")),
            new SprintRecord("Orbit Sprint 2", Instant.parse("2024-01-22T09:00:00Z")));
    assertThat(issue.flagged()).isTrue();
    assertThat(issue.pmoScope()).containsExactly("Customer", "Finance");
    assertThat(issue.sponsorId()).isEqualTo("5c2200aa0000000000000001");
  }

  @Test
  void readsTheNamesMapOfASingleIssueDocument() {
    IssueRecord issue = Imported.fixture("single-issue.json").sink().issue("LUM-12");

    assertThat(issue.sprints())
        .containsExactly(new SprintRecord("Lumen Sprint 7", Instant.parse("2023-11-06T08:00:00Z")));
  }

  @Test
  void readsLegacySprintTextEvenWithoutANamesMap() {
    IssueRecord issue = Imported.fixture("legacy-sprints.json").sink().issue("OLD-8");

    assertThat(issue.sprints())
        .containsExactly(
            new SprintRecord("Harbour 3", Instant.parse("2019-05-06T07:00:00Z")),
            new SprintRecord("Harbour 4, the long one", null));
  }

  @Test
  void readsFieldsByConfiguredIdWhenTheExportHasNoNamesMap() {
    String json =
        """
        {"key": "ID-1", "fields": {"created": "2024-01-01T00:00:00Z",
          "customfield_555": [{"name": "Team Sprint", "startDate": null}],
          "customfield_556": {"value": "Finance"}}}
        """;

    IssueRecord issue =
        Imported.json(
                json,
                ImportOptions.defaults()
                    .withSprintField("customfield_555")
                    .withPmoScopeField("customfield_556"))
            .sink()
            .issue("ID-1");

    assertThat(issue.sprints()).containsExactly(new SprintRecord("Team Sprint", null));
    assertThat(issue.pmoScope()).containsExactly("Finance");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null | false",
        "[] | false",
        "[null] | false",
        "\"\" | false",
        "false | false",
        "[{\"value\": \"Impediment\"}] | true",
        "\"Yes\" | true",
        "{\"value\": \"Impediment\"} | true"
      })
  void flagsAnIssueOnlyForANonEmptyValue(String value, boolean flagged) {
    assertThat(issueWithFields("\"customfield_2\": " + value).flagged()).isEqualTo(flagged);
  }

  @Test
  void readsPmoScopeAsTextOptionOrListOfEither() {
    assertThat(issueWithFields("\"customfield_3\": \"Employees\"").pmoScope())
        .containsExactly("Employees");
    assertThat(issueWithFields("\"customfield_3\": {\"value\": \"Customer\"}").pmoScope())
        .containsExactly("Customer");
    assertThat(
            issueWithFields("\"customfield_3\": [\"Finance\", {\"name\": \"Customer\"}, null]")
                .pmoScope())
        .containsExactly("Finance", "Customer");
  }

  @Test
  void takesTheSponsorsIdAndTheFirstOfSeveralSponsors() {
    assertThat(
            issueWithFields(
                    "\"customfield_4\": {\"key\": \"JIRAUSER7\", \"displayName\": \"Kim Ode\"}")
                .sponsorId())
        .isEqualTo("JIRAUSER7");
    assertThat(
            issueWithFields(
                    "\"customfield_4\": [{\"accountId\": \"acc-1\"}, {\"accountId\": \"acc-2\"}]")
                .sponsorId())
        .isEqualTo("acc-1");
  }

  @Test
  void skipsAnIssueWhosePmoScopeIsANumber() {
    Imported imported =
        Imported.json(
            """
            {"key": "CF-2", "fields": {"created": "2024-01-01T00:00:00Z", "customfield_3": 7},
             "names": {"customfield_3": "PMO Scope"}}
            """);

    assertThat(imported.sink().issues).isEmpty();
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (CF-2): skipped: 'customfield_3' should be text or an option but is a"
                + " number");
  }
}
