package io.pmobuyin.report.view;

import java.util.List;

/**
 * What surrounds every gadget's body: its id for CSS and element ids, and its CSV downloads.
 *
 * @param elementId unique on the page
 */
public record GadgetFrame(String gadget, String elementId, List<CsvLink> downloads) {

  public GadgetFrame {
    downloads = List.copyOf(downloads);
  }
}
