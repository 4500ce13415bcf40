package io.pmobuyin.preview.importer;

import java.util.concurrent.CancellationException;

/**
 * How an import is cancelled: by interrupting the thread that called it. The import then stops with
 * a {@link CancellationException}, between two files when it reads them in turn, at once when it
 * waits for worker threads; the thread stays interrupted, for its caller to see.
 */
final class ImportCancellation {

  private ImportCancellation() {}

  /** Stops the import here if its thread was interrupted. */
  static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw cancelled();
    }
  }

  /** Keeps the interrupt an {@link InterruptedException} cleared, and says the import stopped. */
  static CancellationException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    CancellationException cancelled = cancelled();
    cancelled.initCause(e);
    return cancelled;
  }

  private static CancellationException cancelled() {
    return new CancellationException("the import was cancelled (its thread was interrupted)");
  }
}
