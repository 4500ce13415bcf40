package io.pmobuyin.report.view;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.json.JsonWriter;
import io.pmobuyin.report.view.common.Texts;
import java.io.Writer;
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
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.name("mined").value(mined);
    json.name("categories").beginArray();
    for (String category : categories) {
      json.value(category);
    }
    json.endArray();
    json.name("periods").beginArray();
    for (ClosePeriod period : ClosePeriod.values()) {
      json.beginObject();
      json.name("id").value(period.id());
      json.name("label").value(texts.text(period.labelKey()));
      json.endObject();
    }
    json.endArray();
    json.name("labels").beginObject();
    label(json, texts, "category");
    label(json, texts, "period");
    label(json, texts, "allCategories", "all-categories");
    label(json, texts, "save");
    label(json, texts, "cancel");
    label(json, texts, "configure");
    label(json, texts, "failed");
    label(json, texts, "loading");
    json.name("noReport").value(texts.text("pmobuyin.gadget.no-report"));
    json.endObject();
    json.endObject();
    json.flush();
  }

  private static void label(JsonWriter json, Texts texts, String name) {
    label(json, texts, name, name);
  }

  private static void label(JsonWriter json, Texts texts, String name, String key) {
    json.name(name).value(texts.text("pmobuyin.gadget.form." + key));
  }
}
