package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every REST endpoint of the app against every kind of caller: who gets in, who is refused with
 * which status, and that no write is taken without the marks of our own pages. A new endpoint that
 * is not in this list fails {@link #everyResourceClassIsInTheMatrix}.
 */
class RestPermissionMatrixTest {

  enum Caller {
    ANONYMOUS,
    USER,
    EXECUTIVE,
    ADMIN
  }

  /** One endpoint: the least a caller must be, whether it changes anything, and how to call it. */
  record Endpoint(String name, Caller least, boolean write, Class<?> resource, Call call) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Call {
    Response on(MatrixResources resources, HttpServletRequest request) throws Exception;
  }

  static Stream<Endpoint> endpoints() {
    return Stream.of(everyoneAndAdmins(), reportEndpoints(), adminsOnly()).flatMap(e -> e);
  }

  static Stream<Endpoint> reportEndpoints() {
    String pattern = "SCOPE_CREEP";
    return Stream.of(
        new Endpoint(
            "GET /report",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.portfolio(q, null, null)),
        new Endpoint(
            "GET /report/projects",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.projects(q, null, null)),
        new Endpoint(
            "GET /report/projects/{key}",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.project(q, MatrixResources.SAMPLE_KEYS.get(0))),
        new Endpoint(
            "GET /report/patterns",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.patterns(q, null, null)),
        new Endpoint(
            "GET /report/patterns/{id}",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.pattern(q, pattern, null, null)),
        new Endpoint(
            "GET /report/patterns/{id}/evidence",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.evidence(q, pattern)),
        new Endpoint(
            "GET /report/trend",
            Caller.USER,
            false,
            ReportResource.class,
            (r, q) -> r.report.trend(q)));
  }

  static Stream<Endpoint> adminsOnly() {
    return Stream.of(
        new Endpoint(
            "GET /digest",
            Caller.ADMIN,
            false,
            DigestResource.class,
            (r, q) -> r.digest.overview(q)),
        new Endpoint(
            "POST /digest/subscriptions",
            Caller.ADMIN,
            true,
            DigestResource.class,
            (r, q) ->
                r.digest.add(
                    q, new DigestFormDto("sponsors", null, "weekly", "MONDAY", null, "8"))),
        new Endpoint(
            "PUT /digest/subscriptions/{id}",
            Caller.ADMIN,
            true,
            DigestResource.class,
            (r, q) ->
                r.digest.change(
                    q,
                    "s-seed",
                    new DigestFormDto("sponsors", null, "after-run", null, null, null))),
        new Endpoint(
            "DELETE /digest/subscriptions/{id}",
            Caller.ADMIN,
            true,
            DigestResource.class,
            (r, q) -> r.digest.remove(q, "s-seed")),
        new Endpoint(
            "GET /digest/preview",
            Caller.ADMIN,
            false,
            DigestResource.class,
            (r, q) -> r.digest.preview(q, null)),
        new Endpoint(
            "POST /digest/test",
            Caller.ADMIN,
            true,
            DigestResource.class,
            (r, q) -> r.digest.test(q)),
        new Endpoint("GET /runs", Caller.ADMIN, false, RunResource.class, (r, q) -> r.runs.runs(q)),
        new Endpoint(
            "POST /runs", Caller.ADMIN, true, RunResource.class, (r, q) -> r.runs.runNow(q)),
        new Endpoint(
            "POST /runs/cancel",
            Caller.ADMIN,
            true,
            RunResource.class,
            (r, q) -> {
              when(r.job.cancel()).thenReturn(true);
              return r.runs.cancel(q);
            }),
        new Endpoint(
            "POST /runs/{runId}/accept",
            Caller.ADMIN,
            true,
            RunResource.class,
            (r, q) -> {
              r.snapshots.save(7, java.time.Instant.EPOCH, 1, 1, "{}", true);
              return r.runs.accept(q, 7);
            }),
        new Endpoint(
            "GET /runs/errors",
            Caller.ADMIN,
            false,
            RunResource.class,
            (r, q) -> r.runs.errorLog(q)),
        new Endpoint(
            "DELETE /runs/errors",
            Caller.ADMIN,
            true,
            RunResource.class,
            (r, q) -> r.runs.clearErrorLog(q)),
        new Endpoint(
            "GET /settings",
            Caller.ADMIN,
            false,
            SettingsResource.class,
            (r, q) -> r.settings.settings(q)),
        new Endpoint(
            "PUT /settings",
            Caller.ADMIN,
            true,
            SettingsResource.class,
            (r, q) -> r.settings.save(q, settingsChange())),
        new Endpoint(
            "GET /projects/categories",
            Caller.ADMIN,
            false,
            ProjectsResource.class,
            (r, q) -> r.projects.categories(q)),
        new Endpoint(
            "GET /projects/suggestions",
            Caller.ADMIN,
            false,
            ProjectsResource.class,
            (r, q) -> r.projects.suggestions(q)));
  }

  static Stream<Endpoint> everyoneAndAdmins() {
    return Stream.of(
        new Endpoint(
            "GET /health", Caller.USER, false, HealthResource.class, (r, q) -> r.health.health(q)),
        new Endpoint(
            "GET /gadgets/lessons",
            Caller.USER,
            false,
            GadgetResource.class,
            (r, q) -> r.gadgets.gadget(q, "lessons", null, null, null)),
        new Endpoint(
            "GET /gadgets/lessons/csv/lessons",
            Caller.USER,
            false,
            GadgetResource.class,
            (r, q) -> r.gadgets.csv(q, "lessons", "lessons", null, null)),
        new Endpoint(
            "GET /gadgets/options",
            Caller.USER,
            false,
            GadgetResource.class,
            (r, q) -> r.gadgets.options(q)),
        new Endpoint(
            "GET /gadgets/brief",
            Caller.USER,
            false,
            GadgetResource.class,
            (r, q) -> r.gadgets.brief(q, null, null)),
        new Endpoint(
            "GET /catalogue",
            Caller.USER,
            false,
            CatalogueResource.class,
            (r, q) -> r.catalogue.catalogue(q)),
        new Endpoint(
            "POST /catalogue",
            Caller.ADMIN,
            true,
            CatalogueResource.class,
            (r, q) -> r.catalogue.add(q, entry())),
        new Endpoint(
            "PUT /catalogue/{id}",
            Caller.ADMIN,
            true,
            CatalogueResource.class,
            (r, q) -> {
              // SAL knows one user per request thread: the admin's entry first, then the caller.
              UserKey caller = r.users.getRemoteUserKey();
              r.catalogue.add(admin(r), entry());
              when(r.users.getRemoteUserKey()).thenReturn(caller);
              return r.catalogue.change(q, "risk", entry());
            }),
        new Endpoint(
            "GET /sponsor-group",
            Caller.ADMIN,
            false,
            SponsorGroupResource.class,
            (r, q) -> r.sponsorGroup.sponsorGroup(q)),
        new Endpoint(
            "PUT /sponsor-group",
            Caller.ADMIN,
            true,
            SponsorGroupResource.class,
            (r, q) -> r.sponsorGroup.choose(q, group())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void refusesAnonymousCallersWith401(Endpoint endpoint) throws Exception {
    MatrixResources resources = new MatrixResources();

    assertThat(
            endpoint.call().on(resources, request(resources, Caller.ANONYMOUS, true)).getStatus())
        .isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void letsInLoggedInUsersOnlyWhereUsersMayGo(Endpoint endpoint) throws Exception {
    MatrixResources resources = new MatrixResources();

    int status = endpoint.call().on(resources, request(resources, Caller.USER, true)).getStatus();

    if (endpoint.least() == Caller.USER) {
      assertThat(status).isBetween(200, 299);
    } else {
      assertThat(status).isEqualTo(403);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void letsExecutivesInWhereUsersMayGoAndNoFurther(Endpoint endpoint) throws Exception {
    MatrixResources resources = new MatrixResources();

    int status =
        endpoint.call().on(resources, request(resources, Caller.EXECUTIVE, true)).getStatus();

    if (endpoint.least() == Caller.ADMIN) {
      assertThat(status).isEqualTo(403);
    } else {
      assertThat(status).isBetween(200, 299);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void letsAdminsInEverywhere(Endpoint endpoint) throws Exception {
    MatrixResources resources = new MatrixResources();

    assertThat(endpoint.call().on(resources, request(resources, Caller.ADMIN, true)).getStatus())
        .isBetween(200, 299);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void refusesAWriteWithoutJsonOrTheNoCheckHeaderEvenFromAnAdmin(Endpoint endpoint)
      throws Exception {
    MatrixResources resources = new MatrixResources();

    int status = endpoint.call().on(resources, request(resources, Caller.ADMIN, false)).getStatus();

    if (endpoint.write()) {
      assertThat(status).isEqualTo(403);
    } else {
      assertThat(status).isBetween(200, 299);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void carriesTheRestV2AnnotationThatMatchesWhoMayCall(Endpoint endpoint) {
    Class<?> resource = endpoint.resource();
    if (endpoint.least() == Caller.ADMIN && resource.isAnnotationPresent(AdminOnly.class)) {
      return;
    }
    assertThat(resource.isAnnotationPresent(LicensedOnly.class))
        .as(resource.getSimpleName() + " carries a REST v2 access annotation")
        .isTrue();
  }

  @org.junit.jupiter.api.Test
  void everyResourceClassIsInTheMatrix() throws Exception {
    List<Class<?>> covered = endpoints().map(Endpoint::resource).distinct().toList();
    List<String> resources;
    try (var classes =
        java.nio.file.Files.list(java.nio.file.Path.of("target/classes/io/pmobuyin/jira/rest"))) {
      resources =
          classes
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> "io.pmobuyin.jira.rest." + n.substring(0, n.length() - ".class".length()))
              .toList();
    }
    for (String name : resources) {
      Class<?> type = Class.forName(name);
      if (type.isAnnotationPresent(Path.class)) {
        assertThat(covered).as(name + " is in the matrix").contains(type);
      }
    }
  }

  private static HttpServletRequest request(
      MatrixResources resources, Caller caller, boolean ownPage) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    if (caller != Caller.ANONYMOUS) {
      UserKey key = new UserKey(caller.name().toLowerCase(Locale.ROOT));
      when(resources.users.getRemoteUserKey()).thenReturn(key);
      when(resources.users.isAdmin(key)).thenReturn(caller == Caller.ADMIN);
      when(resources.users.isUserInGroup(key, MatrixResources.EXECUTIVES))
          .thenReturn(caller == Caller.EXECUTIVE);
    }
    if (ownPage) {
      when(request.getContentType()).thenReturn("application/json");
      when(request.getHeader("X-Atlassian-Token")).thenReturn("no-check");
    }
    return request;
  }

  private static HttpServletRequest admin(MatrixResources resources) {
    return request(resources, Caller.ADMIN, true);
  }

  private static CatalogueEntryDto entry() {
    return new CatalogueEntryDto("risk", "Risk review", null, "IN_SCOPE", null, false);
  }

  private static SettingsDto settingsChange() {
    return new SettingsDto(Map.of("snapshots.kept", "12"), null);
  }

  private static SponsorGroupDto group() {
    return new SponsorGroupDto("executives");
  }
}
