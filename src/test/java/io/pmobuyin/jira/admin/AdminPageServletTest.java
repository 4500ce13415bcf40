package io.pmobuyin.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.jira.security.RequestAccess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** Who gets the admin page: the login for visitors, a refusal for users, WebSudo for admins. */
class AdminPageServletTest {

  private final UserManager users = mock(UserManager.class);
  private final LoginUriProvider login = mock(LoginUriProvider.class);
  private final TemplateRenderer renderer = mock(TemplateRenderer.class);
  private final I18nResolver i18n = mock(I18nResolver.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final WebSudoManager webSudo = mock(WebSudoManager.class);
  private final AdminPageServlet servlet =
      new AdminPageServlet(
          new RequestAccess(users), login, renderer, i18n, new BuildInfo("2.0.0"), webSudo);

  @BeforeEach
  void request() throws Exception {
    when(request.getRequestURL())
        .thenReturn(new StringBuffer("https://jira.example.com/plugins/servlet/pmo-buyin/admin"));
    when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
  }

  @Test
  void sendsAnonymousVisitorsToLoginAndBackHere() throws Exception {
    when(request.getQueryString()).thenReturn("tab=costs");
    when(login.getLoginUri(
            URI.create("https://jira.example.com/plugins/servlet/pmo-buyin/admin?tab=costs")))
        .thenReturn(URI.create("https://jira.example.com/login.jsp?os_destination=x"));

    servlet.doGet(request, response);

    verify(response).sendRedirect("https://jira.example.com/login.jsp?os_destination=x");
    verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
  }

  @Test
  void tellsThePlatformTheSameRuleItChecksItself() {
    // Platform 7 reads this annotation before the servlet runs; the code's own checks stay.
    assertThat(AdminPageServlet.class.getAnnotation(AdminOnly.class)).isNotNull();
  }

  @Test
  void refusesUsersWhoAreNotAdmins() throws Exception {
    when(users.getRemoteUserKey()).thenReturn(new UserKey("u1"));
    when(i18n.getText("pmobuyin.admin.error.not-admin")).thenReturn("Admins only.");

    servlet.doGet(request, response);

    verify(response).sendError(403, "Admins only.");
    verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    verify(webSudo, never()).enforceWebSudoProtection(request, response);
  }

  @Test
  void sendsAnAdminWithoutASecureSessionToConfirmThePasswordAndRendersNothing() throws Exception {
    asAdmin();
    doThrow(new WebSudoSessionException("not in a WebSudo session"))
        .when(webSudo)
        .willExecuteWebSudoRequest(request);

    servlet.doGet(request, response);

    verify(webSudo).enforceWebSudoProtection(request, response);
    verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    verify(response, never()).getWriter();
  }

  @Test
  void rendersForAnAdminInASecureSessionAfterMarkingTheRequestAsWebSudo() throws Exception {
    asAdmin();
    when(request.getContextPath()).thenReturn("");

    servlet.doGet(request, response);

    InOrder order = inOrder(webSudo, renderer);
    order.verify(webSudo).willExecuteWebSudoRequest(request);
    order.verify(renderer).render(eq(AdminPageServlet.TEMPLATE), anyMap(), any(Writer.class));
    verify(webSudo, never()).enforceWebSudoProtection(request, response);
  }

  @Test
  void rendersThePageTemplateForAdminsWithTheVersion() throws Exception {
    asAdmin();
    when(request.getContextPath()).thenReturn("");

    Map<String, Object> context = renderedContext();

    verify(response).setContentType("text/html;charset=UTF-8");
    assertThat(context).containsEntry("i18n", i18n);
    assertThat(((AdminPageView) context.get("page")).getVersion()).isEqualTo("2.0.0");
  }

  @Test
  void pointsThePageScriptAtTheRestApiUnderJirasContextPath() throws Exception {
    asAdmin();
    when(request.getContextPath()).thenReturn("/jira");

    AdminPageView page = (AdminPageView) renderedContext().get("page");

    assertThat(page.getRestBase()).isEqualTo("/jira/rest/pmo-buyin/1.0");
  }

  @Test
  void pointsThePageScriptAtTheRestApiOfAJiraAtTheRootContextPath() throws Exception {
    asAdmin();
    when(request.getContextPath()).thenReturn("");

    AdminPageView page = (AdminPageView) renderedContext().get("page");

    assertThat(page.getRestBase()).isEqualTo("/rest/pmo-buyin/1.0");
  }

  private void asAdmin() {
    UserKey admin = new UserKey("a1");
    when(users.getRemoteUserKey()).thenReturn(admin);
    when(users.isAdmin(admin)).thenReturn(true);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> renderedContext() throws Exception {
    servlet.doGet(request, response);
    ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
    verify(renderer).render(eq(AdminPageServlet.TEMPLATE), context.capture(), any(Writer.class));
    return context.getValue();
  }
}
