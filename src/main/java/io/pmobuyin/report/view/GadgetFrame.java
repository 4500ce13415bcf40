package io.pmobuyin.report.view;

import io.pmobuyin.report.view.common.CsvLink;
import java.util.List;

/**
 * What surrounds every gadget's body: its id for CSS and element ids, its CSV downloads, and the
 * notes on what its figures rest on.
 *
 * @param elementId unique on the page
 * @param briefUrl the printable brief with the gadget's settings
 * @param notes when the data was mined, a missing PMO start, what money assumes (plain text)
 * @param issueBase where an issue's key is appended to open it (inside Jira {@code
 *     <context>/browse/}); null where there is no Jira to open it in (the preview)
 */
public record GadgetFrame(
    String gadget,
    String elementId,
    List<CsvLink> downloads,
    String briefUrl,
    List<String> notes,
    String issueBase) {

  public GadgetFrame {
    downloads = List.copyOf(downloads);
    notes = List.copyOf(notes);
  }

  public GadgetFrame(
      String gadget,
      String elementId,
      List<CsvLink> downloads,
      String briefUrl,
      List<String> notes) {
    this(gadget, elementId, downloads, briefUrl, notes, null);
  }

  /** Whether an issue key can link to its issue; the template then joins base and key. */
  public boolean linksIssues() {
    return issueBase != null;
  }
}
