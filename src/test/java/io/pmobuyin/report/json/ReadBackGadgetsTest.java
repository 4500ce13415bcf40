package io.pmobuyin.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.preview.render.PreviewTexts;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.testing.SampleGadgetData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample portfolio's report, stored as JSON and read back, shows in every gadget and in the
 * brief what the miner's own report shows, but for what the writer's rounding to four places does
 * to a figure rounded again for display; and once stored, it shows exactly the same however often
 * it is stored and read again.
 */
class ReadBackGadgetsTest {

  private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
  private static final List<GadgetQuery> QUERIES =
      List.of(GadgetQuery.everything(), GadgetQuery.of(null, "last-4-quarters"));

  private static final GadgetData MINED = SampleGadgetData.standard();
  private static final GadgetData STORED = storedAndReadBack(MINED);
  private static final GadgetData STORED_AGAIN = storedAndReadBack(STORED);

  private final PreviewTemplates templates = new PreviewTemplates(MESSAGES);
  private final PreviewTexts texts = new PreviewTexts(MESSAGES, Locale.ENGLISH);
  private final GadgetRenderer renderer =
      new GadgetRenderer(templates, (g, table) -> "/csv/" + g.id() + "/" + table, "/brief");

  private static GadgetData storedAndReadBack(GadgetData data) {
    PortfolioReport read = new ReportJsonReader().read(Reports.json(data.report()));
    return new GadgetData(read, data.catalogue(), data.leadership(), data.targets());
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void rendersEveryGadgetAsTheMinedReportButForTheLastShownDigit(Gadget gadget) {
    for (GadgetQuery query : QUERIES) {
      String mined = render(gadget, MINED, query);
      String stored = render(gadget, STORED, query);

      assertThat(stored).hasSizeGreaterThan(500);
      assertThat(ShownNumbers.changed(mined, stored))
          .as(gadget.id() + " " + query.periodId())
          .allMatch(ShownNumbers::inLastDigitOnly);
    }
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void rendersEveryGadgetOfAStoredReportExactlyAgainAfterStoringItAgain(Gadget gadget) {
    for (GadgetQuery query : QUERIES) {
      assertThat(render(gadget, STORED_AGAIN, query))
          .as(gadget.id() + " " + query.periodId())
          .isEqualTo(render(gadget, STORED, query));
    }
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void offersTheDownloadsOfTheMinedReportToThreeDecimalPlaces(Gadget gadget) {
    List<CsvTable> mined = tables(gadget, MINED);
    List<CsvTable> stored = tables(gadget, STORED);

    assertThat(stored)
        .extracting(CsvTable::name)
        .isEqualTo(mined.stream().map(CsvTable::name).toList());
    for (int i = 0; i < mined.size(); i++) {
      assertThat(ShownNumbers.changed(csv(mined.get(i)), csv(stored.get(i))))
          .as(gadget.id() + " " + mined.get(i).name())
          .allMatch(change -> ShownNumbers.within(change, 0.001));
    }
  }

  @Test
  void printsTheBriefOfTheMinedReportButForTheLastShownDigit() {
    String mined = brief(MINED);

    assertThat(ShownNumbers.changed(mined, brief(STORED))).allMatch(ShownNumbers::inLastDigitOnly);
    assertThat(brief(STORED_AGAIN)).isEqualTo(brief(STORED));
  }

  private String render(Gadget gadget, GadgetData data, GadgetQuery query) {
    return renderer.render(gadget, data.input(query, texts, "g1"));
  }

  private List<CsvTable> tables(Gadget gadget, GadgetData data) {
    return gadget.view(data.input(GadgetQuery.everything(), texts, "g1")).tables();
  }

  private static String csv(CsvTable table) {
    return table.header() + "\n" + table.rows();
  }

  private String brief(GadgetData data) {
    return templates.render(
        Brief.TEMPLATE,
        Map.of("brief", Brief.build(data.input(GadgetQuery.everything(), texts, null))));
  }
}
