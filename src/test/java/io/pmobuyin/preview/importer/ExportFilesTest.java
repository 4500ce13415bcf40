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
  @TempDir Path outside;

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

  @Test
  void followsALinkedFolderAndNamesEachEntryItCannotReadWhileReadingTheRest() throws Exception {
    Path kept = write("a/1.json");
    Path linked = Files.writeString(outside.resolve("2.json"), "{}");
    Files.createSymbolicLink(folder.resolve("b"), outside);
    Files.createSymbolicLink(folder.resolve("gone.json"), folder.resolve("nothing-here.json"));
    Files.createSymbolicLink(folder.resolve("a/loop"), folder.resolve("a"));
    Path pipe = folder.resolve("pipe.jsonl");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    ImportTally tally = new ImportTally(10);

    List<Path> files = ExportFiles.expand(List.of(folder), tally);

    assertThat(files).containsExactly(kept, folder.resolve("b").resolve(linked.getFileName()));
    assertThat(tally.summary().problems())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder(
            folder.resolve("a/loop") + ": is a link back into a folder above it; skipped",
            folder.resolve("gone.json") + ": is a link that leads nowhere; skipped",
            pipe + ": is not a regular file (a pipe or a device); skipped");
  }

  @Test
  void namesAFolderItCannotListAndGoesOn() {
    // Tests run as root here, where no folder is unreadable: the walk is told so directly.
    ImportTally tally = new ImportTally(10);
    ExportFiles.FolderWalk walk = new ExportFiles.FolderWalk(tally);

    var next =
        walk.visitFileFailed(
            folder.resolve("locked"),
            new java.nio.file.AccessDeniedException(folder.resolve("locked").toString()));

    assertThat(next).isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    assertThat(tally.summary().problems())
        .extracting(Object::toString)
        .singleElement()
        .asString()
        .startsWith(folder.resolve("locked") + ": cannot be read: ")
        .endsWith("; skipped");
  }

  private Path write(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }
}
