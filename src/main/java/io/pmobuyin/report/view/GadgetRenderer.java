package io.pmobuyin.report.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

  /**
   * @param csvUrl the URL of a gadget's table as CSV, given the gadget and the table's name; the
   *     host adds the query itself
   */
  public GadgetRenderer(TemplateEngine engine, BiFunction<Gadget, String, String> csvUrl) {
    this.engine = engine;
    this.csvUrl = csvUrl;
  }

  public String render(Gadget gadget, GadgetInput input) {
    return render(gadget, input, gadget.view(input));
  }

  /** Renders a view already built, e.g. by a benchmark that times the two steps apart. */
  public String render(Gadget gadget, GadgetInput input, GadgetView view) {
    List<CsvLink> downloads = new ArrayList<>();
    for (CsvTable table : view.tables()) {
      downloads.add(
          new CsvLink(
              input.texts().text("pmobuyin.gadget.csv." + table.name()),
              csvUrl.apply(gadget, table.name())));
    }
    GadgetFrame frame = new GadgetFrame(gadget.id(), input.elementId(gadget.id()), downloads);
    StringWriter out = new StringWriter(8192);
    try {
      engine.render(gadget.template(), Map.of("view", view, "frame", frame), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
