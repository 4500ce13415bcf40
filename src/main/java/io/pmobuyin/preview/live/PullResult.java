package io.pmobuyin.preview.live;

/**
 * What a finished pull wrote.
 *
 * @param pages search pages written ({@code search-0001.json} ...)
 * @param issues issues in them
 * @param flavour {@link #SERVER} (the {@code startAt} search of Data Center and Server) or {@link
 *     #CLOUD} (Jira Cloud's search by {@code nextPageToken})
 */
public record PullResult(int pages, long issues, String flavour) {

  public static final String SERVER = "server";
  public static final String CLOUD = "cloud";
}
