package io.pmobuyin.jira.rest;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.pmobuyin.jira.gadget.GadgetDataSource;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.DigestSender;
import io.pmobuyin.run.digest.SendResult;
import io.pmobuyin.run.digest.Subscription;
import io.pmobuyin.run.digest.SubscriptionForm;
import io.pmobuyin.run.digest.SubscriptionStore;
import io.pmobuyin.settings.SettingsStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/digest}: the regular report's subscriptions, for admins only; writes
 * take JSON only. {@code POST /digest/test} sends the current admin the report over what they may
 * browse, to their own address, through Jira's mail queue; {@code GET /digest/preview} shows it.
 */
@Path("/digest")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class DigestResource {

  static final String REFUSED = "pmobuyin.digest.refused";
  static final String UNKNOWN_GROUP = "pmobuyin.digest.error.group-unknown";
  static final String NOT_FOUND = "pmobuyin.digest.error.not-found";
  static final int MAX_SUBSCRIPTIONS = 50;
  static final String TOO_MANY = "pmobuyin.digest.error.too-many";

  static final String PLAIN = "text/plain;charset=UTF-8";
  static final String HTML = "text/html;charset=UTF-8";

  /** Inline styles only, as in a mail; no script, image, font, frame or form. */
  static final String PREVIEW_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; form-action 'none'";

  private final RequestAccess access;
  private final RestErrors errors;
  private final SubscriptionStore store;
  private final DigestSender sender;
  private final GadgetDataSource data;
  private final SettingsStore settings;
  private final GroupManager groups;
  private final Clock clock;
  private final SecureRandom ids = new SecureRandom();

  @Inject
  public DigestResource(
      RequestAccess access,
      RestErrors errors,
      SubscriptionStore store,
      DigestSender sender,
      GadgetDataSource data,
      SettingsStore settings,
      GroupManager groups,
      Clock clock) {
    this.access = access;
    this.errors = errors;
    this.store = store;
    this.sender = sender;
    this.data = data;
    this.settings = settings;
    this.groups = groups;
    this.clock = clock;
  }

  @GET
  public Response overview(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    return refusal != null ? refusal : Response.ok(overview()).build();
  }

  @POST
  @Path("/subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public synchronized Response add(@Context HttpServletRequest request, DigestFormDto body) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    String id = "s-" + HexFormat.of().formatHex(random());
    SubscriptionForm.Checked checked = check(body, id, clock.instant());
    Response wrong = refused(checked);
    if (wrong != null) {
      return wrong;
    }
    Response[] tooMany = new Response[1];
    store.updateSubscriptions(
        stored -> {
          if (stored.size() >= MAX_SUBSCRIPTIONS) {
            tooMany[0] =
                errors.refused(
                    REFUSED, Map.of("audience", errors.text(TOO_MANY, MAX_SUBSCRIPTIONS)));
            return null;
          }
          List<Subscription> all = new ArrayList<>(stored);
          all.add(checked.subscription());
          return all;
        });
    return tooMany[0] != null ? tooMany[0] : Response.ok(overview()).build();
  }

  @PUT
  @Path("/subscriptions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public synchronized Response change(
      @Context HttpServletRequest request, @PathParam("id") String id, DigestFormDto body) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    Response[] answer = new Response[1];
    store.updateSubscriptions(
        stored -> {
          Optional<Subscription> before =
              stored.stream().filter(s -> s.id().equals(id)).findFirst();
          if (before.isEmpty()) {
            answer[0] = errors.notFound(NOT_FOUND);
            return null;
          }
          SubscriptionForm.Checked checked = check(body, id, before.get().created());
          answer[0] = refused(checked);
          if (answer[0] != null) {
            return null;
          }
          List<Subscription> all = new ArrayList<>(stored);
          all.replaceAll(s -> s.id().equals(id) ? checked.subscription() : s);
          return all;
        });
    return answer[0] != null ? answer[0] : Response.ok(overview()).build();
  }

  @DELETE
  @Path("/subscriptions/{id}")
  public synchronized Response remove(
      @Context HttpServletRequest request, @PathParam("id") String id) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    boolean[] found = new boolean[1];
    store.updateSubscriptions(
        stored -> {
          List<Subscription> all = new ArrayList<>(stored);
          found[0] = all.removeIf(s -> s.id().equals(id));
          return found[0] ? all : null;
        });
    return found[0] ? Response.ok(overview()).build() : errors.notFound(NOT_FOUND);
  }

  @POST
  @Path("/test")
  public Response test(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    Optional<GadgetData> current = data.current();
    if (current.isEmpty()) {
      return Response.ok(new DigestTestDto(false, errors.text(SendResult.NO_REPORT, 0, 0))).build();
    }
    SendResult result = sender.sendTest(access.userKey(request).orElseThrow(), current.get());
    String key = result.done() ? "pmobuyin.digest.test.queued" : result.outcomeKey();
    return Response.ok(new DigestTestDto(result.done(), errors.text(key, 0, 0))).build();
  }

  /**
   * The message "Send a test to me" would queue, as a page: HTML, or with {@code part=text} the
   * plain-text part, so an admin can read it before any subscription sends, mail on or off. Sent
   * with a policy that loads nothing and runs nothing, like a mail reader.
   */
  @GET
  @Path("/preview")
  @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public Response preview(@Context HttpServletRequest request, @QueryParam("part") String part) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      // A refusal is JSON, like every other of this API, whatever a browser's tab accepts.
      return Response.fromResponse(refusal).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    Optional<GadgetData> current = data.current();
    Optional<DigestMessage> message =
        current.flatMap(d -> sender.preview(access.userKey(request).orElseThrow(), d));
    if (message.isEmpty()) {
      String why = current.isEmpty() ? SendResult.NO_REPORT : SendResult.NOTHING_VISIBLE;
      return Response.status(Response.Status.NOT_FOUND)
          .type(PLAIN)
          .entity(errors.text(why, 0, 0))
          .build();
    }
    boolean text = "text".equals(part);
    return Response.ok(text ? message.get().text() : message.get().html())
        .type(text ? PLAIN : HTML)
        .header("Content-Security-Policy", PREVIEW_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private DigestOverviewDto overview() {
    Instant lastRun =
        data.current().map(d -> d.report().dates()).map(ReportDates::minedAt).orElse(null);
    return new DigestOverview(errors)
        .of(
            store,
            sender.mailState(),
            settings.settings().mining().zone(),
            lastRun,
            clock.instant());
  }

  private SubscriptionForm.Checked check(DigestFormDto body, String id, Instant created) {
    DigestFormDto form =
        body == null ? new DigestFormDto(null, null, null, null, null, null) : body;
    return new SubscriptionForm(
            form.audience(), form.group(), form.cadence(), form.weekday(), form.day(), form.hour())
        .check(id, created);
  }

  /** The form's problems, or, the form being right, a group Jira does not know; null if none. */
  private Response refused(SubscriptionForm.Checked checked) {
    if (checked.accepted()) {
      Audience audience = checked.subscription().audience();
      return audience.kind() == Audience.Kind.GROUP && groups.getGroup(audience.group()) == null
          ? errors.refused(REFUSED, Map.of("group", errors.text(UNKNOWN_GROUP, audience.group())))
          : null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    checked.problems().forEach((field, key) -> fields.put(field, errors.text(key)));
    return errors.refused(REFUSED, fields);
  }

  private byte[] random() {
    byte[] bytes = new byte[6];
    ids.nextBytes(bytes);
    return bytes;
  }
}
