package io.pmobuyin.preview.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The custom field names one import has learned from the {@code names} maps of the pages read so
 * far, and an issue reader that knows them. Custom field ids stay the same within a Jira, so what
 * the first page teaches serves the pages after it, also files that carry no map of their own.
 * Where a page's map says otherwise (an export from another Jira), the page's map wins from then
 * on.
 *
 * <p>Each file starts from the names the files before it taught ({@link #known()}), with a reader
 * that has read nothing yet: a file's reading then depends on those names alone, not on which
 * fields the files before it happened to hold, so that a file read on another thread from the same
 * names is read exactly as it would have been in turn.
 */
final class LearnedFieldNames {

  private final ImportOptions options;
  private final Map<String, String> names = new HashMap<>();
  private JiraIssueReader reader;

  LearnedFieldNames(ImportOptions options) {
    this(options, Map.of());
  }

  /** Starts from the names earlier files taught. */
  LearnedFieldNames(ImportOptions options, Map<String, String> known) {
    this.options = options;
    this.names.putAll(known);
    this.reader = new JiraIssueReader(options, CustomFieldRoles.resolve(options, names));
  }

  /** Reads issues with the names learned so far. */
  JiraIssueReader reader() {
    return reader;
  }

  /**
   * Learns a page's names map; the reader knows it from now on.
   *
   * @return whether issues already read with the previous reader would have been read differently:
   *     then the page whose map this is must be read again. The previous reader may have read pages
   *     before this one too, so a true is sometimes more caution than needed, never less.
   */
  boolean learn(Map<String, String> pageNames) {
    if (knowsAll(pageNames)) {
      return false;
    }
    names.putAll(pageNames);
    CustomFieldRoles roles = CustomFieldRoles.resolve(options, names);
    boolean differs = reader.wouldReadDifferentlyWith(roles);
    reader = new JiraIssueReader(options, roles);
    return differs;
  }

  /** The names learned so far (with those it started from), for the file after this one. */
  Map<String, String> known() {
    return Map.copyOf(names);
  }

  private boolean knowsAll(Map<String, String> pageNames) {
    for (Map.Entry<String, String> name : pageNames.entrySet()) {
      if (!name.getValue().equals(names.get(name.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
