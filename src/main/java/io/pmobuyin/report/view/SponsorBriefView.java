package io.pmobuyin.report.view;

import java.util.List;

/** Gadget 5: per sponsor, their projects, wins to share and current exposure. */
public record SponsorBriefView(
    String summary,
    boolean empty,
    String coverage,
    List<SponsorCard> sponsors,
    List<CsvTable> tables)
    implements GadgetView {

  public SponsorBriefView {
    sponsors = List.copyOf(sponsors);
    tables = List.copyOf(tables);
  }
}
