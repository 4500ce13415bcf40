package io.pmobuyin.report.view;

import java.util.List;

/**
 * What surrounds every gadget's body: its id for CSS and element ids, and its CSV downloads.
 *
 * @param elementId unique on the page
 * @param briefUrl the printable brief with the gadget's settings
 */
public record GadgetFrame(
    String gadget, String elementId, List<CsvLink> downloads, String briefUrl) {

  public GadgetFrame {
    downloads = List.copyOf(downloads);
  }
}
