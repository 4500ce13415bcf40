package io.pmobuyin.preview.importer;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The export files the paths given name: a file as it is, a folder walked for JSON, JSON Lines and
 * gzipped files, in path order so that two runs read the same files in the same order.
 *
 * <p>A walk follows links to folders and files. Whatever inside it cannot be read is named as a
 * problem and skipped, and the rest is read: a folder that cannot be listed, a link that leads
 * nowhere or back into its own folder, and an export-named entry that is no regular file (a pipe, a
 * device).
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

  /** A file named {@code .jsonl} or {@code .ndjson} (gzipped or not) holds JSON Lines. */
  static boolean namesJsonLines(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static List<Path> walk(Path folder, ImportTally tally) {
    FolderWalk walk = new FolderWalk(tally);
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    } catch (IOException e) {
      tally.problem(folder.toString(), "", "cannot be listed: " + ExportSource.describe(e));
      return null;
    }
    List<Path> found = new ArrayList<>(walk.files);
    found.sort(null);
    return found;
  }

  /** Collects export files; names and skips each entry it cannot read, and goes on. */
  static final class FolderWalk extends SimpleFileVisitor<Path> {

    private final ImportTally tally;
    private final List<Path> files = new ArrayList<>();

    FolderWalk(ImportTally tally) {
      this.tally = tally;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (!isExportName(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        files.add(file);
      } else if (attributes.isSymbolicLink()) {
        tally.problem(file.toString(), "", "is a link that leads nowhere; skipped");
      } else if (!attributes.isDirectory()) {
        tally.problem(file.toString(), "", "is not a regular file (a pipe or a device); skipped");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String why =
          e instanceof FileSystemLoopException
              ? "is a link back into a folder above it; skipped"
              : "cannot be read: " + ExportSource.describe(e) + "; skipped";
      tally.problem(file.toString(), "", why);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException e) {
      if (e != null) {
        tally.problem(
            folder.toString(), "", "could not be listed to the end: " + ExportSource.describe(e));
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
