package io.pmobuyin.preview.live;

import java.net.URI;

/** Where a search is in its pages: which page to ask for next, and when it is done. */
interface SearchCursor {

  URI pageUri();

  /**
   * Moves past a page just read.
   *
   * @return false if that page was the last
   */
  boolean advance(SearchPage page);

  /** How many issues the search finds, or -1 where Jira does not say. */
  long total();

  /** {@link PullResult#SERVER} or {@link PullResult#CLOUD}. */
  String flavour();
}
