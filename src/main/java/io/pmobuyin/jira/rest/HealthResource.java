package io.pmobuyin.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.RequestAccess;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code GET /rest/pmo-buyin/1.0/health}: is the app up, and which version. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HealthResource {

  static final String STATUS_OK = "ok";

  private final BuildInfo buildInfo;
  private final RequestAccess access;
  private final RestErrors errors;

  @Inject
  public HealthResource(BuildInfo buildInfo, RequestAccess access, RestErrors errors) {
    this.buildInfo = buildInfo;
    this.access = access;
    this.errors = errors;
  }

  @GET
  public Response health(@Context HttpServletRequest request) {
    if (!access.of(request).atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    return Response.ok(new HealthDto(buildInfo.version(), STATUS_OK)).build();
  }
}
