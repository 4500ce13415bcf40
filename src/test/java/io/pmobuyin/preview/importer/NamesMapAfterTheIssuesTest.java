package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.SprintRecord;
import io.pmobuyin.mining.source.ImportSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jira writes a search page's names map after its issues; the importer reads each file once. */
class NamesMapAfterTheIssuesTest {

  @TempDir Path folder;

  private final CollectingSink sink = new CollectingSink();
  private final JiraExportImporter importer = new JiraExportImporter(ImportOptions.defaults());

  private Path write(String name, String json) throws IOException {
    return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
  }

  private static String issue(String key, String field) {
    return """
        {"key": "%s", "fields": {"created": "2024-01-01T00:00:00Z", "%s": [{"name": "Sprint of %s"}]}}"""
        .formatted(key, field, key);
  }

  private static String page(String names, String... issues) {
    return "{\"issues\": [" + String.join(",", issues) + "]" + names + "}";
  }

  private static String namesMap(String field, String displayName) {
    return ", \"names\": {\"summary\": \"Summary\", \"%s\": \"%s\"}".formatted(field, displayName);
  }

  private static List<String> sprintNames(IssueRecord issue) {
    return issue.sprints().stream().map(SprintRecord::name).toList();
  }

  @Test
  void readsSprintsThatOnlyTheNamesMapAfterTheIssuesRevealsAndDeliversEachIssueOnce()
      throws IOException {
    Path file =
        write(
            "page.json",
            page(
                namesMap("customfield_10020", "Sprint"),
                issue("LATE-1", "customfield_10020"),
                issue("LATE-2", "customfield_10020")));

    ImportSummary summary = importer.importPaths(List.of(file), sink);

    assertThat(sink.keys()).containsExactly("LATE-1", "LATE-2");
    assertThat(sprintNames(sink.issue("LATE-2"))).containsExactly("Sprint of LATE-2");
    assertThat(sink.projects).extracting(ProjectRecord::key).containsExactly("LATE");
    assertThat(summary.issuesRead()).isEqualTo(2);
    assertThat(summary.problems()).isEmpty();
  }

  @Test
  void reportsTheProblemsOfAPageReadAgainOnce() throws IOException {
    Path file =
        write(
            "page.json",
            page(
                namesMap("customfield_10020", "Sprint"),
                issue("BAD-1", "customfield_10020"),
                "{\"key\": \"BAD-2\", \"fields\": {\"created\": \"yesterday\"}}",
                "\"BAD-3\""));

    ImportSummary summary = importer.importPaths(List.of(file), sink);

    assertThat(sink.keys()).containsExactly("BAD-1");
    assertThat(summary.issuesSkipped()).isEqualTo(2);
    assertThat(summary.problems()).extracting(p -> p.where()).containsExactly("BAD-2", "issue #3");
  }

  @Test
  void usesTheNamesLearnedFromAnEarlierPageForAPageWithoutNamesMap() throws IOException {
    write(
        "search-1.json",
        page(namesMap("customfield_10020", "Sprint"), issue("ONE-1", "customfield_10020")));
    write("search-2.json", page("", issue("TWO-1", "customfield_10020")));

    importer.importPaths(List.of(folder), sink);

    assertThat(sink.keys()).containsExactly("ONE-1", "TWO-1");
    assertThat(sprintNames(sink.issue("TWO-1"))).containsExactly("Sprint of TWO-1");
  }

  @Test
  void letsAPagesOwnNamesMapWinOverWhatAnExportOfAnotherJiraTaught() throws IOException {
    write(
        "a-first-jira.json",
        page(namesMap("customfield_10020", "Sprint"), issue("A-1", "customfield_10020")));
    write(
        "b-second-jira.json",
        page(
            ", \"names\": {\"customfield_10020\": \"Story Points\","
                + " \"customfield_10500\": \"Sprint\"}",
            issue("B-1", "customfield_10020"),
            issue("B-2", "customfield_10500")));

    importer.importPaths(List.of(folder), sink);

    assertThat(sink.keys()).containsExactly("A-1", "B-1", "B-2");
    assertThat(sprintNames(sink.issue("A-1"))).containsExactly("Sprint of A-1");
    assertThat(sink.issue("B-1").sprints()).isEmpty();
    assertThat(sprintNames(sink.issue("B-2"))).containsExactly("Sprint of B-2");
  }

  @Test
  void readsAgainOnlyTheLineWhoseNamesMapCameTooLateInJsonLinesOfPages() throws IOException {
    String lines =
        page("", issue("JL-1", "customfield_10020"))
            + "\n"
            + page(namesMap("customfield_10020", "Sprint"), issue("JL-2", "customfield_10020"))
            + "\n"
            + page("", issue("JL-3", "customfield_10020"))
            + "\n";

    ImportSummary summary = importer.importPaths(List.of(write("pages.jsonl", lines)), sink);

    assertThat(sink.keys()).containsExactly("JL-1", "JL-2", "JL-3");
    assertThat(sink.issue("JL-1").sprints()).as("read before any names map").isEmpty();
    assertThat(sprintNames(sink.issue("JL-2"))).containsExactly("Sprint of JL-2");
    assertThat(sprintNames(sink.issue("JL-3"))).containsExactly("Sprint of JL-3");
    assertThat(sink.projects).extracting(ProjectRecord::key).containsExactly("JL", "JL", "JL");
    assertThat(summary.issuesRead()).isEqualTo(3);
  }

  @Test
  void passesOnAPageTooLongToHoldAsItIsReadWithTheNamesKnownSoFar() throws IOException {
    int count = HeldOutcomes.MAX_HELD_ISSUES + 1;
    String[] issues =
        IntStream.rangeClosed(1, count)
            .mapToObj(i -> issue("LONG-" + i, "customfield_10020"))
            .toArray(String[]::new);
    write("search-1.json", page(namesMap("customfield_10020", "Sprint"), issues));
    write("search-2.json", page("", issue("NEXT-1", "customfield_10020")));

    ImportSummary summary = importer.importPaths(List.of(folder), sink);

    assertThat(summary.issuesRead()).isEqualTo(count + 1);
    assertThat(sink.keys().stream().collect(Collectors.toSet())).hasSize(count + 1);
    assertThat(sink.issue("LONG-1").sprints()).isEmpty();
    assertThat(sprintNames(sink.issue("NEXT-1"))).containsExactly("Sprint of NEXT-1");
  }
}
