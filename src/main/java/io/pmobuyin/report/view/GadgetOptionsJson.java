package io.pmobuyin.report.view;

import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.json.JsonWriter;
import java.io.Writer;

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
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.name("categories").beginArray();
    GadgetQuery visibleProjects = GadgetQuery.everything().limitedTo(visible);
    for (String category : ProjectSelection.of(report, visibleProjects).categories()) {
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
