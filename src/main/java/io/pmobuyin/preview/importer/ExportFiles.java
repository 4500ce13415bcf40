package io.pmobuyin.preview.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export files the paths given name: a file as it is, a folder walked for JSON, JSON Lines and
 * gzipped files, in path order so that two runs read the same files in the same order.
 */
final class ExportFiles {

  private static final List<String> ENDINGS =
      List.of(".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz");

  private ExportFiles() {}

  static List<Path> expand(List<Path> paths, ImportTally tally) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = walk(path, tally);
        if (found != null && found.isEmpty()) {
          tally.problem(
              path.toString(), "", "has no export files (*.json, *.jsonl, *.ndjson, or .gz)");
        }
        if (found != null) {
          files.addAll(found);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        tally.problem(path.toString(), "", "no such file or folder");
      }
    }
    return files;
  }

  static boolean isExportName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    // Hidden files include the "._name.json" AppleDouble copies macOS leaves beside real ones.
    return !name.startsWith(".") && ENDINGS.stream().anyMatch(name::endsWith);
  }

  private static List<Path> walk(Path folder, ImportTally tally) {
    try (Stream<Path> tree = Files.walk(folder)) {
      return tree.filter(Files::isRegularFile).filter(ExportFiles::isExportName).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      tally.problem(folder.toString(), "", "cannot be listed: " + ExportSource.describe(cause));
      return null;
    }
  }
}
