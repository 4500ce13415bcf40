package io.pmobuyin.report.view;

import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.view.common.CsvLink;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetNotes;
import io.pmobuyin.report.view.common.GadgetView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Makes a gadget's HTML body: builds its view, frames it with its downloads, and renders its
 * template. Inside Jira and in the preview alike; only the engine and the download URLs differ.
 */
public final class GadgetRenderer {

  private final TemplateEngine engine;
  private final BiFunction<Gadget, String, String> csvUrl;
  private final String briefUrl;
  private final String issueBase;

  /**
   * @param csvUrl the URL of a gadget's table as CSV, given the gadget and the table's name,
   *     without a query: the gadget's settings are added to it
   * @param briefUrl the printable brief's URL, without a query
   */
  public GadgetRenderer(
      TemplateEngine engine, BiFunction<Gadget, String, String> csvUrl, String briefUrl) {
    this(engine, csvUrl, briefUrl, null);
  }

  private GadgetRenderer(
      TemplateEngine engine,
      BiFunction<Gadget, String, String> csvUrl,
      String briefUrl,
      String issueBase) {
    this.engine = engine;
    this.csvUrl = csvUrl;
    this.briefUrl = briefUrl;
    this.issueBase = issueBase;
  }

  /**
   * The same renderer, linking issue keys (the improvement plan's actions) to their issues.
   *
   * @param base what a key, URL-encoded, is appended to: inside Jira {@code <context>/browse/}
   */
  public GadgetRenderer withIssueLinks(String base) {
    return new GadgetRenderer(engine, csvUrl, briefUrl, base);
  }

  public String render(Gadget gadget, GadgetInput input) {
    return render(gadget, input, gadget.view(input));
  }

  /** Renders a view already built, e.g. by a benchmark that times the two steps apart. */
  public String render(Gadget gadget, GadgetInput input, GadgetView view) {
    String query = queryString(input.query());
    List<CsvLink> downloads = new ArrayList<>();
    for (CsvTable table : view.tables()) {
      downloads.add(
          new CsvLink(
              input.texts().text("pmobuyin.gadget.csv." + table.name()),
              csvUrl.apply(gadget, table.name()) + query));
    }
    GadgetFrame frame =
        new GadgetFrame(
            gadget.id(),
            input.elementId(gadget.id()),
            downloads,
            briefUrl + query,
            GadgetNotes.of(input, gadget.showsMoney()),
            issueBase);
    StringWriter out = new StringWriter(8192);
    try {
      engine.render(gadget.template(), Map.of("view", view, "frame", frame), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The gadget's settings as a query, so that downloads and the brief show what it shows. */
  public static String queryString(GadgetQuery query) {
    StringBuilder url = new StringBuilder("?period=").append(query.periodId());
    if (query.category() != null) {
      url.append("&category=").append(URLEncoder.encode(query.category(), StandardCharsets.UTF_8));
    }
    return url.toString();
  }
}
