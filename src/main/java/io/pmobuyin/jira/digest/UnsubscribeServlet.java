package io.pmobuyin.jira.digest;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.run.digest.DigestSender;
import io.pmobuyin.run.digest.OptOuts;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /plugins/servlet/pmo-buyin/unsubscribe?s=…&u=…&t=…}: where a recipient stops (or resumes)
 * a regular report without an admin. The link's token is an HMAC of user and subscription under
 * this Jira's secret, so a link cannot be changed to stop someone else's mail; the page also wants
 * the recipient logged in as themselves, so a forwarded message cannot stop its first reader's. A
 * visit only shows buttons: mail scanners that open links change nothing; the change is a POST
 * carrying the same token, which is what makes the form safe from other sites.
 */
public class UnsubscribeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "templates/digest/unsubscribe.vm";

  private final transient RequestAccess access;
  private final transient LoginUriProvider login;
  private final transient TemplateRenderer renderer;
  private final transient I18nResolver i18n;
  private final transient JiraDigestLinks links;
  private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeServlet.class);

  private final transient OptOuts optOuts;

  public UnsubscribeServlet(
      RequestAccess access,
      LoginUriProvider login,
      TemplateRenderer renderer,
      I18nResolver i18n,
      JiraDigestLinks links,
      OptOuts optOuts) {
    this.access = access;
    this.login = login;
    this.renderer = renderer;
    this.i18n = i18n;
    this.links = links;
    this.optOuts = optOuts;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Link> link = check(request, response);
    if (link.isPresent()) {
      Link l = link.get();
      boolean out = optOuts.optedOut(l.user(), l.subscription());
      render(response, HttpServletResponse.SC_OK, out ? "stopped" : "offer", l);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Link> link = check(request, response);
    if (link.isEmpty()) {
      return;
    }
    Link l = link.get();
    String state;
    try {
      state = change(request.getParameter("do"), l);
    } catch (RuntimeException busy) {
      // The store could not change in time (another node held it) or at all: nothing changed, and
      // the page offers the same choices again.
      LOG.warn("Could not record an unsubscribe request: {}", busy.toString());
      render(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy", l);
      return;
    }
    if (state == null) {
      render(response, HttpServletResponse.SC_BAD_REQUEST, "invalid", null);
    } else {
      render(response, HttpServletResponse.SC_OK, state, l);
    }
  }

  /** Makes the change asked for; the page's state after it, or null for no such change. */
  private String change(String action, Link l) {
    if ("stop".equals(action) && !l.test()) {
      optOuts.optOut(l.user(), l.subscription());
      return "stopped";
    }
    if ("stop-all".equals(action)) {
      optOuts.optOut(l.user(), OptOuts.EVERY);
      return "stopped-all";
    }
    if ("resume".equals(action)) {
      optOuts.optIn(l.user(), OptOuts.EVERY);
      return "resumed";
    }
    return null;
  }

  /** The link of this request, or empty once the response says why it cannot be used. */
  private Optional<Link> check(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> caller = access.userKey(request);
    if (caller.isEmpty()) {
      response.sendRedirect(login.getLoginUri(currentUri(request)).toASCIIString());
      return Optional.empty();
    }
    String subscription = request.getParameter("s");
    String user = request.getParameter("u");
    if (!links.tokens().valid(request.getParameter("t"), user, subscription)) {
      render(response, HttpServletResponse.SC_BAD_REQUEST, "invalid", null);
      return Optional.empty();
    }
    if (!caller.get().equals(user)) {
      render(response, HttpServletResponse.SC_FORBIDDEN, "other-user", null);
      return Optional.empty();
    }
    return Optional.of(new Link(subscription, user, request.getParameter("t")));
  }

  private void render(HttpServletResponse response, int status, String state, Link link)
      throws IOException {
    Map<String, Object> context = new HashMap<>();
    context.put("i18n", i18n);
    context.put("heading", i18n.getText("pmobuyin.digest.unsubscribe.heading"));
    context.put("message", i18n.getText(messageKey(state)));
    boolean form = link != null;
    context.put("action", form ? "unsubscribe" : "");
    context.put("s", form ? link.subscription() : "");
    context.put("u", form ? link.user() : "");
    context.put("t", form ? link.token() : "");
    boolean offer = "offer".equals(state) || "busy".equals(state);
    context.put(
        "stop",
        offer && !link.test() ? i18n.getText("pmobuyin.digest.unsubscribe.button.stop") : "");
    context.put(
        "stopAll", offer ? i18n.getText("pmobuyin.digest.unsubscribe.button.stop-all") : "");
    context.put(
        "resume",
        form && state.startsWith("stopped")
            ? i18n.getText("pmobuyin.digest.unsubscribe.button.resume")
            : "");
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    renderer.render(TEMPLATE, context, response.getWriter());
  }

  private static String messageKey(String state) {
    return switch (state) {
      case "offer" -> "pmobuyin.digest.unsubscribe.offer";
      case "busy" -> "pmobuyin.digest.unsubscribe.busy";
      case "stopped" -> "pmobuyin.digest.unsubscribe.stopped";
      case "stopped-all" -> "pmobuyin.digest.unsubscribe.stopped-all";
      case "resumed" -> "pmobuyin.digest.unsubscribe.resumed";
      case "other-user" -> "pmobuyin.digest.unsubscribe.other-user";
      default -> "pmobuyin.digest.unsubscribe.invalid";
    };
  }

  private static URI currentUri(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    if (request.getQueryString() != null) {
      url.append('?').append(request.getQueryString());
    }
    return URI.create(url.toString());
  }

  private record Link(String subscription, String user, String token) {
    boolean test() {
      return DigestSender.TEST.equals(subscription);
    }
  }
}
