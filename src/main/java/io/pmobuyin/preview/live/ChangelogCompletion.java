package io.pmobuyin.preview.live;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.preview.live.JiraPullException.Reason;
import io.pmobuyin.preview.live.SearchPage.ShortChangelog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches the whole change history of the issues a search page gives only in part (Jira embeds at
 * most about 100 entries per issue), from the paged changelog endpoint.
 *
 * <p>Servers older than Data Center 8 lack that endpoint: their 404 leaves the page as it is, and
 * the endpoint is not asked again during the pull. A 404 after the endpoint has answered once means
 * only that the issue is gone since the search; that issue stays as it is.
 *
 * <p>An issue's history stops at an answer that adds no entry not seen before, and at {@link
 * #MOST_ENTRIES}: a server that ignores {@code startAt}, or whose total lies, cannot keep a pull
 * going or fill the memory. Such an issue keeps what was fetched, and the importer counts it as a
 * history cut short.
 */
final class ChangelogCompletion {

  /** The most the endpoint gives per request. */
  static final int PAGE_SIZE = 100;

  /** Far beyond any real issue's history (the largest we have seen hold a few thousand). */
  static final int MOST_ENTRIES = 100_000;

  private final JiraCalls calls;
  private final JiraEndpoints endpoints;
  private final Path scratch;
  private final PullProgress progress;
  private final int mostEntries;

  private boolean answeredOnce;
  private boolean missing;

  /**
   * @param scratch a file for the endpoint's answers, overwritten each time
   * @param mostEntries the most entries kept for one issue ({@link #MOST_ENTRIES} but in tests)
   */
  ChangelogCompletion(
      JiraCalls calls,
      JiraEndpoints endpoints,
      Path scratch,
      PullProgress progress,
      int mostEntries) {
    this.calls = calls;
    this.endpoints = endpoints;
    this.scratch = scratch;
    this.progress = progress;
    this.mostEntries = mostEntries;
  }

  /**
   * @return the complete histories, by index of the issue in the page; issues whose history could
   *     not be had are left out
   */
  Map<Integer, Histories> complete(List<ShortChangelog> shorts, long issuesSoFar)
      throws JiraPullException, InterruptedException {
    Map<Integer, Histories> complete = new HashMap<>();
    for (ShortChangelog issue : shorts) {
      if (missing) {
        break;
      }
      Histories histories = fetch(issue, issuesSoFar);
      if (histories != null && histories.size() > 0) {
        complete.put(issue.index(), histories);
      }
    }
    return complete;
  }

  private Histories fetch(ShortChangelog issue, long issuesSoFar)
      throws JiraPullException, InterruptedException {
    Histories histories = new Histories();
    long startAt = 0;
    while (true) {
      JiraAnswer answer =
          calls.get(endpoints.changelog(issue.issueKey(), startAt, PAGE_SIZE), scratch);
      if (!answer.ok()) {
        if (answer.status() == 404 || answer.status() == 400) {
          missing |= answer.status() == 404 && !answeredOnce;
          return null;
        }
        throw answer.failure();
      }
      answeredOnce = true;
      int before = histories.size();
      ChangelogAnswer page = read(histories);
      startAt += page.values();
      if (page.values() == 0 || page.isLast() || (page.total() >= 0 && startAt >= page.total())) {
        return histories;
      }
      if (histories.size() == before || histories.size() >= mostEntries) {
        progress.stoppedEarly(EarlyStop.ENDLESS_HISTORY, issuesSoFar, issue.issueKey());
        return histories;
      }
    }
  }

  /** What one answer of the changelog endpoint said about paging. */
  private record ChangelogAnswer(int values, long total, boolean isLast) {}

  private ChangelogAnswer read(Histories into) throws JiraPullException {
    try (JsonParser p = Histories.JSON.createParser(scratch.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notJira();
      }
      int values = -1;
      long total = -1;
      boolean isLast = false;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "values", "histories" -> {
            if (t != JsonToken.START_ARRAY) {
              throw notJira();
            }
            values = 0;
            for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY && v != null; ) {
              if (v == JsonToken.START_OBJECT) {
                into.add(p);
              } else {
                p.skipChildren();
              }
              values++;
              v = p.nextToken();
            }
          }
          case "total" -> total = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          case "isLast" -> isLast = t == JsonToken.VALUE_TRUE;
          default -> p.skipChildren();
        }
      }
      if (values < 0) {
        throw notJira();
      }
      return new ChangelogAnswer(values, total, isLast);
    } catch (JsonProcessingException e) {
      throw notJira();
    } catch (IOException e) {
      throw new JiraPullException(Reason.IO, 0, JiraCalls.describe(e) + " (" + scratch + ")");
    }
  }

  private static JiraPullException notJira() {
    return new JiraPullException(Reason.NOT_JIRA, 200, "the change history answer is no changelog");
  }
}
