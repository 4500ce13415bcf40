package io.pmobuyin.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.LoggedError;
import io.pmobuyin.run.MiningJob;
import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.SnapshotHeader;
import io.pmobuyin.run.SnapshotStore;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/runs}: the mining runs, for admins only. Run now, cancel the run under
 * way (on whichever node), follow its progress, accept a partial run's report, and read or clear
 * the error log.
 */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class RunResource {

  static final int RUNS_SHOWN = 20;
  static final int ERRORS_SHOWN = 200;

  private final RequestAccess access;
  private final RestErrors errors;
  private final I18nResolver i18n;
  private final RunHistory history;
  private final ErrorLog errorLog;
  private final MiningJob job;
  private final MiningSchedule schedule;
  private final SnapshotStore snapshots;

  @Inject
  public RunResource(
      RequestAccess access,
      RestErrors errors,
      I18nResolver i18n,
      RunHistory history,
      ErrorLog errorLog,
      MiningJob job,
      MiningSchedule schedule,
      SnapshotStore snapshots) {
    this.access = access;
    this.errors = errors;
    this.i18n = i18n;
    this.history = history;
    this.errorLog = errorLog;
    this.job = job;
    this.schedule = schedule;
    this.snapshots = snapshots;
  }

  @GET
  public Response runs(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    return Response.ok(
            new RunsDto(
                history.running().map(run -> RunDto.of(run, i18n::getText)).orElse(null),
                history.recent(RUNS_SHOWN).stream().map(r -> RunDto.of(r, i18n::getText)).toList(),
                snapshots.pending().map(SnapshotHeader::runId).orElse(null)))
        .build();
  }

  /**
   * Asks the scheduler for a run on one node; 202, since it starts when the scheduler gets to it.
   */
  @POST
  public Response runNow(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    if (history.running().isPresent()) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ErrorDto(409, i18n.getText("pmobuyin.rest.error.run-under-way")))
          .build();
    }
    schedule.runNow();
    return Response.accepted().build();
  }

  @POST
  @Path("/cancel")
  public Response cancel(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    return job.cancel() ? Response.accepted().build() : errors.notFound();
  }

  /**
   * Shows a partial run's report from now on, in place of the last complete one: 204, or 404 when
   * that run left no report waiting.
   */
  @POST
  @Path("/{runId}/accept")
  public Response accept(@Context HttpServletRequest request, @PathParam("runId") long runId) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    return snapshots.accept(runId) ? Response.noContent().build() : errors.notFound();
  }

  @GET
  @Path("/errors")
  public Response errorLog(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    return Response.ok(
            new ErrorLogDto(
                errorLog.count(), errorLog.recent(ERRORS_SHOWN).stream().map(this::entry).toList()))
        .build();
  }

  @DELETE
  @Path("/errors")
  public Response clearErrorLog(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    errorLog.clear();
    return Response.noContent().build();
  }

  private ErrorEntryDto entry(LoggedError error) {
    String projectKey = error.problem().projectKey();
    String issueKey = error.problem().issueKey();
    String subject = issueKey != null ? issueKey : projectKey;
    String message =
        subject == null
            ? i18n.getText(error.problem().messageKey())
            : i18n.getText(error.problem().messageKey(), subject);
    return new ErrorEntryDto(
        error.at().toString(),
        error.runId(),
        projectKey,
        issueKey,
        message,
        error.problem().detail());
  }
}
