package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFilesTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page.json",
        "issues.jsonl",
        "issues.ndjson",
        "page.json.gz",
        "issues.jsonl.gz",
        "ISSUES.NDJSON.GZ"
      })
  void takesJsonJsonLinesAndTheirGzippedForms(String name) {
    assertThat(ExportFiles.isExportName(Path.of(name))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"notes.txt", "page.json.bak", "page.gz", "._page.json", ".page.json"})
  void leavesOtherAndHiddenFilesAlone(String name) {
    assertThat(ExportFiles.isExportName(Path.of(name))).isFalse();
  }

  @Test
  void walksFoldersRecursivelyInPathOrder() throws IOException {
    Path b = write("b/2.json");
    Path a = write("a/1.jsonl");
    Path deep = write("a/z/3.ndjson.gz");
    write("a/readme.txt");

    List<Path> files = ExportFiles.expand(List.of(folder), new ImportTally(10));

    assertThat(files).containsExactly(a, deep, b);
  }

  @Test
  void takesANamedFileWhateverItsName() throws IOException {
    Path file = write("export.txt");

    assertThat(ExportFiles.expand(List.of(file), new ImportTally(10))).containsExactly(file);
  }

  @Test
  void reportsMissingPathsAndFoldersWithoutExports() throws IOException {
    Files.createDirectories(folder.resolve("empty"));
    ImportTally tally = new ImportTally(10);

    List<Path> files =
        ExportFiles.expand(List.of(folder.resolve("gone.json"), folder.resolve("empty")), tally);

    assertThat(files).isEmpty();
    assertThat(tally.summary().problems())
        .extracting(Object::toString)
        .containsExactly(
            folder.resolve("gone.json") + ": no such file or folder",
            folder.resolve("empty") + ": has no export files (*.json, *.jsonl, *.ndjson, or .gz)");
  }

  private Path write(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }
}
