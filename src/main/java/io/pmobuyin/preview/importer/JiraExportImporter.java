package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonFactory;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.mining.source.IssueSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports issues and their change histories from Jira REST exports (search pages, single issues,
 * JSON Lines; gzipped or not; UTF-8, UTF-16 or windows-1252) into an {@link IssueSink}, one issue
 * at a time, never holding a file in memory.
 *
 * <p>Each file is read once, as a rule. A file is taken for UTF-8 unless its first bytes show
 * UTF-16; should a byte show that it is not, the file is read again as windows-1252 from the value
 * that byte is in. The {@code names} maps that say which custom field is which are learned while
 * reading and kept for the files after; Jira writes them after a page's issues, so each page's
 * issues are held until the page ends, and the rare page whose map came too late is read again.
 * Nothing is delivered or reported twice (see {@link ValueProgress}).
 *
 * <p>Several files are read on worker threads, as many as the machine has cores unless told
 * otherwise (see {@link ParallelFileImport}); the sink is still called from the importing thread
 * alone, with the same records in the same order as when the files are read one after another.
 * Interrupting the importing thread cancels the import (see {@link ImportCancellation}).
 */
public final class JiraExportImporter {

  /** The most worker threads an import may be given. */
  public static final int MAX_THREADS = 64;

  private static final JsonFactory JSON = ExportJson.FACTORY;

  private final ImportOptions options;
  private final int threads;

  /** Reads files on as many threads as the machine has cores. */
  public JiraExportImporter(ImportOptions options) {
    this(options, defaultThreads());
  }

  /**
   * @param threads how many files are read at once, 1 to {@link #MAX_THREADS}; 1 reads them one
   *     after another on the importing thread
   */
  public JiraExportImporter(ImportOptions options, int threads) {
    this.options = Objects.requireNonNull(options, "options");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads must be 1 to " + MAX_THREADS + ", not " + threads);
    }
    this.threads = threads;
  }

  /**
   * One fewer than the machine has cores, within {@link #MAX_THREADS}: the importing thread mines
   * what the readers hand it and needs a core of its own, and so does the JIT early on. On two
   * cores that is one, the serial path: measured there (issue 15's note), two readers were no
   * faster than one.
   */
  public static int defaultThreads() {
    return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors() - 1));
  }

  /**
   * Imports files and folders (walked recursively for {@code *.json}, {@code *.jsonl}, {@code
   * *.ndjson}, each also gzipped), in path order within each folder.
   *
   * @throws java.util.concurrent.CancellationException if the importing thread was interrupted
   */
  public ImportSummary importPaths(List<Path> paths, IssueSink sink) {
    ImportTally tally = new ImportTally(options.maxProblems());
    List<Path> files = ExportFiles.expand(paths, tally);
    if (threads == 1 || files.size() < 2) {
      Map<String, String> names = Map.of();
      for (Path file : files) {
        ImportCancellation.checkpoint();
        names = readFile(file, names, sink, tally);
      }
    } else {
      new ParallelFileImport(this::readFile, threads, options.maxProblems())
          .run(files, sink, tally);
    }
    return tally.summary();
  }

  /**
   * Imports one stream, such as standard input. The stream is copied to a temporary file first: a
   * part of it may have to be read again, and the file keeps that out of memory.
   */
  public ImportSummary importStream(String name, InputStream in, IssueSink sink) {
    ImportTally tally = new ImportTally(options.maxProblems());
    Path copy = null;
    try {
      copy = Files.createTempFile("pmo-buyin-import-", ".json");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      importFile(name, copy, new LearnedFieldNames(options), sink, tally);
    } catch (IOException e) {
      tally.fileOpened();
      tally.problem(name, "", "cannot be read: " + ExportSource.describe(e));
    } finally {
      deleteQuietly(copy);
    }
    return tally.summary();
  }

  /** The {@link ExportFileReader} of this importer's options. */
  private Map<String, String> readFile(
      Path file, Map<String, String> namesBefore, IssueSink sink, ImportTally tally) {
    LearnedFieldNames names = new LearnedFieldNames(options, namesBefore);
    importFile(file.toString(), file, names, sink, tally);
    return names.known();
  }

  private void importFile(
      String name, Path path, LearnedFieldNames names, IssueSink sink, ImportTally tally) {
    tally.fileOpened();
    ExportText text = new ExportText(new ExportSource(path), JSON);
    new ExportDocumentReader(name, text, names, sink, tally).read();
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file left behind is the system's to clean; the import itself succeeded.
    }
  }
}
