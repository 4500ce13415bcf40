package io.pmobuyin.report.json;

/**
 * A stored report that cannot be read back: not JSON, another schema version, or a field missing or
 * of the wrong kind. The message names the place in the document as a JSON path ({@code
 * $.patterns[2].share}), so whoever looks at the log can find it in the snapshot.
 */
public final class ReportJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  public ReportJsonException(String path, String problem) {
    this(path, problem, null);
  }

  public ReportJsonException(String path, String problem, Throwable cause) {
    super("Report JSON at " + path + ": " + problem, cause);
    this.path = path;
  }

  /** Where in the document, e.g. {@code $.projects[0].closed}; {@code $} for the whole. */
  public String path() {
    return path;
  }
}
