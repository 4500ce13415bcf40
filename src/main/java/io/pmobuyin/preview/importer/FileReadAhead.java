package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.source.IssueSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One export file read ahead on a worker thread, from the custom field names known when it was
 * started: its deliveries wait in an {@link IssueHandOff}, its counts and problems in a tally of
 * its own, until the importing thread takes them in file order.
 *
 * <p>Reading a file depends on the names the files before it taught (see {@link
 * LearnedFieldNames}), which are only known for certain once those files are read. The names it
 * started from are therefore a guess, and its reading is used only if they turn out to be the names
 * the files before it did teach; then it is the same reading as in turn, record for record.
 */
final class FileReadAhead {

  private final Path file;
  private final Map<String, String> namesBefore;
  private final ImportTally tally;
  private final IssueHandOff handOff = new IssueHandOff();
  private Future<?> reading;

  /** Written by the worker before it hands over the end; read after the end is taken. */
  private Map<String, String> namesAfter;

  private FileReadAhead(Path file, Map<String, String> namesBefore, int maxProblems) {
    this.file = file;
    this.namesBefore = namesBefore;
    this.tally = new ImportTally(maxProblems);
  }

  /** Starts reading a file on one of the workers, as soon as one is free. */
  static FileReadAhead start(
      Path file,
      Map<String, String> namesBefore,
      int maxProblems,
      ExportFileReader reader,
      ExecutorService workers) {
    FileReadAhead ahead = new FileReadAhead(file, namesBefore, maxProblems);
    ahead.reading = workers.submit(() -> ahead.read(reader));
    return ahead;
  }

  Path file() {
    return file;
  }

  /** Whether this file is read from these names, those the files before it taught. */
  boolean readsFrom(Map<String, String> names) {
    return namesBefore.equals(names);
  }

  /**
   * On the importing thread: passes on what the file delivered, as it comes, then adds its tally.
   *
   * @return the names known after the file
   * @throws RuntimeException whatever the reading threw, once what it delivered before is passed on
   */
  Map<String, String> passOnTo(IssueSink sink, ImportTally total) throws InterruptedException {
    handOff.passOnTo(sink);
    total.add(tally);
    return namesAfter;
  }

  /** On the importing thread: takes nothing more from this file, and stops its reading. */
  void abandon() {
    handOff.abandon();
    reading.cancel(true);
  }

  private void read(ExportFileReader reader) {
    try {
      namesAfter = reader.read(file, namesBefore, handOff, tally);
      handOff.end();
    } catch (IssueHandOff.Abandoned e) {
      // Nobody takes this file any longer: stop.
    } catch (Throwable failure) {
      // Anything else the reading threw is the import's to throw, in its turn, as in turn.
      try {
        handOff.fail(failure);
      } catch (IssueHandOff.Abandoned e) {
        // Nobody takes it any longer.
      }
    }
  }
}
