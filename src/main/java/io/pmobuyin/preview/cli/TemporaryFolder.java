package io.pmobuyin.preview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of our own in the system's temporary space (pages pulled from Jira, the sample's pages,
 * a benchmark's export), deleted when closed, and also when the program is stopped while it is open
 * (Ctrl-C, a kill), so that no pulled data is left behind.
 */
final class TemporaryFolder implements AutoCloseable {

  private final Path path;
  private final Thread onExit;

  private TemporaryFolder(Path path, Thread onExit) {
    this.path = path;
    this.onExit = onExit;
  }

  static TemporaryFolder create(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Thread onExit = new Thread(() -> deleteQuietly(dir), "pmo-buyin-delete-" + prefix);
    Runtime.getRuntime().addShutdownHook(onExit);
    return new TemporaryFolder(dir, onExit);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it deletes the folder.
      return;
    }
    MineCommand.deleteTree(path);
  }

  private static void deleteQuietly(Path dir) {
    try {
      MineCommand.deleteTree(dir);
    } catch (IOException | RuntimeException e) {
      // The program is stopping; nothing is left to tell.
    }
  }
}
