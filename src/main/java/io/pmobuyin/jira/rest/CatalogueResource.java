package io.pmobuyin.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.security.WriteRequests;
import io.pmobuyin.scope.CatalogueEditor;
import io.pmobuyin.scope.CatalogueProblem;
import io.pmobuyin.scope.CatalogueStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/catalogue}: the PMO service catalogue. Anyone logged in reads the
 * entries; admins also read the audit trail, and add or change entries. Writes take JSON only,
 * which a cross-site form cannot send, and are checked in code as well as by the annotations.
 */
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CatalogueResource {

  static final String REFUSED = "pmobuyin.catalogue.error.refused";

  private final RequestAccess access;
  private final RestErrors errors;
  private final CatalogueStore store;
  private final CatalogueEditor editor = new CatalogueEditor(Clock.systemUTC());

  @Inject
  public CatalogueResource(RequestAccess access, RestErrors errors, CatalogueStore store) {
    this.access = access;
    this.errors = errors;
    this.store = store;
  }

  @GET
  public Response catalogue(@Context HttpServletRequest request) {
    AccessLevel level = access.of(request);
    if (!level.atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    return Response.ok(
            new CatalogueDto(
                store.catalogue().entries().stream().map(CatalogueEntryDto::of).toList(),
                level.atLeast(AccessLevel.ADMIN)
                    ? store.changes().stream().map(CatalogueChangeDto::of).toList()
                    : null))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@Context HttpServletRequest request, CatalogueEntryDto entry) {
    return write(request, entry, true);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(
      @Context HttpServletRequest request, @PathParam("id") String id, CatalogueEntryDto entry) {
    return write(request, entry == null ? null : entry.withId(id), false);
  }

  private synchronized Response write(
      HttpServletRequest request, CatalogueEntryDto entry, boolean adding) {
    AccessLevel level = access.of(request);
    if (!level.atLeast(AccessLevel.USER)) {
      return errors.notLoggedIn();
    }
    if (!level.atLeast(AccessLevel.ADMIN)) {
      return errors.notAllowed();
    }
    if (!WriteRequests.notForged(request)) {
      return errors.forged();
    }
    CatalogueEntryDto body = entry == null ? CatalogueEntryDto.EMPTY : entry;
    String actor = access.userKey(request).orElseThrow();
    CatalogueEditor.Outcome outcome =
        adding
            ? editor.add(store.catalogue(), body.form(), actor)
            : editor.change(store.catalogue(), body.form(), actor);
    if (!outcome.accepted()) {
      return refused(outcome);
    }
    store.save(outcome.catalogue(), outcome.change().orElseThrow());
    return Response.status(adding ? Response.Status.CREATED : Response.Status.OK)
        .entity(CatalogueEntryDto.of(outcome.change().orElseThrow().after()))
        .build();
  }

  private Response refused(CatalogueEditor.Outcome outcome) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (CatalogueProblem problem : outcome.problems()) {
      fields.putIfAbsent(problem.field(), errors.text(problem.messageKey(), problem.arguments()));
    }
    return errors.refused(REFUSED, fields);
  }
}
