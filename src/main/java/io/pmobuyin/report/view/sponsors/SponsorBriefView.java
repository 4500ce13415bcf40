package io.pmobuyin.report.view.sponsors;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetView;
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
