package io.pmobuyin.preview.live;

import java.util.List;

/**
 * What a pull needs to know of one search page it has downloaded.
 *
 * @param issues how many issues the page holds
 * @param total how many issues the search finds, or -1 where the page does not say (Cloud)
 * @param isLast whether the page says it is the last one (Cloud)
 * @param nextPageToken the token for the next page, or null (Cloud)
 * @param shortChangelogs the issues whose change history the page gives only in part
 * @param keys the keys (or ids) of the page's issues, to tell a page that repeats the one before
 */
record SearchPage(
    int issues,
    long total,
    boolean isLast,
    String nextPageToken,
    List<ShortChangelog> shortChangelogs,
    List<String> keys) {

  SearchPage {
    shortChangelogs = List.copyOf(shortChangelogs);
    keys = List.copyOf(keys);
  }

  /**
   * An issue of the page whose {@code changelog.total} exceeds the histories given.
   *
   * @param index its place in the page's {@code issues}, from 0
   * @param issueKey its key (or id, where the key is missing)
   */
  record ShortChangelog(int index, String issueKey, int given, long total) {}
}
