package io.pmobuyin.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.run.digest.OptOuts;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.MapPluginSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The unsubscribe page: only the link's own recipient, logged in, with a token Jira signed. */
class UnsubscribeServletTest {

  private final UserManager users = mock(UserManager.class);
  private final LoginUriProvider login = mock(LoginUriProvider.class);
  private final TemplateRenderer renderer = mock(TemplateRenderer.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final SettingsDigestStore store =
      new SettingsDigestStore(
          MapPluginSettings.over(new HashMap<>()), new io.pmobuyin.testing.LocalClusterLocks());
  private final JiraDigestLinks links =
      new JiraDigestLinks(mock(ApplicationProperties.class), store);
  private final UnsubscribeServlet servlet =
      new UnsubscribeServlet(
          new RequestAccess(users), login, renderer, BundleI18nResolver.create(), links, store);

  @BeforeEach
  void request() throws Exception {
    when(request.getRequestURL())
        .thenReturn(new StringBuffer("https://jira.example/plugins/servlet/pmo-buyin/unsubscribe"));
    when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
  }

  private void link(String subscription, String user, String token) {
    when(request.getParameter("s")).thenReturn(subscription);
    when(request.getParameter("u")).thenReturn(user);
    when(request.getParameter("t")).thenReturn(token);
  }

  /** Ann, logged in, with the valid link of her message for this subscription. */
  private void annOpensHerLink(String subscription) {
    loggedInAs("ann");
    link(subscription, "ann", links.tokens().token("ann", subscription));
  }

  private void loggedInAs(String userKey) {
    when(users.getRemoteUserKey()).thenReturn(new UserKey(userKey));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> page() throws Exception {
    ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
    verify(renderer).render(eq(UnsubscribeServlet.TEMPLATE), context.capture(), any(Writer.class));
    return context.getValue();
  }

  @Test
  void aVisitShowsTheChoiceAndChangesNothing() throws Exception {
    annOpensHerLink("s-1");

    servlet.doGet(request, response);

    assertThat(store.of("ann")).isEmpty();
    Map<String, Object> page = page();
    assertThat(page.get("stop")).isEqualTo("Stop this report");
    assertThat(page.get("stopAll")).isEqualTo("Stop all PMO Buy-In reports");
    assertThat(page.get("resume")).isEqualTo("");
    assertThat(page.get("t")).isEqualTo(links.tokens().token("ann", "s-1"));
  }

  @Test
  void stoppingRecordsTheOptOutAndSaysHowToReceiveItAgain() throws Exception {
    annOpensHerLink("s-1");
    when(request.getParameter("do")).thenReturn("stop");

    servlet.doPost(request, response);

    assertThat(store.optedOut("ann", "s-1")).isTrue();
    assertThat(store.optedOut("ann", "s-2")).isFalse();
    assertThat((String) page().get("message")).contains("To receive it again");
    assertThat(page().get("resume")).isEqualTo("Receive it again");
  }

  @Test
  void stoppingAllAndResumingGoBothWays() throws Exception {
    annOpensHerLink("s-1");
    when(request.getParameter("do")).thenReturn("stop-all", "resume");

    servlet.doPost(request, response);
    assertThat(store.optedOut("ann", "s-7")).isTrue();
    servlet.doPost(request, response);
    assertThat(store.of("ann")).isEmpty();
  }

  @Test
  void aLinkChangedToAnotherUserIsRefused() throws Exception {
    loggedInAs("bo");
    link("s-1", "bo", links.tokens().token("ann", "s-1"));
    when(request.getParameter("do")).thenReturn("stop");

    servlet.doPost(request, response);

    verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
    assertThat(store.of("bo")).isEmpty();
    assertThat(page().get("action")).isEqualTo("");
  }

  @Test
  void someoneElsesValidLinkIsRefusedToTheLoggedInUser() throws Exception {
    loggedInAs("bo");
    link("s-1", "ann", links.tokens().token("ann", "s-1"));
    when(request.getParameter("do")).thenReturn("stop");

    servlet.doPost(request, response);

    verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    assertThat(store.of("ann")).isEmpty();
    assertThat((String) page().get("message")).contains("another account");
  }

  @Test
  void visitorsLogInFirstAndComeBack() throws Exception {
    when(request.getQueryString()).thenReturn("s=s-1&u=ann&t=x");
    when(login.getLoginUri(
            URI.create(
                "https://jira.example/plugins/servlet/pmo-buyin/unsubscribe?s=s-1&u=ann&t=x")))
        .thenReturn(URI.create("https://jira.example/login.jsp"));

    servlet.doGet(request, response);

    verify(response).sendRedirect("https://jira.example/login.jsp");
    verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
  }

  @Test
  void aTestMessagesLinkOffersOnlyToStopEverything() throws Exception {
    annOpensHerLink("test");

    servlet.doGet(request, response);
    assertThat(page().get("stop")).isEqualTo("");

    when(request.getParameter("do")).thenReturn("stop");
    servlet.doPost(request, response);
    assertThat(store.of("ann")).isEmpty();
  }

  @Test
  void anUnknownActionChangesNothing() throws Exception {
    annOpensHerLink("s-1");
    when(request.getParameter("do")).thenReturn("delete-everyone");

    servlet.doPost(request, response);

    verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
    assertThat(store.of("ann")).isEmpty();
  }

  @Test
  void aChangeTheStoreCannotMakeNowSaysSoAndOffersTheChoiceAgain() throws Exception {
    OptOuts busy = mock(OptOuts.class);
    doThrow(new IllegalStateException("another node holds the lock"))
        .when(busy)
        .optOut(anyString(), anyString());
    UnsubscribeServlet servlet =
        new UnsubscribeServlet(
            new RequestAccess(users), login, renderer, BundleI18nResolver.create(), links, busy);
    annOpensHerLink("s-1");
    when(request.getParameter("do")).thenReturn("stop");

    servlet.doPost(request, response);

    verify(response).setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    Map<String, Object> page = page();
    assertThat((String) page.get("message")).contains("nothing has changed", "try again");
    assertThat(page.get("stop")).isEqualTo("Stop this report");
  }
}
