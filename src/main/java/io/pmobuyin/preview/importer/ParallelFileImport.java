package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.source.IssueSink;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Imports several export files with worker threads reading them ahead, while the importing thread
 * passes on what each delivered, file after file, to the sink and the tally: the sink gets the same
 * records in the same order, and the tally the same counts and problems in the same order, as when
 * the files are read one after another. Whatever the sink does with the order (issues of a project
 * in delivery order, the first of two copies of an issue kept, evidence, statuses) therefore comes
 * out the same, and the sink is called from the importing thread alone.
 *
 * <p>Only parsing runs in parallel. Memory stays bounded by a window: at most {@code 2 * threads}
 * files are in flight (started and not yet passed on), and each holds at most what its {@link
 * IssueHandOff} lets wait (a few hundred records), besides, for the {@code threads} files being
 * read, the one page a reader holds until it ends, as when reading in turn (see {@link
 * HeldOutcomes}). A file further on is started only once the one in front is passed on, so a large
 * file is never held whole: its worker waits until the importing thread comes to it.
 *
 * <p>A file's reading depends on the custom field names the files before it taught (see {@link
 * LearnedFieldNames}). A file is read ahead from the names known when it is started, those of the
 * files passed on by then; should the files in between teach new names (an export's first page, an
 * export of another Jira), that reading is dropped and the file is read again in turn on the
 * importing thread, from the right names. Exports whose files teach nothing new after the first
 * lose at most the first window's reading to this.
 *
 * <p>A reading that throws is thrown in its turn, once what it delivered before is passed on, as in
 * turn; the files after it are abandoned. Interrupting the importing thread abandons every file in
 * flight and ends with a {@link java.util.concurrent.CancellationException}. Either way, and on
 * success, the worker threads have ended when {@link #run} returns (see {@link ImportWorkers}).
 */
final class ParallelFileImport {

  private final ExportFileReader reader;
  private final int threads;
  private final int maxProblems;

  /**
   * @param threads how many files are read at once; at least 2 (1 is reading in turn)
   * @param maxProblems how many problems the tally keeps, which each file's own tally keeps too
   */
  ParallelFileImport(ExportFileReader reader, int threads, int maxProblems) {
    if (threads < 2) {
      throw new IllegalArgumentException("reading ahead needs 2 threads or more, not " + threads);
    }
    this.reader = reader;
    this.threads = threads;
    this.maxProblems = maxProblems;
  }

  void run(List<Path> files, IssueSink sink, ImportTally tally) {
    Deque<FileReadAhead> window = new ArrayDeque<>();
    try (ImportWorkers workers = new ImportWorkers(threads)) {
      try {
        Map<String, String> names = Map.of();
        Iterator<Path> next = files.iterator();
        while (next.hasNext() && window.size() < 2 * threads) {
          window.add(start(next.next(), names, workers));
        }
        while (!window.isEmpty()) {
          FileReadAhead ahead = window.peek();
          if (ahead.readsFrom(names)) {
            names = ahead.passOnTo(sink, tally);
          } else {
            ahead.abandon();
            ImportCancellation.checkpoint();
            names = reader.read(ahead.file(), names, sink, tally);
          }
          window.remove();
          if (next.hasNext()) {
            window.add(start(next.next(), names, workers));
          }
        }
      } catch (InterruptedException e) {
        throw ImportCancellation.interrupted(e);
      } finally {
        window.forEach(FileReadAhead::abandon);
      }
    }
  }

  private FileReadAhead start(Path file, Map<String, String> names, ImportWorkers workers) {
    return FileReadAhead.start(file, names, maxProblems, reader, workers.executor());
  }
}
