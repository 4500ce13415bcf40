package io.pmobuyin.report.view;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.json.PageJson;
import io.pmobuyin.report.view.common.Texts;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a gadget's settings form offers, as JSON for the browser: the report's project categories,
 * the periods, and the form's words in the reader's language (the script has none of its own).
 */
public final class GadgetOptionsJson {

  private GadgetOptionsJson() {}

  public static void write(PortfolioReport report, Texts texts, Writer out) {
    write(report, VisibleProjects.all(), texts, out);
  }

  /** The choices of a reader who sees only some projects: only those projects' categories. */
  public static void write(
      PortfolioReport report, VisibleProjects visible, Texts texts, Writer out) {
    GadgetQuery visibleProjects = GadgetQuery.everything().limitedTo(visible);
    write(ProjectSelection.of(report, visibleProjects).categories(), true, texts, out);
  }

  /**
   * The choices before any mining run has finished: no categories yet, the periods and the form's
   * words, so that an item added to a dashboard on a fresh install can still be set up and saved.
   */
  public static void writeBeforeFirstRun(Texts texts, Writer out) {
    write(List.of(), false, texts, out);
  }

  private static void write(Iterable<String> categories, boolean mined, Texts texts, Writer out) {
    List<String> names = new ArrayList<>();
    categories.forEach(names::add);
    List<Period> periods = new ArrayList<>();
    for (ClosePeriod period : ClosePeriod.values()) {
      periods.add(new Period(period.id(), texts.text(period.labelKey())));
    }
    Labels labels =
        new Labels(
            form(texts, "category"),
            form(texts, "period"),
            form(texts, "all-categories"),
            form(texts, "save"),
            form(texts, "cancel"),
            form(texts, "configure"),
            form(texts, "failed"),
            form(texts, "loading"),
            texts.text("pmobuyin.gadget.no-report"));
    PageJson.write(new Options(mined, names, periods, labels), out);
  }

  private static String form(Texts texts, String key) {
    return texts.text("pmobuyin.gadget.form." + key);
  }

  /** The form's choices as the script reads them. */
  private record Options(
      boolean mined, List<String> categories, List<Period> periods, Labels labels) {}

  /** The form's words in the reader's language. */
  private record Labels(
      String category,
      String period,
      String allCategories,
      String save,
      String cancel,
      String configure,
      String failed,
      String loading,
      String noReport) {}

  /** A period of project close the form offers, with its label. */
  private record Period(String id, String label) {}
}
