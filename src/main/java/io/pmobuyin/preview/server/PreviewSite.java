package io.pmobuyin.preview.server;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.preview.render.PreviewTexts;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.json.ReportJson;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetOptionsJson;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the preview server answers at each path: the dashboard page, each gadget's HTML (as Jira's
 * REST resource would serve it), the CSV exports, the printable brief, the report as JSON.
 */
final class PreviewSite {

  static final String GADGETS = "/gadgets";

  private final GadgetData portfolio;
  private final Messages messages;
  private final Texts texts;
  private final PreviewTemplates templates;
  private final GadgetRenderer renderer;
  private final String source;

  PreviewSite(GadgetData portfolio, Messages messages, Locale locale, String source) {
    this.portfolio = portfolio;
    this.messages = messages;
    this.texts = new PreviewTexts(messages, locale);
    this.templates = new PreviewTemplates(messages);
    this.renderer =
        new GadgetRenderer(
            templates, (gadget, table) -> "/csv/" + gadget.id() + "/" + table + ".csv", "/brief");
    this.source = source;
  }

  Response answer(String method, URI uri) throws IOException {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.error(405, messages.text("pmobuyin.preview.error.method"));
    }
    String path = uri.getRawPath();
    Map<String, String> query = query(uri.getRawQuery());
    if (path.equals("/")) {
      return Response.html(dashboard());
    }
    if (path.equals(GADGETS + "/options")) {
      StringWriter json = new StringWriter();
      GadgetOptionsJson.write(portfolio.report(), texts, json);
      return Response.json(json.toString());
    }
    if (path.startsWith(GADGETS + "/")) {
      Optional<Gadget> gadget = Gadget.fromId(path.substring(GADGETS.length() + 1));
      if (gadget.isPresent()) {
        return Response.html(renderer.render(gadget.get(), input(query)));
      }
    }
    if (path.startsWith("/csv/")) {
      return csv(path.substring("/csv/".length()), query);
    }
    if (path.equals("/brief")) {
      return Response.html(
          templates.render(Brief.TEMPLATE, Map.of("brief", Brief.build(input(query)))));
    }
    if (path.equals(EvidenceLinks.PATH)) {
      return evidence(query);
    }
    if (path.equals("/report.json")) {
      StringWriter json = new StringWriter();
      new ReportJson(messages::text).write(portfolio.report(), json);
      return Response.json(json.toString());
    }
    Optional<Response> resource = StaticResources.at(path);
    return resource.orElseGet(
        () -> Response.error(404, messages.text("pmobuyin.preview.error.not-found", path)));
  }

  private Response csv(String rest, Map<String, String> query) {
    int slash = rest.indexOf('/');
    if (slash > 0 && rest.endsWith(".csv")) {
      String table = rest.substring(slash + 1, rest.length() - ".csv".length());
      Optional<String> found =
          Gadget.fromId(rest.substring(0, slash))
              .flatMap(gadget -> gadget.csv(input(query), table));
      if (found.isPresent()) {
        return Response.csv(found.get(), "pmo-buyin-" + table + ".csv");
      }
    }
    return Response.error(404, messages.text("pmobuyin.preview.error.not-found", "/csv/" + rest));
  }

  private GadgetInput input(Map<String, String> query) {
    return portfolio
        .input(
            GadgetQuery.of(query.get("category"), query.get("period")),
            texts,
            query.get("instance"))
        .withDrill(new EvidenceLinks(""));
  }

  /** What stands behind a pattern's count or a quarter's KPI points, from the report. */
  private Response evidence(Map<String, String> query) {
    GadgetInput input = input(query);
    String back = "/" + GadgetRenderer.queryString(input.query());
    Optional<EvidencePage> page =
        query.containsKey("quarter")
            ? Optional.of(EvidencePage.quarter(input, query.get("quarter"), back))
            : EvidencePage.pattern(input, query.get("pattern"), query.get("projects"), back);
    if (page.isEmpty()) {
      return Response.error(
          404, messages.text("pmobuyin.evidence.no-pattern", String.valueOf(query.get("pattern"))));
    }
    return Response.html(templates.render("preview/evidence.vm", Map.of("page", page.get())));
  }

  private String dashboard() {
    List<DashboardItem> items = new ArrayList<>();
    for (Gadget gadget : Gadget.values()) {
      items.add(
          new DashboardItem(
              gadget.id(), texts.text(gadget.titleKey()), texts.text(gadget.descriptionKey())));
    }
    DashboardPage page = new DashboardPage(source, portfolio.report().generator(), items);
    return templates.render("preview/dashboard.vm", Map.of("page", page));
  }

  /** Query parameters, decoded; the first of repeated ones wins. */
  static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        values.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape is a bad parameter, not a fault: ignore it like an unknown one.
      }
    }
    return values;
  }
}
