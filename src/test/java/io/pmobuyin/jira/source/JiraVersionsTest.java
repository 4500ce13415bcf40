package io.pmobuyin.jira.source;

import static io.pmobuyin.testing.JiraIssues.change;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.testing.JiraIssues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fix-version changes read by the version's id: a version renamed since is still one version. */
class JiraVersionsTest {

  private static final Instant AT = Instant.parse("2024-02-05T09:00:00Z");

  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);

  @Test
  void readsAVersionRenamedSinceUnderItsNameToday() {
    jira.archivedProject(10, "ABC").version(501, "2.0").version(502, "2.1");
    jira.issue("ABC-1")
        .history(AT, change("jira", "Fix Version", null, null, "501", "2.0-beta"))
        .history(
            AT.plusSeconds(60), change("jira", "Fix Version", "501", "2.0-beta", "502", "2.1"));

    assertThat(readOne().changes())
        .containsExactly(
            new ChangeEvent(AT, ChangeField.FIX_VERSION, null, "2.0"),
            new ChangeEvent(AT.plusSeconds(60), ChangeField.FIX_VERSION, "2.0", "2.1"));
  }

  @Test
  void keepsTheRecordedNameOfAVersionTheProjectNoLongerHas() {
    jira.archivedProject(10, "ABC").version(501, "2.0");
    jira.issue("ABC-1").history(AT, change("jira", "Fix Version", null, null, "999", "1.9"));

    assertThat(readOne().changes())
        .containsExactly(new ChangeEvent(AT, ChangeField.FIX_VERSION, null, "1.9"));
  }

  @Test
  void keepsTheRecordedNamesWhenTheProjectCannotListItsVersions() {
    jira.archivedProject(10, "ABC").version(501, "2.0").versionsFail(new NoSuchMethodError("x"));
    jira.issue("ABC-1").history(AT, change("jira", "Fix Version", null, null, "501", "2.0-beta"));

    assertThat(readOne().changes())
        .containsExactly(new ChangeEvent(AT, ChangeField.FIX_VERSION, null, "2.0-beta"));
  }

  private IssueRecord readOne() {
    List<IssueRecord> records = JiraIssueMappingTest.read(jira, "ABC");
    assertThat(records).hasSize(1);
    return records.get(0);
  }
}
