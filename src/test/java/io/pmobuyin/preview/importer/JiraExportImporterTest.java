package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportSummary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JiraExportImporterTest {

  @TempDir Path folder;

  private final CollectingSink sink = new CollectingSink();
  private final JiraExportImporter importer = new JiraExportImporter(ImportOptions.defaults());

  private Path copy(String fixture, String as) throws IOException {
    return write(as, Imported.fixtureBytes(fixture));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  @Test
  void importsEveryExportFileOfAFolderTreeInPathOrder() throws IOException {
    copy("issue-list.json", "b/list.json");
    copy("issues.jsonl", "a/lines.jsonl");
    write("a/deeper/single.json.gz", ExportBytes.gzip(Imported.fixtureBytes("single-issue.json")));
    copy("not-json.json", "a/notes.txt");

    ImportSummary summary = importer.importPaths(List.of(folder), sink);

    assertThat(sink.keys())
        .containsExactly("LUM-12", "NOVA-1", "NOVA-2", "NOVA-3", "DUO-1", "DUO-2");
    assertThat(summary.files()).isEqualTo(3);
    assertThat(summary.issuesRead()).isEqualTo(6);
    assertThat(summary.problems()).isEmpty();
  }

  @Test
  void readsGzipByItsContentWhateverItIsCalled() throws IOException {
    Path file = write("export.json", ExportBytes.gzip(Imported.fixtureBytes("search-page.json")));

    ImportSummary summary = importer.importPaths(List.of(file), sink);

    assertThat(sink.keys()).containsExactly("ORB-1", "ORB-2", "CAT-4");
    assertThat(sink.issue("ORB-1").sprints()).hasSize(2);
    assertThat(summary.problems()).isEmpty();
  }

  @Test
  void readsAWindows1252FileOnceWithItsAccentsIntact() throws IOException {
    Path file = copy("cp1252-page.json", "cafe.json");

    ImportSummary summary = importer.importPaths(List.of(file), sink);

    assertThat(sink.keys()).containsExactly("CAFE-1", "CAFE-2");
    assertThat(sink.issue("CAFE-1").components()).containsExactly("Küche");
    assertThat(sink.issue("CAFE-1").labels()).containsExactly("größer");
    assertThat(sink.projects).extracting(ProjectRecord::name).containsOnly("Café Müller");
    assertThat(summary.problems()).isEmpty();
  }

  @Test
  void readsUtf16AsWindowsPowerShellWritesIt() throws IOException {
    String page = new String(Imported.fixtureBytes("search-page.json"), StandardCharsets.UTF_8);
    Path file = write("ps.json", page.getBytes(StandardCharsets.UTF_16));

    importer.importPaths(List.of(file), sink);

    assertThat(sink.keys()).containsExactly("ORB-1", "ORB-2", "CAT-4");
    assertThat(sink.issue("ORB-1").sponsorId()).isEqualTo("5c2200aa0000000000000001");
  }

  @Test
  void readsUtf8WithAByteOrderMark() throws IOException {
    byte[] lines = Imported.fixtureBytes("broken-line.jsonl");
    byte[] marked = new byte[lines.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(lines, 0, marked, 3, lines.length);

    importer.importPaths(List.of(write("bom.jsonl", marked)), sink);

    assertThat(sink.keys()).containsExactly("LINE-1", "LINE-3", "LINE-5");
  }

  @Test
  void goesOnAfterABrokenLineOfAWindows1252File() throws IOException {
    String lines =
        new String(Imported.fixtureBytes("broken-line.jsonl"), StandardCharsets.UTF_8)
            .replace("\"fields\":{\"project\"", "\"fields\":{\"labels\":[\"Müll\"],\"project\"");

    importer.importPaths(
        List.of(write("lines.jsonl", lines.getBytes(Charset.forName("windows-1252")))), sink);

    assertThat(sink.keys()).containsExactly("LINE-1", "LINE-3", "LINE-5");
    assertThat(sink.issues).allSatisfy(i -> assertThat(i.labels()).containsExactly("Müll"));
  }

  @Test
  void keepsWhatCameBeforeDamagedGzipData() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      lines.append(
          "{\"key\":\"GZ-%d\",\"fields\":{\"created\":\"2024-01-01\",\"summary\":\"%s\"}}\n"
              .formatted(i, ExportBytes.randomHex(200 + i)));
    }
    byte[] whole = ExportBytes.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));

    ImportSummary summary =
        importer.importPaths(
            List.of(write("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2))), sink);

    assertThat(summary.issuesRead()).isBetween(500L, 1999L);
    assertThat(summary.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "could not be read to the end (the gzip data is damaged or cut short);"
                            + " the rest is lost"));
  }

  @Test
  void saysAFileWhoseGzipHeaderIsDamagedCannotBeRead() throws IOException {
    Path file = write("broken.json.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9});

    ImportSummary summary = importer.importPaths(List.of(file), sink);

    assertThat(summary.files()).isEqualTo(1);
    assertThat(summary.problems())
        .extracting(Object::toString)
        .containsExactly(file + ": cannot be read: the gzip data is damaged or cut short");
  }

  @Test
  void reportsWhatItCannotFindAndReadsTheRest() throws IOException {
    Path good = copy("issue-list.json", "good.json");

    ImportSummary summary =
        importer.importPaths(List.of(folder.resolve("missing.json"), good), sink);

    assertThat(sink.keys()).containsExactly("DUO-1", "DUO-2");
    assertThat(summary.files()).isEqualTo(1);
    assertThat(summary.problems())
        .extracting(Object::toString)
        .containsExactly(folder.resolve("missing.json") + ": no such file or folder");
  }

  @Test
  void keepsAtMostTheConfiguredNumberOfProblemsButCountsThemAll() {
    Imported imported =
        Imported.fixture(
            "malformed-issue-in-page.json", ImportOptions.defaults().withMaxProblems(2));

    assertThat(imported.problems()).hasSize(2);
    assertThat(imported.summary().problemsTotal()).isEqualTo(4);
    assertThat(imported.summary().issuesSkipped()).isEqualTo(4);
  }

  @Test
  void importsAStreamUnderTheNameItIsGiven() {
    ImportSummary summary =
        importer.importStream(
            "stdin",
            new java.io.ByteArrayInputStream(Imported.fixtureBytes("truncated-page.json")),
            sink);

    assertThat(summary.files()).isEqualTo(1);
    assertThat(sink.keys()).containsExactly("CUT-1", "CUT-2");
    assertThat(summary.problems()).extracting(p -> p.file()).containsExactly("stdin");
  }
}
