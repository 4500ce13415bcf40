package io.pmobuyin.preview.live;

import io.pmobuyin.preview.live.JiraPullException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One pull: asks for search pages one after another and writes each, its change histories made
 * whole, as {@code search-NNNN.json}. A page is downloaded to a {@code .part} file first, which the
 * importer does not read, and is renamed only once complete.
 *
 * <p>Bounded whatever the server does: it stops at a page that holds only the issues of the page
 * before, and past what the first page's total promised plus {@link #margin}; each is reported
 * through {@link PullProgress#stoppedEarly}, and what was written is kept.
 */
final class PullRun {

  private final JiraCalls calls;
  private final JiraEndpoints endpoints;
  private final PullRequest request;
  private final Path dir;
  private final PullProgress progress;
  private final int mostHistoryEntries;

  PullRun(
      JiraCalls calls,
      JiraEndpoints endpoints,
      PullRequest request,
      Path dir,
      PullProgress progress,
      int mostHistoryEntries) {
    this.calls = calls;
    this.endpoints = endpoints;
    this.request = request;
    this.dir = dir;
    this.progress = progress;
    this.mostHistoryEntries = mostHistoryEntries;
  }

  PullResult run() throws JiraPullException, InterruptedException {
    SearchCursor cursor = endpoints.atlassianCloud() ? cloudCursor() : serverCursor();
    Path scratch = dir.resolve("changelog.json.part");
    ChangelogCompletion completion =
        new ChangelogCompletion(calls, endpoints, scratch, progress, mostHistoryEntries);
    boolean fellBack = false;
    int pages = 0;
    long issues = 0;
    long promised = -1;
    Set<String> before = Set.of();
    try {
      while (true) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        Path target = dir.resolve(String.format("search-%04d.json", pages + 1));
        Path part = dir.resolve(target.getFileName() + ".part");
        JiraAnswer answer = calls.get(cursor.pageUri(), part);
        if (!answer.ok()) {
          // A site not under atlassian.net may still be Cloud, where the old search is gone.
          boolean oldSearchGone = answer.status() == 410 || answer.status() == 404;
          if (pages == 0 && !fellBack && oldSearchGone && cursor instanceof ServerSearchCursor) {
            cursor = cloudCursor();
            fellBack = true;
            continue;
          }
          throw answer.failure();
        }
        SearchPage page = SearchPageScan.scan(part);
        if (page.issues() == 0 && pages > 0) {
          delete(part);
          break;
        }
        if (pages > 0 && !page.keys().isEmpty() && before.containsAll(page.keys())) {
          delete(part);
          progress.stoppedEarly(EarlyStop.REPEATED_PAGE, issues, "");
          break;
        }
        if (promised < 0 && page.total() >= 0) {
          promised = page.total();
        }
        if (promised >= 0 && issues + page.issues() > promised + margin(promised)) {
          delete(part);
          progress.stoppedEarly(EarlyStop.BEYOND_TOTAL, issues, "");
          break;
        }
        before = new HashSet<>(page.keys());
        write(part, target, completion.complete(page.shortChangelogs(), issues));
        pages++;
        issues += page.issues();
        boolean more = cursor.advance(page);
        progress.page(issues, cursor.total());
        if (!more) {
          break;
        }
      }
    } finally {
      deleteQuietly(scratch);
    }
    return new PullResult(pages, issues, cursor.flavour());
  }

  /** Issues created while a pull runs may lift the total a little; never by more than this. */
  static long margin(long promised) {
    return Math.max(1_000, promised / 10);
  }

  private SearchCursor serverCursor() {
    return new ServerSearchCursor(endpoints, request.jql(), request.pageSize());
  }

  private SearchCursor cloudCursor() {
    return new CloudSearchCursor(endpoints, request.jql(), request.pageSize());
  }

  private static void write(Path part, Path target, Map<Integer, Histories> complete)
      throws JiraPullException {
    try {
      if (complete.isEmpty()) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        PageRewriter.rewrite(part, target, complete);
        Files.delete(part);
      }
    } catch (IOException e) {
      throw new JiraPullException(Reason.IO, 0, JiraCalls.describe(e) + " (" + target + ")");
    }
  }

  private static void delete(Path file) throws JiraPullException {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new JiraPullException(Reason.IO, 0, JiraCalls.describe(e) + " (" + file + ")");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Only scratch space in the caller's folder, which the caller removes as a whole.
    }
  }
}
