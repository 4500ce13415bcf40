package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.ExportBytes.WINDOWS_1252;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not UTF-8 shows it only where its first such byte comes; the importer then reads
 * it again as windows-1252 from the value that byte is in, and delivers and reports nothing twice.
 */
class Windows1252ExportTest {

  @TempDir Path folder;

  private final CollectingSink sink = new CollectingSink();
  private final JiraExportImporter importer = new JiraExportImporter(ImportOptions.defaults());

  private ImportSummary importFile(String name, byte[] content) throws IOException {
    Path file = Files.write(folder.resolve(name), content);
    return importer.importPaths(List.of(file), sink);
  }

  private static String issue(int n, String labels) {
    return "{\"key\":\"WIN-%d\",\"fields\":{\"created\":\"2024-01-01T00:00:00Z\",\"labels\":[%s]}}"
        .formatted(n, labels);
  }

  /** UTF-8 lines, then a line in windows-1252, then UTF-8 lines again. */
  private static byte[] linesWithOneInWindows1252(int lines, int windowsLine, String fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int n = 1; n <= lines; n++) {
      String line =
          n == windowsLine
              ? "{\"key\":\"WIN-%d\",\"fields\":{%s,\"created\":\"2024-01-01T00:00:00Z\"}}"
                  .formatted(n, fields)
              : issue(n, "\"Küche\"");
      bytes.writeBytes(
          (line + "\n").getBytes(n == windowsLine ? WINDOWS_1252 : StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void readsAWindows1252PageOnceWithEveryIssueDeliveredOnce() throws IOException {
    ImportSummary summary = importFile("cafe.json", Imported.fixtureBytes("cp1252-page.json"));

    assertThat(sink.keys()).containsExactly("CAFE-1", "CAFE-2");
    assertThat(sink.projects).extracting(ProjectRecord::name).containsExactly("Café Müller");
    assertThat(summary.issuesRead()).isEqualTo(2);
    assertThat(summary.problemsTotal()).isZero();
  }

  @Test
  void deliversTheLinesBeforeALateWindows1252LineOnceAndKeepsTheirUtf8() throws IOException {
    byte[] content = linesWithOneInWindows1252(1000, 900, "\"labels\":[\"Müll\"]");

    ImportSummary summary = importFile("late.jsonl", content);

    assertThat(summary.issuesRead()).isEqualTo(1000);
    assertThat(sink.keys().stream().distinct().count()).isEqualTo(1000);
    assertThat(sink.issue("WIN-899").labels()).containsExactly("Küche");
    assertThat(sink.issue("WIN-900").labels()).containsExactly("Müll");
    assertThat(sink.issue("WIN-1000").labels())
        .as("read as windows-1252")
        .containsExactly("KÃ¼che");
    assertThat(summary.problemsTotal()).isZero();
    assertThat(sink.projects).extracting(ProjectRecord::key).containsExactly("WIN");
  }

  @Test
  void findsALateWindows1252ByteAlsoInAFieldItPassesOverUnread() throws IOException {
    byte[] content = linesWithOneInWindows1252(50, 40, "\"summary\":\"Kaffee für alle\"");

    ImportSummary summary = importFile("late.jsonl", content);

    assertThat(summary.issuesRead()).isEqualTo(50);
    assertThat(sink.keys()).doesNotHaveDuplicates().contains("WIN-40", "WIN-50");
  }

  @Test
  void reportsTheProblemsBeforeALateWindows1252LineOnce() throws IOException {
    String lines =
        issue(1, "\"a\"")
            + "\n"
            + "{\"key\":\"WIN-2\",\"fields\":{\"created\":\"yesterday\"}}\n"
            + "{\"key\":\"WIN-3\",\"fields\":{\"created\":\"2024-01-01T00:00:00Z\"} oops}\n"
            + "not json\n"
            + issue(5, "\"Müll\"")
            + "\n"
            + "{\"key\":\"WIN-6\",\"fields\":{\"created\":\"2024-01-01T00:00:00Z\"} oops}\n";

    ImportSummary summary = importFile("lines.jsonl", lines.getBytes(WINDOWS_1252));

    assertThat(sink.keys()).containsExactly("WIN-1", "WIN-5");
    assertThat(sink.issue("WIN-5").labels()).containsExactly("Müll");
    assertThat(summary.problems())
        .extracting(ImportProblem::where)
        .containsExactly("WIN-2", "WIN-3", "line 4", "WIN-6");
    assertThat(summary.issuesSkipped()).isEqualTo(3);
  }

  @Test
  void readsAListOfIssuesAgainFromTheEntryWithTheWindows1252Byte() throws IOException {
    String list =
        "["
            + IntStream.rangeClosed(1, 20)
                .mapToObj(n -> issue(n, n == 15 ? "\"Müll\"" : "\"x\""))
                .collect(Collectors.joining(",\n"))
            + "]";

    ImportSummary summary = importFile("list.json", list.getBytes(WINDOWS_1252));

    assertThat(summary.issuesRead()).isEqualTo(20);
    assertThat(sink.keys()).doesNotHaveDuplicates().hasSize(20);
    assertThat(sink.issue("WIN-15").labels()).containsExactly("Müll");
  }

  @Test
  void passesOverTheIssuesAlreadyDeliveredOfAPageTooLongToHold() throws IOException {
    int count = HeldOutcomes.MAX_HELD_ISSUES + 10;
    String page =
        "{\"issues\":["
            + IntStream.rangeClosed(1, count)
                .mapToObj(n -> issue(n, n == count - 2 ? "\"Müll\"" : "\"x\""))
                .map(
                    issue ->
                        issue.replace(
                            "\"labels\"", "\"customfield_7\":[{\"name\":\"S\"}],\"labels\""))
                .collect(Collectors.joining(","))
            + "], \"names\": {\"customfield_7\": \"Sprint\"}}";

    ImportSummary summary = importFile("long.json", page.getBytes(WINDOWS_1252));

    assertThat(summary.issuesRead()).isEqualTo(count);
    assertThat(sink.keys()).doesNotHaveDuplicates().hasSize(count);
    assertThat(sink.issue("WIN-" + (count - 2)).labels()).containsExactly("Müll");
    assertThat(summary.problemsTotal()).isZero();
  }

  @Test
  void reportsAWindows1252PageCutShortOnce() throws IOException {
    String cut =
        "{\"issues\": [" + issue(1, "\"Müll\"") + "," + issue(2, "\"x\"") + ",{\"key\":\"WIN-3\"";

    ImportSummary summary = importFile("cut.json", cut.getBytes(WINDOWS_1252));

    assertThat(sink.keys()).containsExactly("WIN-1", "WIN-2");
    assertThat(sink.issue("WIN-1").labels()).containsExactly("Müll");
    assertThat(summary.problems())
        .extracting(Object::toString)
        .containsExactly(
            folder.resolve("cut.json")
                + " (WIN-3): the JSON is cut short inside this issue; it is"
                + " lost");
  }

  @Test
  void readsAWindows1252PageAgainWhereItsNamesMapComesTooLate() throws IOException {
    String page =
        "{\"issues\": [{\"key\":\"WIN-1\",\"fields\":{\"created\":\"2024-01-01T00:00:00Z\","
            + "\"customfield_7\":[{\"name\":\"Sprint 1\"}]}}],"
            + " \"names\": {\"customfield_6\": \"Größe\", \"customfield_7\": \"Sprint\"}}";

    ImportSummary summary = importFile("late-names.json", page.getBytes(WINDOWS_1252));

    assertThat(sink.keys()).containsExactly("WIN-1");
    assertThat(sink.issue("WIN-1").sprints()).extracting(s -> s.name()).containsExactly("Sprint 1");
    assertThat(summary.problemsTotal()).isZero();
  }

  @Test
  void readsGzippedJsonLinesWithALateWindows1252Line() throws IOException {
    byte[] content = ExportBytes.gzip(linesWithOneInWindows1252(300, 250, "\"labels\":[\"Müll\"]"));

    ImportSummary summary = importFile("late.jsonl.gz", content);

    assertThat(summary.issuesRead()).isEqualTo(300);
    assertThat(sink.keys()).doesNotHaveDuplicates();
    assertThat(sink.issue("WIN-250").labels()).containsExactly("Müll");
  }
}
