package io.pmobuyin.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.jira.gadget.JiraTexts;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.Viewer;
import io.pmobuyin.jira.security.Viewers;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.run.SnapshotProjects;
import io.pmobuyin.run.SnapshotReports;
import io.pmobuyin.run.StoredReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/report}: the latest mining run's report as JSON, for anyone logged in.
 * Aggregates cover the projects the caller may browse in Jira, or the whole portfolio for the
 * executive group and admins; issue keys (a project's evidence) only ever of projects the caller
 * may browse. No person is named: a project's sponsor goes by the opaque id the report keeps.
 */
@Path("/report")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReportResource {

  static final String NO_REPORT = "pmobuyin.rest.error.no-report";
  static final String NO_PROJECT = "pmobuyin.rest.error.no-such-project";
  static final String NO_PATTERN = "pmobuyin.rest.error.no-such-pattern";

  private final Viewers viewers;
  private final RestErrors errors;
  private final I18nResolver i18n;
  private final SnapshotReports reports;

  @Inject
  public ReportResource(
      Viewers viewers, RestErrors errors, I18nResolver i18n, SnapshotReports reports) {
    this.viewers = viewers;
    this.errors = errors;
    this.i18n = i18n;
    this.reports = reports;
  }

  @GET
  public Response portfolio(
      @Context HttpServletRequest request,
      @QueryParam("category") String category,
      @QueryParam("period") String period) {
    return answer(
        request,
        (viewer, latest) -> {
          GadgetQuery query = query(viewer, latest, category, period);
          return Response.ok(
                  ReportDtos.portfolio(
                      latest,
                      ProjectSelection.of(latest.report(), query),
                      query,
                      ReportDtos.visibility(viewer.seesWholePortfolio()),
                      texts(request)))
              .build();
        });
  }

  @GET
  @Path("/projects")
  public Response projects(
      @Context HttpServletRequest request,
      @QueryParam("category") String category,
      @QueryParam("period") String period) {
    return answer(
        request,
        (viewer, latest) -> {
          ProjectSelection selection =
              ProjectSelection.of(latest.report(), query(viewer, latest, category, period));
          Texts texts = texts(request);
          return Response.ok(
                  new ProjectsDto(
                      latest.header().id(),
                      ReportDtos.visibility(viewer.seesWholePortfolio()),
                      selection.projects().stream()
                          .map(p -> ReportDtos.project(p, viewer.mayBrowse(p.key()), false, texts))
                          .toList()))
              .build();
        });
  }

  @GET
  @Path("/projects/{key}")
  public Response project(@Context HttpServletRequest request, @PathParam("key") String key) {
    return answer(
        request,
        (viewer, latest) -> {
          Optional<ProjectSection> project =
              latest.report().projects().stream().filter(p -> p.key().equals(key)).findFirst();
          boolean browsable = project.isPresent() && viewer.mayBrowse(key);
          // One answer for a project that is not there and one the caller may not see.
          if (project.isEmpty() || !(browsable || viewer.seesWholePortfolio())) {
            return errors.notFound(NO_PROJECT);
          }
          return Response.ok(ReportDtos.project(project.get(), browsable, true, texts(request)))
              .build();
        });
  }

  @GET
  @Path("/patterns")
  public Response patterns(
      @Context HttpServletRequest request,
      @QueryParam("category") String category,
      @QueryParam("period") String period) {
    return answer(
        request,
        (viewer, latest) -> {
          ProjectSelection selection =
              ProjectSelection.of(latest.report(), query(viewer, latest, category, period));
          Texts texts = texts(request);
          return Response.ok(
                  new PatternsDto(
                      latest.header().id(),
                      ReportDtos.visibility(viewer.seesWholePortfolio()),
                      selection.coversWholeReport(),
                      PatternFigures.of(selection).stream()
                          .map(p -> ReportDtos.pattern(p, texts))
                          .toList()))
              .build();
        });
  }

  @GET
  @Path("/patterns/{id}")
  public Response pattern(
      @Context HttpServletRequest request,
      @PathParam("id") String id,
      @QueryParam("category") String category,
      @QueryParam("period") String period) {
    return answer(
        request,
        (viewer, latest) -> {
          PatternId pattern = ReportDtos.patternId(id);
          if (pattern == null) {
            return errors.notFound(NO_PATTERN);
          }
          ProjectSelection selection =
              ProjectSelection.of(latest.report(), query(viewer, latest, category, period));
          PatternFigures figures = PatternFigures.of(selection).get(pattern.ordinal());
          return Response.ok(ReportDtos.pattern(figures, texts(request))).build();
        });
  }

  @GET
  @Path("/patterns/{id}/evidence")
  public Response evidence(@Context HttpServletRequest request, @PathParam("id") String id) {
    return answer(
        request,
        (viewer, latest) -> {
          PatternId pattern = ReportDtos.patternId(id);
          if (pattern == null) {
            return errors.notFound(NO_PATTERN);
          }
          List<EvidenceDto.ProjectEvidence> projects = new ArrayList<>();
          for (ProjectSection project : latest.report().projects()) {
            for (ProjectPattern shown : project.patterns()) {
              // Browse permission decides, for executives and admins too.
              if (shown.id() == pattern
                  && !shown.evidence().isEmpty()
                  && viewer.mayBrowse(project.key())) {
                projects.add(ReportDtos.evidence(project, shown));
              }
            }
          }
          return Response.ok(
                  new EvidenceDto(
                      latest.header().id(),
                      pattern.name(),
                      i18n.getText(pattern.nameKey()),
                      projects))
              .build();
        });
  }

  @GET
  @Path("/trend")
  public Response trend(@Context HttpServletRequest request) {
    return answer(
        request,
        (viewer, latest) -> {
          List<TrendDto.PointDto> points = new ArrayList<>();
          for (SnapshotProjects snapshot : reports.history()) {
            VisibleProjects visible = viewer.inAggregates(keys(snapshot.projects()));
            points.add(ReportDtos.point(snapshot, visible));
          }
          return Response.ok(
                  new TrendDto(ReportDtos.visibility(viewer.seesWholePortfolio()), points))
              .build();
        });
  }

  /** What every endpoint does first: a logged-in caller, and a report to answer from. */
  private Response answer(HttpServletRequest request, Answer answer) {
    Viewer viewer = viewers.of(request);
    if (!viewer.level().atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    Optional<StoredReport> latest = reports.latest();
    if (latest.isEmpty()) {
      return errors.notFound(NO_REPORT);
    }
    return answer.from(viewer, latest.get());
  }

  @FunctionalInterface
  private interface Answer {
    Response from(Viewer viewer, StoredReport latest);
  }

  private static GadgetQuery query(
      Viewer viewer, StoredReport latest, String category, String period) {
    return GadgetQuery.of(category, period)
        .limitedTo(viewer.inAggregates(keys(latest.report().projects())));
  }

  private static List<String> keys(List<ProjectSection> projects) {
    return projects.stream().map(ProjectSection::key).toList();
  }

  private Texts texts(HttpServletRequest request) {
    return new JiraTexts(i18n, request.getLocale());
  }
}
