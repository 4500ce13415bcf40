package io.pmobuyin.jira.rest;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.jira.security.RequestAccess;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/sponsor-group}: the Jira group whose active members may be chosen as
 * Executive Sponsor. Admins only; a write names an existing group, or nothing to clear it, and
 * takes JSON only, which a cross-site form cannot send.
 */
@Path("/sponsor-group")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SponsorGroupResource {

  static final String UNKNOWN_GROUP = "pmobuyin.sponsor-group.error.unknown";
  static final String REFUSED = "pmobuyin.sponsor-group.error.refused";

  private final RequestAccess access;
  private final RestErrors errors;
  private final SponsorGroupSetting setting;
  private final GroupManager groups;

  @Inject
  public SponsorGroupResource(
      RequestAccess access, RestErrors errors, SponsorGroupSetting setting, GroupManager groups) {
    this.access = access;
    this.errors = errors;
    this.setting = setting;
    this.groups = groups;
  }

  @GET
  public Response sponsorGroup(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    return Response.ok(new SponsorGroupDto(setting.group().orElse(null))).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response choose(@Context HttpServletRequest request, SponsorGroupDto body) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    String group = body == null || body.group() == null ? "" : body.group().strip();
    if (!group.isEmpty() && groups.getGroup(group) == null) {
      return errors.refused(REFUSED, Map.of("group", errors.text(UNKNOWN_GROUP, group)));
    }
    setting.choose(group);
    return Response.ok(new SponsorGroupDto(group.isEmpty() ? null : group)).build();
  }
}
