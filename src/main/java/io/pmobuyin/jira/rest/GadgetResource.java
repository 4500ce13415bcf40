package io.pmobuyin.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.jira.gadget.GadgetDataSource;
import io.pmobuyin.jira.gadget.JiraTexts;
import io.pmobuyin.jira.gadget.VisiblePlan;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.Viewer;
import io.pmobuyin.jira.security.Viewers;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetOptionsJson;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.TemplateEngine;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The dashboard items' server side, under {@code /rest/pmo-buyin/1.0/gadgets}: each gadget's HTML
 * body, its tables as CSV, the settings form's choices, and the printable brief. Portfolio
 * aggregates only, over the projects the caller may browse (every project for executives and
 * admins). Issue keys appear only in the links behind numbers, and only of projects the caller may
 * browse.
 */
@Path("/gadgets")
@LicensedOnly
public class GadgetResource {

  static final String TEXT_CSV = "text/csv; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final String NO_RUN_TEMPLATE = "templates/gadgets/no-report.vm";

  private final Viewers viewers;
  private final RestErrors errors;
  private final I18nResolver i18n;
  private final TemplateEngine templates;
  private final GadgetDataSource data;

  @Inject
  public GadgetResource(
      Viewers viewers,
      RestErrors errors,
      I18nResolver i18n,
      TemplateEngine templates,
      GadgetDataSource data) {
    this.viewers = viewers;
    this.errors = errors;
    this.i18n = i18n;
    this.templates = templates;
    this.data = data;
  }

  @GET
  @Path("/options")
  public Response options(@Context HttpServletRequest request) {
    Viewer viewer = viewers.of(request);
    if (!viewer.level().atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    Optional<GadgetData> current = data.current();
    StringWriter json = new StringWriter();
    if (current.isEmpty()) {
      // A fresh install: the form must still open, or a new item cannot be saved at all.
      GadgetOptionsJson.writeBeforeFirstRun(texts(request), json);
      return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
    GadgetOptionsJson.write(
        current.get().report(),
        viewer.inAggregates(projectKeys(current.get())),
        texts(request),
        json);
    return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("/brief")
  public Response brief(
      @Context HttpServletRequest request,
      @QueryParam("category") String category,
      @QueryParam("period") String period)
      throws IOException {
    Viewer viewer = viewers.of(request);
    if (!viewer.level().atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    Optional<GadgetData> current = data.current().map(d -> VisiblePlan.of(d, viewer));
    if (current.isEmpty()) {
      return html(noRunYet());
    }
    GadgetQuery query = query(viewer, current.get(), category, period);
    StringWriter html = new StringWriter();
    templates.render(
        Brief.TEMPLATE,
        Map.of(
            "brief",
            Brief.build(
                current
                    .get()
                    .input(query, texts(request), null)
                    .withDrill(drill(request, viewer)))),
        html);
    return html(html.toString());
  }

  @GET
  @Path("/{gadget}")
  public Response gadget(
      @Context HttpServletRequest request,
      @PathParam("gadget") String id,
      @QueryParam("category") String category,
      @QueryParam("period") String period,
      @QueryParam("instance") String instance)
      throws IOException {
    Viewer viewer = viewers.of(request);
    if (!viewer.level().atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    Optional<Gadget> gadget = Gadget.fromId(id);
    if (gadget.isEmpty()) {
      return errors.notFound();
    }
    Optional<GadgetData> current = data.current().map(d -> VisiblePlan.of(d, viewer));
    if (current.isEmpty()) {
      return html(noRunYet());
    }
    String base = request.getContextPath() + "/rest/pmo-buyin/1.0/gadgets/";
    GadgetRenderer renderer =
        new GadgetRenderer(templates, (g, table) -> base + g.id() + "/csv/" + table, base + "brief")
            .withIssueLinks(request.getContextPath() + "/browse/");
    Texts texts = texts(request);
    GadgetQuery query = query(viewer, current.get(), category, period);
    return html(
        renderer.render(
            gadget.get(),
            current.get().input(query, texts, instance).withDrill(drill(request, viewer))));
  }

  @GET
  @Path("/{gadget}/csv/{table}")
  public Response csv(
      @Context HttpServletRequest request,
      @PathParam("gadget") String id,
      @PathParam("table") String table,
      @QueryParam("category") String category,
      @QueryParam("period") String period)
      throws IOException {
    Viewer viewer = viewers.of(request);
    if (!viewer.level().atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    Optional<Gadget> gadget = Gadget.fromId(id);
    Optional<GadgetData> current = data.current().map(d -> VisiblePlan.of(d, viewer));
    if (gadget.isEmpty() || current.isEmpty()) {
      return errors.notFound();
    }
    GadgetQuery query = query(viewer, current.get(), category, period);
    Optional<String> found =
        gadget.get().csv(current.get().input(query, texts(request), null), table);
    if (found.isPresent()) {
      return Response.ok(found.get(), TEXT_CSV)
          .header("Content-Disposition", "attachment; filename=\"pmo-buyin-" + table + ".csv\"")
          .build();
    }
    return errors.notFound();
  }

  /** The gadget's settings over the projects whose figures this caller may see. */
  private static GadgetQuery query(
      Viewer viewer, GadgetData current, String category, String period) {
    return GadgetQuery.of(category, period).limitedTo(viewer.inAggregates(projectKeys(current)));
  }

  /**
   * Numbers open Jira's issue navigator on this Jira (its context path: the dashboard is on the
   * same host), with only the keys of projects the caller may browse, executives included.
   */
  private static DrillLinks drill(HttpServletRequest request, Viewer viewer) {
    String context = request.getContextPath();
    return new IssueNavigatorLinks(context == null ? "" : context, viewer::mayBrowse);
  }

  private static List<String> projectKeys(GadgetData current) {
    return current.report().projects().stream().map(ProjectSection::key).toList();
  }

  private Texts texts(HttpServletRequest request) {
    return new JiraTexts(i18n, request.getLocale());
  }

  private String noRunYet() throws IOException {
    StringWriter html = new StringWriter();
    templates.render(NO_RUN_TEMPLATE, Map.of(), html);
    return html.toString();
  }

  private static Response html(String body) {
    return Response.ok(body, HTML).header("X-Content-Type-Options", "nosniff").build();
  }
}
